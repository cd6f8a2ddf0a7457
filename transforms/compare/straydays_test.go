package compare

import (
	"testing"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// TestStrayDaysBesideHours: a day told by one account that none of the key's hours falls in is
// neutral (strayDays); days that hold an hour, days two accounts give and days with no hour in
// the key still compare.
func TestStrayDaysBesideHours(t *testing.T) {
	tests := []struct {
		name        string
		claims      []claims.Claim
		wantSides   []string // nil: no disagreement
		wantNeutral []string
	}{
		// Must not flag: the day of the deal read as a start beside the hour it took effect
		// (afpak: 'reached after delegations met' on the 13th, 8 p.m. on the 14th).
		{"a deal's day beside the one hour given", []claims.Claim{
			temporal("1", "2026-05-13"),
			temporal("2", "2026-05-14T15:00:00Z"),
			temporal("3", "2026-05-14T15:00:00Z"),
		}, nil, nil},
		// Must not flag the stray days, but the two hours still disagree (elfasher: the day
		// the text was signed beside 22:00 and 04:00).
		{"two hours in dispute and a day holding neither", []claims.Claim{
			temporal("1", "2027-07-15"),
			temporal("2", "2027-07-16T22:00:00Z"),
			temporal("3", "2027-07-17T04:00:00Z"),
		}, []string{"2027-07-16T22:00:00Z", "2027-07-17T04:00:00Z"}, []string{"2027-07-15"}},
		{"a stray day opposes no other stray day either", []claims.Claim{
			temporal("1", "2027-08-07"),
			temporal("2", "2027-08-18"),
			temporal("3", "2027-08-11T15:00:00Z"),
		}, nil, nil},
		// Must still flag: a day two accounts give.
		{"a day two accounts give against an hour", []claims.Claim{
			temporal("1", "2027-08-20"),
			temporal("2", "2027-08-20", article("a-2", "acc-other")),
			temporal("3", "2027-08-13T04:00:00Z"),
		}, []string{"2027-08-13T04:00:00Z", "2027-08-20"}, nil},
		// One account printed by two outlets is still one account.
		{"one wire copy in two outlets is one account", []claims.Claim{
			temporal("1", "2027-08-20", article("a-1", "wire-1")),
			temporal("2", "2027-08-20", article("a-2", "wire-1")),
			temporal("3", "2027-08-13T04:00:00Z"),
		}, nil, nil},
		// Must still flag: days with no hour in the key (dates of talks).
		{"days with no hour compare as before", []claims.Claim{
			temporal("1", "2027-02-22"),
			temporal("2", "2027-03"),
		}, []string{"2027-02-22", "2027-03"}, nil},
		// A day holding one of two hours in dispute restates it (foldTargets), not a stray.
		{"a day holding an hour folds into its side", []claims.Claim{
			temporal("1", "2017-01-05", zonedDay("2017-01-05", 0)),
			temporal("2", "2017-01-05T17:00:00Z"),
			temporal("3", "2017-01-06T05:00:00Z"),
		}, []string{"2017-01-05T17:00:00Z", "2017-01-06T05:00:00Z"}, nil},
		// Other kinds are untouched: a number is no day.
		{"numeric values are not days", valuesOfKind(KindNumeric, "15", "2"), []string{"15", "2"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := accumulate(tt.claims).Disagreements(nil)
			checkSides(t, got, tt.wantSides, tt.wantNeutral)
		})
	}
}

// TestStrayDaysOfTalks: in a key about a round of talks (Options.Rounds), a day a named source
// states compares with the other days although an hour of the key (a delegation's arrival) does
// not fall in it; a day only in the outlet's voice or only hedged stays stray there too, and
// keys of other topics are as before.
func TestStrayDaysOfTalks(t *testing.T) {
	rounds := Options{Rounds: []string{"talks.date"}}
	talks := func(c claims.Claim) claims.Claim { c.Topic = "talks.date"; return c }
	outletVoice := func(c *claims.Claim) { c.Speaker, c.Source = "outlet-x", "outlet-x" }
	tests := []struct {
		name        string
		claims      []claims.Claim
		wantSides   []string // nil: no disagreement
		wantNeutral []string
	}{
		// hermel: the joint committee meets on the 26th (three accounts) or, a Saudi source
		// says, on the 28th; a delegation's arrival at 09:00, in a writer's aside, is another
		// event (a weak lone outlier beside the named dispute).
		{"a named source's day against corroborated days beside an arrival hour", []claims.Claim{
			talks(temporal("1", "2027-04-26")),
			talks(temporal("2", "2027-04-26", article("a-2", "acc-2"))),
			talks(temporal("3", "2027-04-26", article("a-3", "acc-3"))),
			talks(temporal("4", "2027-04-28")),
			talks(temporal("5", "2027-04-13T09:00:00Z", outletVoice)),
		}, []string{"2027-04-26", "2027-04-28"}, []string{"2027-04-13T09:00:00Z"}},
		// Must not flag: tabbaneh's day in the outlet's own voice against a planned hour.
		{"an outlet's day beside an hour stays stray", []claims.Claim{
			talks(temporal("1", "2027-05-14T22:00:00Z")),
			talks(temporal("2", "2027-05-14T22:00:00Z", article("a-2", "acc-2"))),
			talks(temporal("3", "2027-05-16", outletVoice)),
		}, nil, nil},
		{"a hedged day beside an hour stays stray", []claims.Claim{
			talks(temporal("1", "2027-05-14T22:00:00Z")),
			talks(temporal("2", "2027-05-14T22:00:00Z", article("a-2", "acc-2"))),
			talks(temporal("3", "2027-05-16", hedged("expected"))),
		}, nil, nil},
		// Must not flag: a start's named day beside the hour (not a talks key).
		{"a start's named day beside an hour stays stray", []claims.Claim{
			temporal("1", "2026-05-13"),
			temporal("2", "2026-05-14T15:00:00Z"),
			temporal("3", "2026-05-14T15:00:00Z", article("a-3", "acc-3")),
		}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := accumulate(tt.claims).DisagreementsWith(rounds)
			checkSides(t, got, tt.wantSides, tt.wantNeutral)
		})
	}
}
