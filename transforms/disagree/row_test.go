package disagree

import (
	"testing"

	"github.com/tanaqud/tanaqud/transforms/compare"
)

// Every side's row says whether the sides speak of two rounds of talks.
func TestRowKeepsRoundsDiffer(t *testing.T) {
	for _, differ := range []bool{false, true} {
		d := compare.Disagreement{ID: "d", Topic: "talks.venue", RoundsDiffer: differ}
		for i, side := range []compare.Side{{Value: "cairo"}, {Value: "doha"}} {
			if got := Row(d, i, side).RoundsDiffer; got != differ {
				t.Errorf("side %d: rounds_differ %v, want %v", i, got, differ)
			}
		}
	}
}
