package compare

import (
	"testing"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// TestLoneOutliersTakeNoSide: beside two sides each told by at least two accounts that oppose
// each other, a number or instant told by one account that opposes every other side is shown as
// neutral, not as a side (demoteLoneOutliers). A lone value agreeing with some side, a lone
// categorical value (a third venue is a third position), a lone value beside no corroborated
// dispute and a value of two accounts stay sides. The score is the one the outlier had as a side.
func TestLoneOutliersTakeNoSide(t *testing.T) {
	num := func(id, value, account string, lo, hi float64) claims.Claim {
		return claimOf(id, value, kind(KindNumeric), bounds(lo, hi), article("a-"+id, account))
	}
	venue := func(id, value, account string) claims.Claim {
		return claimOf(id, value, kind(KindValue), article("a-"+id, account))
	}
	dispute := []claims.Claim{ // 3 days against 7, two accounts each
		num("1", "3", "x1", 3, 3), num("2", "3", "x2", 3, 3),
		num("3", "7", "y1", 7, 7), num("4", "7", "y2", 7, 7),
	}
	with := func(extra ...claims.Claim) []claims.Claim { return append(dispute[:4:4], extra...) }
	tests := []struct {
		name        string
		claims      []claims.Claim
		wantSides   []string
		wantNeutral []string
		wantScore   float64
	}{
		// Must not be a side: an aside's 48 hours beside 3 against 7 days.
		{"a lone number opposing every side", with(num("5", "2", "z1", 2, 2)),
			[]string{"3", "7"}, []string{"2"}, 0.75},
		{"two lone outliers", with(num("5", "2", "z1", 2, 2), num("6", "60", "w1", 60, 60)),
			[]string{"3", "7"}, []string{"2", "60"}, 0.7125},
		{"one wire copy in two outlets is still one account", with(
			claimOf("5", "2", kind(KindNumeric), bounds(2, 2), article("a-5", "z1")),
			claimOf("6", "2", kind(KindNumeric), bounds(2, 2), article("a-6", "z1"))),
			[]string{"3", "7"}, []string{"2"}, 0.75},
		// Must stay a side.
		{"a value of two accounts", with(num("5", "2", "z1", 2, 2), num("6", "2", "z2", 2, 2)),
			[]string{"2", "3", "7"}, nil, 0.875},
		{"a lone value agreeing with a side (7 within a week)", with(num("5", "[6,8]", "z1", 6, 8)),
			[]string{"3", "7", "[6,8]"}, nil, 0.75},
		{"no corroborated dispute: every lone side stays", []claims.Claim{
			num("1", "3", "x1", 3, 3), num("2", "3", "x2", 3, 3),
			num("3", "7", "y1", 7, 7), num("5", "2", "z1", 2, 2),
		}, []string{"2", "3", "7"}, nil, 0.7125},
		{"a third venue is a third position", []claims.Claim{
			venue("1", "nairobi", "x1"), venue("2", "nairobi", "x2"),
			venue("3", "juba", "y1"), venue("4", "juba", "y2"),
			venue("5", "addis_ababa", "z1"),
		}, []string{"addis_ababa", "juba", "nairobi"}, nil, 0.75},
		{"two sides only: nothing to set aside", []claims.Claim{
			num("1", "3", "x1", 3, 3), num("2", "3", "x2", 3, 3), num("5", "2", "z1", 2, 2),
		}, []string{"2", "3"}, nil, 0.75},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := accumulate(tt.claims).Disagreements(nil)
			checkSides(t, got, tt.wantSides, tt.wantNeutral)
			if got[0].Score != tt.wantScore {
				t.Errorf("score %v, want %v", got[0].Score, tt.wantScore)
			}
			for _, n := range got[0].Neutral {
				if len(n.Opposes) != 0 {
					t.Errorf("neutral %s opposes %v", n.Value, n.Opposes)
				}
			}
		})
	}
}
