package compare

import (
	"testing"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// TestWeakCompanionsTakeNoSide: a categorical value told by one account that is weak (only the
// outlet's own voice, or only hedged) takes no side when it can be true with a side of at least
// two accounts and opposes nothing that side does not oppose (weakCompanions). Beside a truce
// agreed and in force that one party denies was agreed, a writer's "the last truce collapsed
// after ten days" (sulaymaniyah), "a drone strike threatened to collapse the fragile truce"
// (tishrin) or «الشائعات التي تتحدث عن انهيار التفاهم» (suwayda) read as "collapsed" adds no rival
// account: what it contradicts, "not agreed", the agreed truce contradicts already. A collapse a
// quoted party states as fact, one two accounts tell, one beside no corroborated side, and a weak
// denial that contradicts the agreed truce itself stay sides. The score is the one it had as a
// side.
func TestWeakCompanionsTakeNoSide(t *testing.T) {
	opts := Options{Compatible: map[string][][2]string{"t": {
		{"proposed", "agreed"}, {"proposed", "in_force"}, {"agreed", "in_force"}, {"agreed", "collapsed"},
		{"in_force", "collapsed"}, {"proposed", "collapsed"}, {"proposed", "not_agreed"},
	}}}
	status := func(id, value string, opts ...func(*claims.Claim)) claims.Claim {
		return claimOf(id, value, append([]func(*claims.Claim){kind(KindValue)}, opts...)...)
	}
	outlet := speaker("outlet", "The Wire")
	truce := []claims.Claim{ // agreed and in force, two quoted accounts each; one party denies it
		status("1", "agreed"), status("2", "agreed"),
		status("3", "in_force"), status("4", "in_force"),
		status("5", "not_agreed"),
	}
	with := func(extra ...claims.Claim) []claims.Claim { return append(truce[:5:5], extra...) }
	tests := []struct {
		name        string
		claims      []claims.Claim
		wantSides   []string
		wantNeutral []string
		wantScore   float64
	}{
		// Must not be a side.
		{"a collapse in the outlet's own voice", with(status("6", "collapsed", outlet)),
			[]string{"agreed", "in_force", "not_agreed"}, []string{"collapsed"}, 0.6413},
		{"a hedged collapse a party fears", with(status("6", "collapsed", hedged("hedged"))),
			[]string{"agreed", "in_force", "not_agreed"}, []string{"collapsed"}, 0.3562},
		{"a weak collapse beside a weak denial", []claims.Claim{
			status("1", "agreed"), status("2", "agreed"), status("3", "in_force"), status("4", "in_force"),
			status("5", "not_agreed", outlet), status("6", "collapsed", outlet),
		}, []string{"agreed", "in_force", "not_agreed"}, []string{"collapsed"}, 0.6413},
		// Must stay a side.
		{"a collapse a quoted party states", with(status("6", "collapsed")),
			[]string{"agreed", "collapsed", "in_force", "not_agreed"}, nil, 0.7125},
		{"a collapse two accounts tell", with(status("6", "collapsed", outlet), status("7", "collapsed", outlet)),
			[]string{"agreed", "collapsed", "in_force", "not_agreed"}, nil, 0.75},
		{"no side of two accounts beside it", []claims.Claim{
			status("1", "agreed"), status("3", "in_force"), status("5", "not_agreed"), status("6", "collapsed", outlet),
		}, []string{"agreed", "collapsed", "in_force", "not_agreed"}, nil, 0.5787},
		{"a weak denial contradicts the agreed truce itself", []claims.Claim{
			status("1", "agreed"), status("2", "agreed"), status("3", "in_force"), status("4", "in_force"),
			status("5", "not_agreed", outlet),
		}, []string{"agreed", "in_force", "not_agreed"}, nil, 0.675},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := accumulate(tt.claims).DisagreementsWith(opts)
			checkSides(t, got, tt.wantSides, tt.wantNeutral)
			if got[0].Score != tt.wantScore {
				t.Errorf("score %v, want %v", got[0].Score, tt.wantScore)
			}
		})
	}
}
