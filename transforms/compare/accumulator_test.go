package compare

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tanaqud/tanaqud/transforms/claims"
)

// mixedClaims is a key with three numeric values, repeated speakers and syndicated copies.
func mixedClaims(n int) []claims.Claim {
	values := []string{"60000", "[60000,inf]", "30000", "97"}
	var out []claims.Claim
	for i := range n {
		v := values[i%len(values)]
		c := claimOf(fmt.Sprint("c", i), v, kind(KindNumeric),
			// Each value has its own speakers: one voice giving every value would be one
			// account read several ways, not a disagreement (see oneVoice).
			speaker(fmt.Sprint("s", i%5, "-", i%len(values)), fmt.Sprint("Speaker ", i%5)),
			article(fmt.Sprint("art", i%7), fmt.Sprint("acc", i%3)))
		if i%4 == 0 {
			c.Modality, c.Hedged = "expected", true
		}
		out = append(out, c)
	}
	return out
}

func TestMergeIsOrderIndependent(t *testing.T) {
	cs := mixedClaims(200)
	want := accumulate(cs).Disagreements(nil)
	if len(want) != 1 {
		t.Fatalf("fixture should disagree, got %d disagreements", len(want))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 20 {
		shuffled := append([]claims.Claim(nil), cs...)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		// Split into uneven parts, accumulate each, then merge in a random tree.
		var parts []Accumulator
		for start := 0; start < len(shuffled); {
			end := min(len(shuffled), start+1+rng.IntN(40))
			parts = append(parts, accumulate(shuffled[start:end]))
			start = end
		}
		parts = append(parts, Accumulator{}) // the empty accumulator is the identity
		for len(parts) > 1 {
			i := rng.IntN(len(parts) - 1)
			left, right := parts[i], parts[i+1]
			if rng.IntN(2) == 0 {
				left, right = right, left
			}
			parts = append(parts[:i], append([]Accumulator{Merge(left, right)}, parts[i+2:]...)...)
		}
		if diff := cmp.Diff(want, parts[0].Disagreements(nil)); diff != "" {
			t.Fatalf("trial %d: merged result differs (-single +merged):\n%s", trial, diff)
		}
	}
}

func TestMergeDoesNotAliasInputs(t *testing.T) {
	base := accumulate(mixedClaims(40))
	extra1 := accumulate([]claims.Claim{claimOf("x1", "60000", kind(KindNumeric))})
	extra2 := accumulate([]claims.Claim{claimOf("x2", "60000", kind(KindNumeric))})
	m1 := Merge(base, extra1)
	m2 := Merge(base, extra2)
	m1.Add(claimOf("y1", "60000", kind(KindNumeric)))
	m2.Add(claimOf("y2", "60000", kind(KindNumeric)))
	ids := func(a Accumulator) []string {
		for _, tally := range a.Values {
			if tally.Value == "60000" {
				return tally.ClaimIDs.Values()
			}
		}
		return nil
	}
	for _, id := range ids(m1) {
		if id == "x2" || id == "y2" {
			t.Errorf("m1 holds %s from another merge", id)
		}
	}
	if got := len(ids(base)); got != 10 {
		t.Errorf("base changed: %d claim ids of 60000, want 10", got)
	}
}

func TestSyndicationCountsAccounts(t *testing.T) {
	var cs []claims.Claim
	// One wire story printed by five outlets: five articles, one account.
	for i := range 5 {
		cs = append(cs, claimOf(fmt.Sprint("wire", i), "excluded",
			article(fmt.Sprint("outlet", i), "wire-account"), speaker("syrian_army", "Syrian army statement")))
	}
	// Two independent reports of the other value.
	cs = append(cs,
		claimOf("r1", "not_excluded", article("paper1", "acc-1"), speaker("osama_abu_zeid", "Osama Abu Zeid")),
		claimOf("r2", "not_excluded", article("paper2", "acc-2"), speaker("osama_abu_zeid", "Osama Abu Zeid")),
	)
	d := accumulate(cs).Disagreements(nil)
	if len(d) != 1 {
		t.Fatalf("want a disagreement, got %d", len(d))
	}
	type counts struct{ Articles, Accounts, Claims, Speakers int }
	got := map[string]counts{}
	for _, s := range d[0].Sides {
		got[s.Value] = counts{len(s.ArticleIDs), len(s.Accounts), len(s.ClaimIDs), len(s.Speakers)}
	}
	want := map[string]counts{
		"excluded":     {Articles: 5, Accounts: 1, Claims: 5, Speakers: 1},
		"not_excluded": {Articles: 2, Accounts: 2, Claims: 2, Speakers: 1},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("counts (-want +got):\n%s", diff)
	}
	if d[0].Sides[0].Weight >= d[0].Sides[1].Weight {
		t.Errorf("one syndicated account (%v) should weigh less than two independent ones (%v)",
			d[0].Sides[0].Weight, d[0].Sides[1].Weight)
	}
}

func TestMissingAccountFallsBackToArticle(t *testing.T) {
	a := accumulate([]claims.Claim{
		claimOf("1", "excluded", article("art1", "")),
		claimOf("2", "excluded", article("art2", "")),
		claimOf("3", "excluded", article("art2", "")),
	})
	if diff := cmp.Diff([]string{"article:art1", "article:art2"}, a.Values[0].Accounts.Values()); diff != "" {
		t.Errorf("accounts (-want +got):\n%s", diff)
	}
}

func TestScore(t *testing.T) {
	tests := []struct {
		name   string
		claims []claims.Claim
		want   float64
	}{
		{"two asserted sides, one account each", []claims.Claim{
			claimOf("1", "excluded"), claimOf("2", "not_excluded"),
		}, 0.7125}, // two sides told once each: loneSideFactor
		{"one side only expected", []claims.Claim{
			claimOf("1", "excluded"), claimOf("2", "not_excluded", hedged("expected")),
		}, 0.3562},
		{"a hedged claim beside an asserted one does not weaken its side", []claims.Claim{
			claimOf("1", "excluded"), claimOf("2", "not_excluded"), claimOf("3", "not_excluded", hedged("proposed")),
		}, 0.75},
		{"both sides repeated by independent accounts", []claims.Claim{
			claimOf("1", "excluded"), claimOf("2", "excluded"),
			claimOf("3", "not_excluded"), claimOf("4", "not_excluded"),
		}, 0.875},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := accumulate(tt.claims).Disagreements(nil)
			if len(d) != 1 {
				t.Fatalf("want a disagreement, got %d", len(d))
			}
			if d[0].Score != tt.want {
				t.Errorf("score = %v, want %v", d[0].Score, tt.want)
			}
		})
	}
}

func TestCompareJoined(t *testing.T) {
	for _, item := range []string{"", "a", "ab", "ab:", "ab:c", "ab:cd", "ab:d", "abc", "b", "ab:b"} {
		want := strings.Compare(item, "ab:c")
		if got := compareJoined(item, "ab", ":", "c"); got != want {
			t.Errorf("compareJoined(%q) = %d, want %d", item, got, want)
		}
	}
}

func TestSetStaysSmallUnderRepetition(t *testing.T) {
	var s Set
	for i := range 100000 {
		s.Add(fmt.Sprint("speaker", i%3))
	}
	if len(s.Items) > minTail+3 {
		t.Errorf("set of 3 distinct strings holds %d items", len(s.Items))
	}
	if diff := cmp.Diff([]string{"speaker0", "speaker1", "speaker2"}, s.Values()); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
}

// oneValueClaims is n claims of one value of one key, each from its own article, all from one
// outlet: the hot key of a widely repeated claim.
func oneValueClaims(n int) []claims.Claim {
	cs := make([]claims.Claim, n)
	for i := range cs {
		id := fmt.Sprintf("claim-%07d", i)
		cs[i] = claims.Claim{
			ID: id, ArticleID: "article-" + id, Event: "ev", Topic: "ceasefire.exclusions",
			Subject: "jabhat_fatah_al_sham", Kind: KindPolarity, Value: "excluded", ValueLabel: "excluded",
			Speaker: "syrian_army", SpeakerLabel: "Syrian army", Modality: "asserted", Account: "wire",
		}
	}
	return cs
}

// TestAccumulateManyClaims checks what 100,000 repetitions of one claim leave in the
// accumulator. Its cost per claim is measured by BenchmarkAccumulate (ns/claim at 25k and 100k
// claims), not timed here.
func TestAccumulateManyClaims(t *testing.T) {
	large := oneValueClaims(100000)
	a := accumulate(large)
	if d := a.Disagreements(nil); len(d) != 0 {
		t.Errorf("one value should not disagree")
	}
	tally := a.Values[0]
	if got := len(tally.ClaimIDs.Items); got > 2*len(large) {
		t.Errorf("claim id set holds %d items for %d claims", got, len(large))
	}
	if got := tally.Speakers.Len(); got != 1 {
		t.Errorf("%d speakers, want 1", got)
	}
}

// BenchmarkAccumulate reports ns/claim for 25k and 100k repetitions of one claim: linear cost
// keeps the two close; a quadratic insert would make the second about 4x the first.
func BenchmarkAccumulate(b *testing.B) {
	benchmarkAccumulate(b, func([]claims.Claim) {})
}

// BenchmarkAccumulateHashedIDs is BenchmarkAccumulate with ids like the extractor's (hex
// digests, in no order) and one article (and account) per ten claims, as in a real corpus.
func BenchmarkAccumulateHashedIDs(b *testing.B) {
	benchmarkAccumulate(b, func(cs []claims.Claim) {
		for i := range cs {
			cs[i].ID = fmt.Sprintf("%016x", uint64(i)*0x9e3779b97f4a7c15)
			cs[i].ArticleID = fmt.Sprintf("%016x", uint64(i/10)*0xbf58476d1ce4e5b9)
			cs[i].Account = "acct-" + cs[i].ArticleID
		}
	})
}

// benchmarkAccumulate folds 25k and 100k claims of one value (shaped by reshape) into an
// accumulator and reads its disagreements.
func benchmarkAccumulate(b *testing.B, reshape func([]claims.Claim)) {
	for _, n := range []int{25000, 100000} {
		b.Run(fmt.Sprintf("claims=%d", n), func(b *testing.B) {
			cs := oneValueClaims(n)
			reshape(cs)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				a := accumulate(cs)
				_ = a.Disagreements(nil)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(cs)), "ns/claim")
		})
	}
}

func BenchmarkMerge(b *testing.B) {
	cs := mixedClaims(100000)
	left, right := accumulate(cs[:50000]), accumulate(cs[50000:])
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_ = Merge(left, right).Disagreements(nil)
	}
}
