package compare

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// TestMergeStackMatchesFolding checks that the stack gives what folding with compare.Merge
// gives, whatever the order and grouping of partial results.
func TestMergeStackMatchesFolding(t *testing.T) {
	claimAt := func(i int) claims.Claim {
		values := []string{"excluded", "not_excluded", "excluded", "excluded"}
		return claims.Claim{
			ID: fmt.Sprintf("c%04d", i), ArticleID: fmt.Sprintf("a%03d", i/3), Event: "syria",
			Topic: "ceasefire.exclusions", Subject: "jabhat_fatah_al_sham", Kind: "polarity",
			Value: values[i%len(values)], Speaker: fmt.Sprintf("s%d", i%7), Account: fmt.Sprintf("acc%d", i%11),
			Hedged: i%5 == 0,
		}
	}
	for _, tc := range []struct {
		name   string
		n      int
		single bool // one partial accumulator per claim, as session windows produce
	}{
		{"empty", 0, true},
		{"one", 1, true},
		{"per-claim parts", 1000, true},
		{"added then merged", 1000, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var want Accumulator
			for i := range tc.n {
				want.Add(claimAt(i))
			}
			var got, partial MergeStack
			for i := range tc.n {
				if tc.single {
					var one MergeStack
					one.Add(claimAt(i))
					got.Merge(one)
					continue
				}
				partial.Add(claimAt(i))
				if i%97 == 96 {
					got.Merge(partial)
					partial = MergeStack{}
				}
			}
			got.Merge(partial)
			if len(got.Parts) > 12 {
				t.Errorf("stack holds %d parts for %d claims; want O(log n)", len(got.Parts), tc.n)
			}
			res := got.Result()
			if diff := cmp.Diff(want.DisagreementsWith(Options{}), res.DisagreementsWith(Options{})); diff != "" {
				t.Errorf("disagreements differ (-folded +stack):\n%s", diff)
			}
			for i := range want.Values {
				w, g := want.Values[i], res.Values[i]
				if w.Value != g.Value || w.ClaimIDs.Len() != g.ClaimIDs.Len() || w.ArticleIDs.Len() != g.ArticleIDs.Len() ||
					w.Asserted != g.Asserted || w.Hedged != g.Hedged || w.Accounts.Len() != g.Accounts.Len() {
					t.Errorf("value %q: tallies differ: %+v vs %+v", w.Value, w, g)
				}
			}
		})
	}
}

// TestMergeIntoACopyLeavesTheOriginal: merging into a copy of a stack (as Bursts.Merge adopts
// the other side's entries) does not rewrite the original's parts, even when its parts slice has
// room to grow.
func TestMergeIntoACopyLeavesTheOriginal(t *testing.T) {
	claimAt := func(i int, value string) claims.Claim {
		return claims.Claim{ID: fmt.Sprintf("c%d", i), ArticleID: fmt.Sprintf("a%d", i), Event: "syria",
			Topic: "ceasefire.exclusions", Subject: "isis", Kind: "polarity", Value: value, Speaker: "s", Account: fmt.Sprintf("acc%d", i)}
	}
	var original MergeStack
	original.Parts = make([]Accumulator, 0, 8) // room to grow in place
	for i := range 3 {
		var one MergeStack
		one.Add(claimAt(i, "excluded"))
		original.Parts = append(original.Parts, one.Parts...)
	}
	before := fmt.Sprint(original.Parts)
	cp := original // what Bursts.Merge holds after adopting an entry
	var other MergeStack
	for i := range 5 {
		other.Add(claimAt(10+i, "not_excluded"))
	}
	cp.Merge(other)
	if after := fmt.Sprint(original.Parts); after != before {
		t.Errorf("merging into a copy rewrote the original's parts:\nbefore %s\nafter  %s", before, after)
	}
}
