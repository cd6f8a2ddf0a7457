package compare

import (
	"strings"
	"testing"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// TestShiftedHoursTakeNoSide: an instant whole days from another instant of its key that rests
// on more accounts is set aside when only the outlet's own voice gives it or every speaker behind
// it also gives the other day, and one half days from it when every speaker behind it gives the
// other (shiftedDays); a shifted hour a quoted party gives on its own, a half day in the outlet's
// voice, hours apart, and shifted hours as well told as the other still disagree.
func TestShiftedHoursTakeNoSide(t *testing.T) {
	by := func(id, value, speakerID, account string) claims.Claim {
		return temporal(id, value, speaker(speakerID, speakerID), article("a-"+id, account))
	}
	outlet := func(id, value, account string) claims.Claim {
		return temporal(id, value, speaker("outlet", "Wire"), article("a-"+id, account))
	}
	tests := []struct {
		name        string
		claims      []claims.Claim
		wantSides   []string // nil: no disagreement
		wantNeutral []string
	}{
		// Must not flag: '2100 GMT Wednesday' resolved a day late in the outlet's own voice
		// (hermel: 14 April at 21:00 from two accounts, the 15th at 21:00 once).
		{"the outlet's own voice a day late", []claims.Claim{
			by("1", "2027-04-14T21:00:00Z", "saudi_defence_ministry", "x1"),
			by("2", "2027-04-14T21:00:00Z", "lebanese_army", "x2"),
			outlet("3", "2027-04-15T21:00:00Z", "y1"),
		}, nil, nil},
		// Must not flag: 'midnight last Wednesday-Thursday' resolved to the wrong week by two
		// outlets, beside a dispute of two hours (the week-late hour is neutral).
		{"a week late in two outlets' voice beside a real dispute", []claims.Claim{
			by("1", "2027-04-14T21:00:00Z", "lebanese_army", "x1"),
			by("2", "2027-04-14T21:00:00Z", "saudi_defence_ministry", "x2"),
			by("3", "2027-04-14T21:00:00Z", "saudi_defence_ministry", "x3"),
			by("4", "2027-04-15T03:00:00Z", "syrian_defence_ministry", "y1"),
			by("5", "2027-04-15T03:00:00Z", "syrian_state_tv", "y2"),
			outlet("6", "2027-04-21T21:00:00Z", "z1"),
			outlet("7", "2027-04-21T21:00:00Z", "z2"),
		}, []string{"2027-04-14T21:00:00Z", "2027-04-15T03:00:00Z"}, []string{"2027-04-21T21:00:00Z"}},
		// Must not flag the moved day: the same council a day later in two copies (mitiga)
		// beside its own hour and a brigade's.
		{"the same speaker a day later", []claims.Claim{
			by("1", "2028-07-11T18:00:00Z", "presidential_council", "x1"),
			by("2", "2028-07-11T18:00:00Z", "presidential_council", "x2"),
			by("3", "2028-07-11T18:00:00Z", "unsmil", "x3"),
			by("4", "2028-07-12T18:00:00Z", "presidential_council", "y1"),
			by("5", "2028-07-12T18:00:00Z", "presidential_council", "y2"),
			by("6", "2028-07-11T22:00:00Z", "brigade_444", "z1"),
			by("7", "2028-07-11T22:00:00Z", "brigade_444", "z2"),
		}, []string{"2028-07-11T18:00:00Z", "2028-07-11T22:00:00Z"}, []string{"2028-07-12T18:00:00Z"}},
		// Must still flag: a quoted party's own day (heldout: a Houthi official's 15th at
		// midnight, everyone else the 16th).
		{"a quoted party's own day", []claims.Claim{
			by("1", "2025-10-15T21:00:00Z", "houthi_official", "x1"),
			by("2", "2025-10-16T21:00:00Z", "un_envoy", "y1"),
			by("3", "2025-10-16T21:00:00Z", "yemeni_government", "y2"),
		}, []string{"2025-10-15T21:00:00Z", "2025-10-16T21:00:00Z"}, nil},
		// Another war, other wording: Kyiv says midnight Friday, Moscow midnight Saturday; each
		// told twice, neither rests on fewer accounts.
		{"two days as well told", []claims.Claim{
			outlet("1", "2025-03-14T22:00:00Z", "x1"), outlet("2", "2025-03-14T22:00:00Z", "x2"),
			by("3", "2025-03-15T22:00:00Z", "russian_defence_ministry", "y1"),
			by("4", "2025-03-15T22:00:00Z", "russian_defence_ministry", "y2"),
		}, []string{"2025-03-14T22:00:00Z", "2025-03-15T22:00:00Z"}, nil},
		// Must still flag: hours apart are rival accounts, whoever gives them.
		{"hours apart, not whole days", []claims.Claim{
			by("1", "2027-04-14T21:00:00Z", "lebanese_army", "x1"),
			by("2", "2027-04-14T21:00:00Z", "saudi_defence_ministry", "x2"),
			outlet("3", "2027-04-15T03:00:00Z", "y1"),
		}, []string{"2027-04-14T21:00:00Z", "2027-04-15T03:00:00Z"}, nil},
		// Must not flag: the joint command's 'nine o'clock' read as 09:00 beside its own 21:00
		// (kirkuk), beside the peshmerga's 03:00.
		{"the same speaker half a day later", []claims.Claim{
			by("1", "2027-06-07T21:00:00Z", "joint_operations_command", "x1"),
			by("2", "2027-06-07T21:00:00Z", "joint_operations_command", "x2"),
			by("3", "2027-06-07T21:00:00Z", "unami", "x3"),
			by("4", "2027-06-08T03:00:00Z", "peshmerga", "z1"),
			by("5", "2027-06-08T03:00:00Z", "peshmerga", "z2"),
			by("6", "2027-06-08T09:00:00Z", "joint_operations_command", "y1"),
			by("7", "2027-06-08T09:00:00Z", "joint_operations_command", "y2"),
		}, []string{"2027-06-07T21:00:00Z", "2027-06-08T03:00:00Z"}, []string{"2027-06-08T09:00:00Z"}},
		// Must still flag: half a day apart in the outlet's own voice (another war: a morning
		// start against the army's evening one), or given by a party of its own.
		{"half a day in the outlet's voice", []claims.Claim{
			by("1", "2026-05-13T22:00:00Z", "sspdf", "x1"),
			by("2", "2026-05-13T22:00:00Z", "sspdf", "x2"),
			outlet("3", "2026-05-14T10:00:00Z", "y1"),
		}, []string{"2026-05-13T22:00:00Z", "2026-05-14T10:00:00Z"}, nil},
		{"half a day a party of its own gives", []claims.Claim{
			by("1", "2026-05-13T22:00:00Z", "sspdf", "x1"),
			by("2", "2026-05-13T22:00:00Z", "sspdf", "x2"),
			by("3", "2026-05-14T10:00:00Z", "spla_io", "y1"),
		}, []string{"2026-05-13T22:00:00Z", "2026-05-14T10:00:00Z"}, nil},
		// A wire copy in two outlets is one account: the moved day rests on fewer.
		{"a wire copy is one account", []claims.Claim{
			by("1", "2026-09-15T21:00:00Z", "joint_operations_command", "x1"),
			by("2", "2026-09-15T21:00:00Z", "joint_operations_command", "x2"),
			temporal("3", "2026-09-16T21:00:00Z", speaker("outlet", "Wire"), article("a-3", "w1")),
			temporal("4", "2026-09-16T21:00:00Z", speaker("outlet", "Wire"), article("a-4", "w1")),
		}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := accumulate(tt.claims).Disagreements(nil)
			checkSides(t, got, tt.wantSides, tt.wantNeutral)
		})
	}
}

// TestSetSidesBeyondTwoRankLower: each side of a set key beyond the second multiplies the score
// by setSideFactor; two set sides and three sides of other kinds score as before.
func TestSetSidesBeyondTwoRankLower(t *testing.T) {
	set := func(id, account string, exhaustive bool, ms ...string) claims.Claim {
		value := strings.Join(ms, ",")
		if exhaustive {
			value = "only:" + value
		}
		return claimOf(id, value, kind(KindSet), members(exhaustive, ms...), article("a-"+id, account))
	}
	tests := []struct {
		name   string
		claims []claims.Claim
		want   float64
	}{
		{"one list against another: as before", []claims.Claim{
			set("1", "x1", true, "qatar"), set("2", "x2", true, "qatar"),
			set("3", "y1", false, "qatar", "turkey"), set("4", "y2", false, "qatar", "turkey"),
		}, 0.875},
		{"three lists of one role", []claims.Claim{
			set("1", "x1", true, "qatar"), set("2", "x2", true, "qatar"),
			set("3", "y1", false, "qatar", "turkey"), set("4", "y2", false, "qatar", "turkey"),
			set("5", "z1", false, "egypt"), set("6", "z2", false, "egypt"),
		}, 0.7438},
		{"four lists, two of them told once", []claims.Claim{
			set("1", "x1", true, "qatar"), set("2", "x2", true, "qatar"),
			set("3", "y1", false, "turkey"), set("4", "z1", false, "egypt"),
			set("5", "w1", true, "un"), set("6", "w2", true, "un"),
		}, 0.5148},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkOneScore(t, tt.claims, tt.want) })
	}
}
