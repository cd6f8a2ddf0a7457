package compare

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

func names(ids ...string) func(*claims.Claim) { // ids sorted
	return func(c *claims.Claim) { c.Context = ids }
}

// yemenCoverage is one key covered in two dated bursts months apart: a Taiz truce in January
// and a Marib truce in September, each naming its own people and places.
func yemenCoverage() []claims.Claim {
	taiz := names("al_mukha", "giants_brigades", "samira_haddad", "taiz")
	marib := names("abida_tribes", "karim_yafai", "marib", "safer", "sirwah", "wadi_obeida")
	return []claims.Claim{
		claimOf("t1", "excluded", article("taiz-1", "taiz-1"), published("2024-01-10"), taiz),
		claimOf("t2", "excluded", article("taiz-2", "taiz-2"), published("2024-01-11"), taiz),
		claimOf("m1", "not_excluded", article("marib-1", "marib-1"), published("2024-09-02"), marib),
		claimOf("m2", "not_excluded", article("marib-2", "marib-2"), published("2024-09-03"), marib),
	}
}

// TestUndatedArticleJoinsTheCoverageItNames: an undated article joins the dated burst whose
// coverage names enough of its people and places, and stays apart when the evidence is thin
// (one shared name, or shared names a small part of what it names) or ambiguous.
func TestUndatedArticleJoinsTheCoverageItNames(t *testing.T) {
	const (
		january   = "2024-01-10"
		september = "2024-09-02"
		apart     = "undated"
	)
	for _, tc := range []struct {
		name    string
		context []string
		want    string // start day of the burst the undated article ends in
	}{
		{"two of January's names", []string{"samira_haddad", "taiz"}, january},
		{"three of September's names and one more", []string{"karim_yafai", "marib", "safer", "sanaa_airport"}, september},
		{"one shared name is not enough", []string{"taiz"}, apart},
		{"as many names of both bursts", []string{"marib", "safer", "samira_haddad", "taiz"}, apart},
		{"more names of January than of September", []string{"al_mukha", "marib", "samira_haddad", "taiz"}, january},
		{"two shared names among many others", []string{"aden", "al_mukha", "hadramawt", "hodeidah", "ibb", "lahij", "shabwa", "taiz"}, apart},
		{"six shared names among many more", []string{"abida_tribes", "aden", "al_bayda", "al_jawf", "al_mahra", "dhamar", "hadramawt", "hajjah", "hodeidah", "ibb", "karim_yafai", "lahij", "marib", "raymah", "rub_al_khali", "saada", "safer", "shabwa", "sirwah", "wadi_obeida"}, september},
		{"no names at all", nil, apart},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b Bursts
			for _, c := range yemenCoverage() {
				b.Add(c, DefaultEventGap.Microseconds())
			}
			b.Add(claimOf("u1", "not_excluded", article("undated-1", "undated-1"), names(tc.context...)), DefaultEventGap.Microseconds())
			got := ""
			for _, x := range b.Events() {
				if slices.Contains(burstArticles(x), "undated-1") {
					got = apart
					if x.Start != 0 {
						got = dayOf(x.Start)
					}
				}
			}
			if got != tc.want {
				t.Errorf("undated article is in the burst of %q, want %q", got, tc.want)
			}
		})
	}
}

// TestUndatedArticleFindsItsDisagreement: the dispute an undated article has with the dated
// coverage of its event is flagged, and an undated article of another war of the same country
// stays with the undated articles.
func TestUndatedArticleFindsItsDisagreement(t *testing.T) {
	var b Bursts
	for _, c := range yemenCoverage() {
		if strings.HasPrefix(c.ID, "t") { // January says "excluded" only
			b.Add(c, DefaultEventGap.Microseconds())
		}
	}
	b.Add(claimOf("u1", "not_excluded", article("undated-1", "undated-1"), names("giants_brigades", "taiz")), DefaultEventGap.Microseconds())
	b.Add(claimOf("u2", "not_excluded", article("undated-2", "undated-2"), names("hodeidah", "lars_eriksen", "hays")), DefaultEventGap.Microseconds())
	var got [][]string
	for _, x := range b.Events() {
		got = append(got, disagreementArticles(x)...)
	}
	want := [][]string{{"taiz-1", "taiz-2", "undated-1"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("disagreements' articles (-want +got):\n%s", diff)
	}
}

// TestEventsIndependentOfOrderAndMerges: whatever order the claims come in and however the
// combiner splits and merges partial results, Events places every article alike.
func TestEventsIndependentOfOrderAndMerges(t *testing.T) {
	gap := DefaultEventGap.Microseconds()
	pools := [][]string{
		{"al_mukha", "giants_brigades", "samira_haddad", "taiz", "tariq_saleh"},
		{"abida_tribes", "karim_yafai", "marib", "safer", "sirwah"},
	}
	var cs []claims.Claim
	for i := range 300 {
		art := i / 3 // three claims an article
		pick := func(pool []string, n int) []string {
			var out []string
			for k := range n {
				out = append(out, pool[(art+2*k)%len(pool)])
			}
			return normalContext(out)
		}
		c := claimOf(fmt.Sprintf("c%03d", i), []string{"excluded", "not_excluded", "excluded", "not_excluded", "excluded"}[i%5],
			article(fmt.Sprint("art", art), fmt.Sprint("acc", art)))
		switch art % 4 {
		case 0: // dated, January
			c.Published, c.Context = "2024-01-10", pick(pools[0], 3)
		case 1: // dated, September
			c.Published, c.Context = "2024-09-02", pick(pools[1], 3)
		case 2: // undated, naming one burst's people and places
			c.Context = pick(pools[(art/4)%2], 2)
		default: // undated, naming both bursts alike, or too little
			if (art/4)%2 == 0 {
				c.Context = normalContext(append(pick(pools[0], 2), pick(pools[1], 2)...))
			} else {
				c.Context = pick(pools[1], 1)
			}
		}
		cs = append(cs, c)
	}
	want := eventsSummary(burstsOf(cs...))
	if len(want) < 3 {
		t.Fatalf("fixture should give two dated bursts and the undated one, got %v", want)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := range 20 {
		shuffled := slices.Clone(cs)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		var parts []Bursts
		for start := 0; start < len(shuffled); {
			end := min(len(shuffled), start+1+rng.IntN(30))
			var p Bursts
			for _, c := range shuffled[start:end] {
				p.Add(c, gap)
			}
			parts = append(parts, p)
			start = end
		}
		parts = append(parts, Bursts{})
		for len(parts) > 1 {
			i := rng.IntN(len(parts) - 1)
			left, right := parts[i], parts[i+1]
			if rng.IntN(2) == 0 {
				left, right = right, left
			}
			left.Merge(right)
			parts = append(parts[:i], append([]Bursts{left}, parts[i+2:]...)...)
		}
		if diff := cmp.Diff(want, eventsSummary(parts[0])); diff != "" {
			t.Fatalf("trial %d: events differ (-single +merged):\n%s", trial, diff)
		}
	}
}

// TestFolderKeepsTheNames: a Folder, which adds an article's names once, gives the bursts
// Bursts.Add gives.
func TestFolderKeepsTheNames(t *testing.T) {
	cs := yemenCoverage()
	shared := []string{"samira_haddad", "taiz"}
	for i := range 3 { // one undated article, three claims sharing its names
		cs = append(cs, claimOf(fmt.Sprint("u", i), "not_excluded", article("undated-1", "undated-1"), names(shared...)))
	}
	want := burstsOf(cs...)
	f := NewFolder(DefaultEventGap)
	for _, c := range cs {
		f.Add(c)
	}
	var got Bursts
	f.Drain(func(_ string, b Bursts) { got = b })
	if diff := cmp.Diff(EncodeBursts(want), EncodeBursts(got)); diff != "" {
		t.Errorf("folder differs from Bursts.Add (-add +folder):\n%s", diff)
	}
	if diff := cmp.Diff(eventsSummary(want), eventsSummary(got)); diff != "" {
		t.Errorf("events (-add +folder):\n%s", diff)
	}
}

// TestEventsLeavesBurstsAsTheyWere: Events reads the accumulator; merging more into it later
// gives what it would have given without the call.
func TestEventsLeavesBurstsAsTheyWere(t *testing.T) {
	var b Bursts
	for _, c := range yemenCoverage() {
		b.Add(c, DefaultEventGap.Microseconds())
	}
	b.Add(claimOf("u1", "not_excluded", article("undated-1", "undated-1"), names("samira_haddad", "taiz")), DefaultEventGap.Microseconds())
	before := EncodeBursts(b)
	first := eventsSummary(b)
	if after := EncodeBursts(b); !slices.Equal(before, after) {
		t.Fatal("Events changed the bursts")
	}
	if diff := cmp.Diff(first, eventsSummary(b)); diff != "" {
		t.Errorf("second call differs:\n%s", diff)
	}
}

// TestNamesAreBoundedAndAssociative: past maxNames a burst keeps the same sample of names
// whatever the grouping and order of its claims, and adding never writes into a claim's names.
func TestNamesAreBoundedAndAssociative(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	set := func(n int) []string {
		var out []string
		for range n {
			out = append(out, fmt.Sprintf("place_%03d", rng.IntN(400)))
		}
		return normalContext(out)
	}
	for trial := range 50 {
		a, b, c := set(90), set(90), set(90)
		ca, cb, cc := slices.Clone(a), slices.Clone(b), slices.Clone(c)
		left := Names{}.add(a).add(b).add(c)
		right := Names{}.add(c).union(Names{}.add(b).union(Names{}.add(a)))
		if diff := cmp.Diff(left, right, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("trial %d: ((a+b)+c) differs from c∪(b∪a):\n%s", trial, diff)
		}
		if len(left.IDs) > maxNames || !isNormalContext(left.IDs) || (len(left.IDs) < maxNames/4 && left.Level > 0) {
			t.Fatalf("trial %d: %d names at level %d, sorted %v", trial, len(left.IDs), left.Level, isNormalContext(left.IDs))
		}
		if !slices.Equal(a, ca) || !slices.Equal(b, cb) || !slices.Equal(c, cc) {
			t.Fatalf("trial %d: adding wrote into the claims' names", trial)
		}
	}
}

// BenchmarkBurstsAdd folds claims of dated and undated articles (ten claims an article, one in
// twenty undated) into bursts and places the undated ones; names=0 is the cost without
// Claim.Context, names=12 with a dozen people and places an article.
func BenchmarkBurstsAdd(b *testing.B) {
	const n = 100000
	pool := make([]string, 300)
	for i := range pool {
		pool[i] = fmt.Sprintf("name_%03d", i)
	}
	for _, perArticle := range []int{0, 12} {
		b.Run(fmt.Sprintf("names=%d", perArticle), func(b *testing.B) {
			cs := oneValueClaims(n)
			var ctx []string
			for i := range cs {
				if i%10 == 0 {
					ctx = nil
					for k := range perArticle {
						ctx = append(ctx, pool[(i/10*7+k*13)%len(pool)])
					}
					ctx = normalContext(ctx)
				}
				cs[i].ArticleID = fmt.Sprint("art", i/10)
				cs[i].Context = ctx
				if (i/10)%20 != 0 {
					cs[i].Published = []string{"2024-01-10", "2024-03-01", "2024-06-01"}[(i/10)%3]
				}
			}
			gap := DefaultEventGap.Microseconds()
			b.Run("bursts", func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					var x Bursts
					for _, c := range cs {
						x.Add(c, gap)
					}
					for _, e := range x.Events() {
						_ = e.Acc.Result().Disagreements(nil)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/claim")
			})
			b.Run("folder", func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					f := NewFolder(DefaultEventGap)
					for _, c := range cs {
						f.Add(c)
					}
					f.Drain(func(_ string, x Bursts) {
						for _, e := range x.Events() {
							_ = e.Acc.Result().Disagreements(nil)
						}
					})
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/claim")
			})
		})
	}
}

// burstArticles lists the articles of a burst's claims.
func burstArticles(x Burst) []string {
	var out []string
	for _, v := range x.Acc.Result().Values {
		out = append(out, v.ArticleIDs.Values()...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// eventsSummary describes Events: each burst's start day and articles, and its disagreements.
func eventsSummary(b Bursts) []string {
	var out []string
	for _, x := range b.Events() {
		day := "undated"
		if x.Start != 0 {
			day = dayOf(x.Start)
		}
		out = append(out, day+": "+strings.Join(burstArticles(x), ","))
		for _, d := range x.Acc.Result().Disagreements(nil) {
			out = append(out, fmt.Sprintf("  %s %s %.3f", d.ID, strings.Join(sideValues(d.Sides), "|"), d.Score))
		}
	}
	return out
}

// dayOf is the UTC day of a time in Unix microseconds.
func dayOf(micros int64) string {
	return time.UnixMicro(micros).UTC().Format("2006-01-02")
}

// TestUndatedCoverageOfTwoWarsStaysApart: undated articles linked to no dated burst are compared
// only with undated articles that name their people and places. Two undated items about Taiz
// disagree with each other; an undated item about the Red Sea, which names none of them, is in
// a group of its own, gets no disagreement with them, and the two groups' rows get distinct ids.
func TestUndatedCoverageOfTwoWarsStaysApart(t *testing.T) {
	var b Bursts
	gap := DefaultEventGap.Microseconds()
	b.Add(claimOf("u1", "excluded", article("taiz-a", "taiz-a"), names("giants_brigades", "samira_haddad", "taiz")), gap)
	b.Add(claimOf("u2", "not_excluded", article("taiz-b", "taiz-b"), names("samira_haddad", "taiz")), gap)
	b.Add(claimOf("u3", "not_excluded", article("sea-a", "sea-a"), names("bab_al_mandab", "red_sea")), gap)
	b.Add(claimOf("u4", "excluded", article("sea-b", "sea-b"), names("bab_al_mandab", "red_sea", "us_navy")), gap)
	var got [][]string
	var groups []int
	for _, x := range b.Events() {
		if x.Start != 0 {
			t.Fatalf("a dated burst from undated articles: %+v", x)
		}
		groups = append(groups, x.Group)
		got = append(got, disagreementArticles(x)...)
	}
	want := [][]string{{"sea-a", "sea-b"}, {"taiz-a", "taiz-b"}}
	slices.SortFunc(got, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("disagreements' articles (-want +got):\n%s", diff)
	}
	if len(groups) != 2 || groups[0] == 0 || groups[1] == 0 || groups[0] == groups[1] {
		t.Errorf("undated groups numbered %v, want two distinct non-zero numbers", groups)
	}
	if want := groupNumber(Names{IDs: []string{"bab_al_mandab", "red_sea", "us_navy"}}); !slices.Contains(groups, want) {
		t.Errorf("the Red Sea group is not numbered by its first name: %v, want %d among them", groups, want)
	}
}

// disagreementArticles lists, per disagreement of a burst, the sorted ids of the articles on
// its sides.
func disagreementArticles(x Burst) [][]string {
	var out [][]string
	for _, d := range x.Acc.Result().Disagreements(nil) {
		var arts []string
		for _, s := range d.Sides {
			arts = append(arts, s.ArticleIDs...)
		}
		slices.Sort(arts)
		out = append(out, arts)
	}
	return out
}

// TestUndatedArticleJoinsABigBurst: a burst naming hundreds of people and places keeps a sample
// of its names; an undated article naming two of them joins it as it would join a small burst,
// though only one of the two falls in the sample.
func TestUndatedArticleJoinsABigBurst(t *testing.T) {
	var many []string
	for i := range 600 {
		many = append(many, fmt.Sprintf("person_%03d", i))
	}
	slices.Sort(many)
	var b Bursts
	gap := DefaultEventGap.Microseconds()
	b.Add(claimOf("d1", "excluded", article("big-1", "big-1"), published("2024-03-01"), names(many...)), gap)
	level := b.List[0].Context.Level
	if level == 0 {
		t.Fatalf("a burst of %d names keeps them all; the test needs a sample", len(many))
	}
	var in, out string // one name kept by the sample, one left out
	for _, id := range many {
		if sampled(id, level) && in == "" {
			in = id
		}
		if !sampled(id, level) && out == "" {
			out = id
		}
	}
	pair := []string{in, out}
	slices.Sort(pair)
	b.Add(claimOf("u1", "not_excluded", article("undated-1", "undated-1"), names(pair...)), gap)
	joined := false
	for _, x := range b.Events() {
		if x.Start != 0 && slices.Contains(burstArticles(x), "undated-1") {
			joined = true
		}
	}
	if !joined {
		t.Errorf("an undated article naming %v of a sampled burst (level %d) stays apart", pair, level)
	}
}
