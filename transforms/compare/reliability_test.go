package compare

import (
	"testing"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

func rule(name string) func(*claims.Claim) { return func(c *claims.Claim) { c.Rule = name } }

// TestUnsureValues: a value one article alone tells, read only by rules the options call
// unreliable, lowers the score by unsureFactor per side resting on it, or with
// SetAsideUnreliable (the default of OptionsFromData) takes no part in the dispute. A second
// article, or one claim by a reliable rule (or by no named rule), makes the value sure.
func TestUnsureValues(t *testing.T) {
	bad := map[string]bool{"set.monitors": true, "parties.with_speaker": true}
	// Two accounts say "excluded"; one article's claims say "not_excluded".
	established := []claims.Claim{
		claimOf("e1", "excluded", article("a1", "acc1"), rule("exclusion.cue")),
		claimOf("e2", "excluded", article("a2", "acc2"), rule("exclusion.cue")),
	}
	lone := func(opts ...func(*claims.Claim)) []claims.Claim {
		return append(append([]claims.Claim{}, established...), claimOf("n1", "not_excluded", append([]func(*claims.Claim){article("a3", "acc3")}, opts...)...))
	}
	const sure = 0.75 // min(0.875, 0.75): the lone side's one account
	for _, tc := range []struct {
		name      string
		claims    []claims.Claim
		opts      Options
		wantScore float64 // 0: no disagreement
		wantSides []string
	}{
		{"no table: as before", lone(rule("set.monitors")), Options{}, sure, []string{"excluded", "not_excluded"}},
		{"unreliable rule, one article: score lowered", lone(rule("set.monitors")), Options{UnreliableRules: bad}, sure * unsureFactor, []string{"excluded", "not_excluded"}},
		{"reliable rule", lone(rule("exclusion.cue")), Options{UnreliableRules: bad}, sure, []string{"excluded", "not_excluded"}},
		{"no rule named", lone(), Options{UnreliableRules: bad}, sure, []string{"excluded", "not_excluded"}},
		{"a reliable rule reads it too", append(lone(rule("set.monitors")), claimOf("n2", "not_excluded", article("a3", "acc3"), rule("exclusion.cue"))), Options{UnreliableRules: bad}, sure, []string{"excluded", "not_excluded"}},
		{"two unreliable rules, one article", append(lone(rule("set.monitors")), claimOf("n2", "not_excluded", article("a3", "acc3"), rule("parties.with_speaker"))), Options{UnreliableRules: bad}, sure * unsureFactor, []string{"excluded", "not_excluded"}},
		{"a second article tells it", append(lone(rule("set.monitors")), claimOf("n2", "not_excluded", article("a4", "acc4"), rule("set.monitors"))), Options{UnreliableRules: bad}, 0.875, []string{"excluded", "not_excluded"}},
		{"set aside: no dispute left", lone(rule("set.monitors")), Options{UnreliableRules: bad, SetAsideUnreliable: true}, 0, nil},
		{"set aside, reliable rule: stays", lone(rule("exclusion.cue")), Options{UnreliableRules: bad, SetAsideUnreliable: true}, sure, []string{"excluded", "not_excluded"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ds := accumulate(tc.claims).DisagreementsWith(tc.opts)
			if tc.wantScore == 0 {
				if len(ds) != 0 {
					t.Fatalf("got %+v, want no disagreement", ds)
				}
				return
			}
			if len(ds) != 1 {
				t.Fatalf("got %d disagreements, want 1", len(ds))
			}
			if got := sideValues(ds[0].Sides); !equalStrings(got, tc.wantSides) {
				t.Errorf("sides %v, want %v", got, tc.wantSides)
			}
			if ds[0].Score != tc.wantScore {
				t.Errorf("score %v, want %v", ds[0].Score, tc.wantScore)
			}
		})
	}
}

// TestUnsureValueBesideADispute: a lone 90 days read by an unreliable rule beside 10 against
// 30 days, each told twice. Without the table it is a lone outlier, neutral, the score the one it
// had as a side (0.75); with the table that score is lowered (0.75 × 0.6); set aside, it is
// neutral before the score, which is the two corroborated sides' (0.875). The sides shown are the
// same in all three.
func TestUnsureValueBesideADispute(t *testing.T) {
	bad := map[string]bool{"set.monitors": true}
	for _, tc := range []struct {
		name  string
		opts  Options
		score float64
	}{
		{"no table", Options{}, 0.75},
		{"unsure side lowers the score", Options{UnreliableRules: bad}, 0.45},
		{"set aside", Options{UnreliableRules: bad, SetAsideUnreliable: true}, 0.875},
	} {
		ds := accumulate(numCase()).DisagreementsWith(tc.opts)
		if len(ds) != 1 || !equalStrings(sideValues(ds[0].Sides), []string{"[10,10]", "[30,30]"}) || !equalStrings(sideValues(ds[0].Neutral), []string{"[90,90]"}) {
			t.Fatalf("%s: %+v", tc.name, ds)
		}
		if ds[0].Score != tc.score {
			t.Errorf("%s: score %v, want %v", tc.name, ds[0].Score, tc.score)
		}
	}
}

// TestRulesSurviveMerge: a tally's rules are the union of its parts', in any merge order, so a
// value read by a reliable rule in one worker's part is sure after the merge.
func TestRulesSurviveMerge(t *testing.T) {
	x := accumulate([]claims.Claim{claimOf("n1", "v", article("a", "acc"), rule("set.monitors"))})
	y := accumulate([]claims.Claim{claimOf("n2", "v", article("a", "acc"), rule("exclusion.cue"))})
	for _, m := range []Accumulator{Merge(x, y), Merge(y, x)} {
		if got := m.Values[0].Rules.Values(); !equalStrings(got, []string{"exclusion.cue", "set.monitors"}) {
			t.Errorf("merged rules %v", got)
		}
		if unsureTally(m.Values[0], Options{UnreliableRules: map[string]bool{"set.monitors": true}}) {
			t.Errorf("a value a reliable rule read is unsure after the merge")
		}
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// numCase: durations of 10 and 30 days, each told by two articles, and 90 days told by one
// article read by set.monitors (an unreliable rule in the tests).
func numCase() []claims.Claim {
	return []claims.Claim{
		claimOf("a1", "[10,10]", kind(KindNumeric), bounds(10, 10), article("a1", "acc1"), rule("duration.count")),
		claimOf("a2", "[10,10]", kind(KindNumeric), bounds(10, 10), article("a2", "acc2"), rule("duration.count")),
		claimOf("b1", "[30,30]", kind(KindNumeric), bounds(30, 30), article("b1", "accb1"), rule("duration.count")),
		claimOf("b2", "[30,30]", kind(KindNumeric), bounds(30, 30), article("b2", "accb2"), rule("duration.count")),
		claimOf("c1", "[90,90]", kind(KindNumeric), bounds(90, 90), article("c1", "accc1"), rule("set.monitors"), speaker("x", "X")),
	}
}
