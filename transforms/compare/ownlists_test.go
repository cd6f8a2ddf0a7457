package compare

import (
	"testing"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// TestOwnRivalListsTakeNoSide: a complete list told by one account whose speakers all speak for a
// rival complete list that more accounts tell is shown as neutral (ownRivalLists), and so is a
// plain list told by one account whose speakers all give a complete list leaving one of its
// members out. Lists of other speakers, a rival complete list told as rarely, a plain list two
// accounts tell and a complete list beside the speaker's plain one stay sides; other kinds are
// not read so.
func TestOwnRivalListsTakeNoSide(t *testing.T) {
	list := func(id, sp, account string, exhaustive bool, ms ...string) claims.Claim {
		return claimOf(id, joinMembers(exhaustive, ms), kind(KindSet), members(exhaustive, ms...),
			speaker(sp, sp), article("a-"+id, account))
	}
	tests := []struct {
		name        string
		claims      []claims.Claim
		wantSides   []string // nil: no disagreement
		wantNeutral []string
	}{
		// Must not be a side.
		{"the envoy's own 'only' read for the rival", []claims.Claim{
			list("1", "envoy", "x1", true, "oman"), list("2", "envoy", "x2", true, "oman"),
			list("3", "envoy", "y1", true, "kuwait"),
			list("4", "rebels", "z1", false, "kuwait", "oman"),
		}, []string{"kuwait,oman", "only:oman"}, []string{"only:kuwait"}},
		// A lone plain list against the speaker's own complete list: the body he named in passing
		// (kirkuk: «نفى ... أن تكون فصائل الحشد طرفاً» read as parties Peshmerga, PMF beside his
		// "the army and the Peshmerga are the only parties"; zamfara: "the federal government
		// will not be a guarantor of any deal with bandits" beside the Presidency's "binds the
		// state government and the armed groups alone").
		{"the army's plain list beside its 'alone'", []claims.Claim{
			list("1", "army", "x1", true, "army"), list("2", "army", "x2", true, "army"),
			list("3", "army", "y1", false, "joint_committee"),
			list("4", "militia", "z1", false, "army", "joint_committee"),
		}, []string{"army,joint_committee", "only:army"}, []string{"joint_committee"}},
		{"the plain list beside an 'alone' as rarely told", []claims.Claim{
			list("1", "army", "x1", true, "army"),
			list("3", "army", "y1", false, "joint_committee"),
			list("4", "militia", "z1", false, "army", "joint_committee"),
		}, []string{"army,joint_committee", "only:army"}, []string{"joint_committee"}},
		// Must stay sides.
		{"another speaker's list", []claims.Claim{
			list("1", "army", "x1", true, "army"), list("2", "army", "x2", true, "army"),
			list("3", "militia", "y1", false, "joint_committee"),
		}, []string{"joint_committee", "only:army"}, nil},
		{"the speaker's plain list two accounts tell", []claims.Claim{
			list("1", "army", "x1", true, "army"),
			list("3", "army", "y1", false, "joint_committee"), list("5", "army", "y2", false, "joint_committee"),
			list("4", "militia", "z1", false, "army", "joint_committee"),
		}, []string{"army,joint_committee", "joint_committee", "only:army"}, nil},
		{"the rival complete list as rarely told", []claims.Claim{
			list("1", "envoy", "x1", true, "oman"),
			list("3", "envoy", "y1", true, "kuwait"),
			list("4", "rebels", "z1", false, "kuwait", "oman"),
		}, []string{"kuwait,oman", "only:kuwait", "only:oman"}, nil},
		{"a complete list beside the speaker's plain one", []claims.Claim{
			list("1", "committee", "x1", true, "committee"),
			list("2", "committee", "y1", false, "government"), list("3", "sheikh", "y2", false, "government"),
		}, []string{"government", "only:committee"}, nil},
		{"an exclusion is a position a speaker may change", []claims.Claim{
			claimOf("1", "excluded", speaker("army", "army"), article("a-1", "x1")),
			claimOf("2", "excluded", speaker("army", "army"), article("a-2", "x2")),
			claimOf("3", "not_excluded", speaker("army", "army"), article("a-3", "y1")),
		}, []string{"excluded", "not_excluded"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSides(t, accumulate(tt.claims).Disagreements(nil), tt.wantSides, tt.wantNeutral)
		})
	}
}
