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
