package compare

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tanaqud/tanaqud/transforms/claims"
)

// TestLoneWeakHourADayOff: an instant told once and weakly (a demand, a hedge, the outlet's own
// voice) a whole day from an instant told once by someone quoted as fact is that hour on the
// wrong day, even though neither rests on more accounts (loneWeakAgainstLoneNamed in
// shiftedDays): "insisted the truce starts at noon today, Thursday" read a day early beside the
// junta spokesman's noon on Thursday. Two quoted parties' days, a weak hour told twice, and weak
// hours hours apart stay sides, and so do two weak hours a day apart: neither is named.
func TestLoneWeakHourADayOff(t *testing.T) {
	by := func(id, value, speakerID, account string, opts ...func(*claims.Claim)) claims.Claim {
		return temporal(id, value, append([]func(*claims.Claim){speaker(speakerID, speakerID), article("a-"+id, account)}, opts...)...)
	}
	outlet := func(id, value, account string) claims.Claim {
		return temporal(id, value, speaker("outlet", "Wire"), article("a-"+id, account))
	}
	// The army spokesman's noon on Thursday, told once.
	noon := by("1", "2029-03-08T09:00:00Z", "army_spokesman", "y1")
	tests := []struct {
		name        string
		claims      []claims.Claim
		wantSides   []string // nil: no disagreement
		wantNeutral []string
	}{
		// Must not flag.
		{"a demanded noon a day early", []claims.Claim{noon, by("2", "2029-03-07T09:00:00Z", "army", "z1", hedged("demanded"))},
			nil, nil},
		{"the outlet's noon a day late", []claims.Claim{noon, outlet("2", "2029-03-09T09:00:00Z", "z1")},
			nil, nil},
		{"a hedged noon a week early", []claims.Claim{noon, by("2", "2029-03-01T09:00:00Z", "sources", "z1", hedged("hedged"))},
			nil, nil},
		// Must still flag.
		{"a quoted party's own noon a day early", []claims.Claim{noon, by("2", "2029-03-07T09:00:00Z", "militia", "z1")},
			[]string{"2029-03-07T09:00:00Z", "2029-03-08T09:00:00Z"}, nil},
		{"a weak noon told twice", []claims.Claim{noon, outlet("2", "2029-03-07T09:00:00Z", "z1"), outlet("3", "2029-03-07T09:00:00Z", "z2")},
			[]string{"2029-03-07T09:00:00Z", "2029-03-08T09:00:00Z"}, nil},
		{"a weak hour hours off, not a day", []claims.Claim{noon, by("2", "2029-03-08T06:00:00Z", "army", "z1", hedged("hedged"))},
			[]string{"2029-03-08T06:00:00Z", "2029-03-08T09:00:00Z"}, nil},
		{"the spokesman's noon against a weak one a day off, both told by the outlet", []claims.Claim{
			outlet("1", "2029-03-08T09:00:00Z", "y1"), outlet("2", "2029-03-07T09:00:00Z", "z1")},
			[]string{"2029-03-07T09:00:00Z", "2029-03-08T09:00:00Z"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSides(t, accumulate(tt.claims).Disagreements(nil), tt.wantSides, tt.wantNeutral)
		})
	}
}

// TestDaysSharingAMidnight: two days in the theatre's zone that both hold one instant of the key
// (the midnight between them) do not oppose each other (shareInstant), and each then restates
// the hour it holds or stays neutral: "signed on Thursday ... in force from midnight" beside "in
// force since Friday", with a rival 18:00 on Thursday. Days in no known zone, and zoned days with
// no instant between them, are compared as before.
func TestDaysSharingAMidnight(t *testing.T) {
	const east = 2 // the theatre's offset east of UTC
	tests := []struct {
		name         string
		claims       []claims.Claim
		wantSides    []string
		wantNeutral  []string
		wantRestated map[string][]string
	}{
		{"Thursday and Friday hold the midnight between them", []claims.Claim{
			temporal("1", "2031-04-17T16:00:00Z"),
			temporal("2", "2031-04-17T22:00:00Z"),
			temporal("3", "2031-04-17", zonedDay("2031-04-17", east)),
			temporal("4", "2031-04-18", zonedDay("2031-04-18", east)),
		}, []string{"2031-04-17T16:00:00Z", "2031-04-17T22:00:00Z"}, []string{"2031-04-17"},
			map[string][]string{"2031-04-17T22:00:00Z": {"2031-04-18"}}},
		// Must still oppose: two zoned days with no instant between them (talks dates).
		{"two zoned days and no hour", []claims.Claim{
			temporal("1", "2031-04-17", zonedDay("2031-04-17", east)),
			temporal("2", "2031-04-18", zonedDay("2031-04-18", east)),
		}, []string{"2031-04-17", "2031-04-18"}, nil, nil},
		// Must still oppose: the instant between them is not the key's (only hours inside one day).
		{"each day holds an hour of its own", []claims.Claim{
			temporal("1", "2031-04-17T08:00:00Z"), temporal("1b", "2031-04-17T08:00:00Z"),
			temporal("2", "2031-04-18T08:00:00Z"), temporal("2b", "2031-04-18T08:00:00Z"),
			temporal("3", "2031-04-17", zonedDay("2031-04-17", east)),
			temporal("4", "2031-04-18", zonedDay("2031-04-18", east)),
		}, []string{"2031-04-17T08:00:00Z", "2031-04-18T08:00:00Z"}, nil,
			map[string][]string{"2031-04-17T08:00:00Z": {"2031-04-17"}, "2031-04-18T08:00:00Z": {"2031-04-18"}}},
		// A day in no known zone holds the hours around it: compared with days as before.
		{"an unzoned day beside a zoned one", []claims.Claim{
			temporal("1", "2017-01-05T17:00:00Z"),
			temporal("2", "2017-01-05", zonedDay("2017-01-05", 0)),
			temporal("3", "2017-01-06"),
		}, []string{"2017-01-05", "2017-01-06"}, []string{"2017-01-05T17:00:00Z"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := accumulate(tt.claims).Disagreements(nil)
			checkSides(t, got, tt.wantSides, tt.wantNeutral)
			if len(got) != 1 {
				return
			}
			if diff := cmp.Diff(tt.wantRestated, restatedOf(got[0].Sides), cmpEmptyMap); diff != "" {
				t.Errorf("restated (-want +got):\n%s", diff)
			}
		})
	}
}

// TestOwnHourADayApart: one speaker's hour told on two days, once each, beside other parties'
// hours: a speaker does not dispute itself, and rival starts differ by hours, so the reading
// farther from every other account's hour is the one on the wrong day (fartherOwnDay): the Guards'
// "midnight" read as Friday's beside their Thursday midnight and the army's 07:00 on Friday. Two
// speakers' days, and one speaker's two days with no other hour beside them, stay sides.
func TestOwnHourADayApart(t *testing.T) {
	by := func(id, value, speakerID string) claims.Claim {
		return temporal(id, value, speaker(speakerID, speakerID), article("a-"+id, "acc-"+id))
	}
	army := []claims.Claim{by("1", "2027-08-13T04:00:00Z", "army"), by("2", "2027-08-13T04:00:00Z", "mediator")}
	with := func(extra ...claims.Claim) []claims.Claim { return append(army[:2:2], extra...) }
	tests := []struct {
		name        string
		claims      []claims.Claim
		wantSides   []string // nil: no disagreement
		wantNeutral []string
	}{
		// Must not be a side: the Guards' midnight a day late.
		{"one speaker's midnight on two days", with(by("3", "2027-08-12T20:30:00Z", "guards"), by("4", "2027-08-13T20:30:00Z", "guards")),
			[]string{"2027-08-12T20:30:00Z", "2027-08-13T04:00:00Z"}, []string{"2027-08-13T20:30:00Z"}},
		// Must stay sides.
		{"two speakers' midnights a day apart", with(by("3", "2027-08-12T20:30:00Z", "guards"), by("4", "2027-08-13T20:30:00Z", "militia")),
			[]string{"2027-08-12T20:30:00Z", "2027-08-13T04:00:00Z", "2027-08-13T20:30:00Z"}, nil},
		{"one speaker's two days alone", []claims.Claim{by("3", "2027-08-12T20:30:00Z", "guards"), by("4", "2027-08-13T20:30:00Z", "guards")},
			[]string{"2027-08-12T20:30:00Z", "2027-08-13T20:30:00Z"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSides(t, accumulate(tt.claims).Disagreements(nil), tt.wantSides, tt.wantNeutral)
		})
	}
}
