package compare

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// TestMeetingsApart: two dates of talks, each stated as held by an article published on or
// after that day and days apart, are two meetings and oppose nothing (suwayda's Amman round of
// 16 September and its follow-up of 24 September, tabbaneh's Thursday meeting, Sunday renewal
// and next Thursday's follow-up, mitiga's round and Saturday's follow-up). Neighbouring days,
// dates announced before their day, hedged or undated accounts, and topics without rounds still
// oppose. The claims go through Folders, the codec and a merge, as in the pipeline.
func TestMeetingsApart(t *testing.T) {
	opts := Options{TopicLabels: map[string]string{"talks.date": "date of the talks"}, Rounds: []string{"talks.date"}}
	onDay := func(day string) func(*claims.Claim) { return published(day + "T16:45:00Z") }
	tests := []struct {
		name      string
		claims    []claims.Claim
		wantSides []string // nil: no disagreement
	}{
		// 'Talks on a Suwayda truce opened in Amman on Thursday' (published that day) and 'Friday's
		// talks in Amman ended with both sides agreeing to extend the ceasefire' (the day after).
		{"two rounds each seen held", []claims.Claim{
			talksDate("h1", "2027-03-16", 16, onDay("2027-03-16")),
			talksDate("h2", "2027-03-24", 24, onDay("2027-03-25")),
		}, nil},
		// A meeting, a renewal meeting three days later and a follow-up four days after that.
		{"three meetings each seen held", []claims.Claim{
			talksDate("h1", "2027-03-13", 13, onDay("2027-03-13")),
			talksDate("h2", "2027-03-16", 16, onDay("2027-03-16")),
			talksDate("h3", "2027-03-20", 20, onDay("2027-03-21")),
		}, nil},
		// Kabul's second round, first announced (hedged, planned), then reported opened that day.
		{"a round announced, then seen held, after an earlier one", []claims.Claim{
			talksDate("h1", "2027-03-02", 2, onDay("2027-03-02")),
			talksDate("p1", "2027-03-09", 9, onDay("2027-03-05"), planned, hedged("expected")),
			talksDate("h2", "2027-03-09", 9, onDay("2027-03-09")),
		}, nil},
		// Must still flag: one round dated Monday by one side and Tuesday by the other, each
		// after the day (tishrin's 16 and 17 October).
		{"neighbouring days seen held", []claims.Claim{
			talksDate("h1", "2027-03-16", 16, onDay("2027-03-18")), talksDate("h2", "2027-03-16", 16, onDay("2027-03-19")),
			talksDate("h3", "2027-03-17", 17, onDay("2027-03-18")), talksDate("h4", "2027-03-17", 17, onDay("2027-03-19")),
		}, []string{"2027-03-16", "2027-03-17"}},
		// Must still flag: the next round dated two ways before it met (bangui's 3 and 10 July).
		{"the next round announced for two days", []claims.Claim{
			talksDate("p1", "2027-03-03", 3, onDay("2027-03-01"), planned),
			talksDate("p2", "2027-03-10", 10, onDay("2027-03-01"), planned),
		}, []string{"2027-03-03", "2027-03-10"}},
		// Must still flag: a date given before its day is not seen held, planned or not.
		{"one date given before its day", []claims.Claim{
			talksDate("h1", "2027-03-09", 9, onDay("2027-03-09")),
			talksDate("h2", "2027-03-14", 14, onDay("2027-03-12")),
		}, []string{"2027-03-09", "2027-03-14"}},
		// Must still flag: 'the talks reportedly opened on the 14th' is hedged, no witness.
		{"a hedged account after the day", []claims.Claim{
			talksDate("h1", "2027-03-09", 9, onDay("2027-03-09")),
			talksDate("h2", "2027-03-14", 14, onDay("2027-03-15"), hedged("hedged")),
		}, []string{"2027-03-09", "2027-03-14"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			if ds := throughPipeline(t, tc.claims, opts); len(ds) > 0 {
				got = sideValues(ds[0].Sides)
			}
			if diff := cmp.Diff(tc.wantSides, got); diff != "" {
				t.Errorf("sides (-want +got):\n%s", diff)
			}
		})
	}
	// An undated article saw nothing on any day (compared in one accumulator: the pipeline keeps
	// undated coverage apart from a burst it cannot place).
	undated := accumulate([]claims.Claim{
		talksDate("h1", "2027-03-09", 9, onDay("2027-03-09")),
		talksDate("h2", "2027-03-14", 14),
	})
	if ds := undated.DisagreementsWith(opts); len(ds) != 1 {
		t.Errorf("an undated account: %d disagreements, want 1", len(ds))
	}
	// A topic without rounds (two start days, each reported after it) still disagrees.
	start := []claims.Claim{
		talksDate("h1", "2027-03-09", 9, onDay("2027-03-09")),
		talksDate("h2", "2027-03-14", 14, onDay("2027-03-15")),
	}
	for i := range start {
		start[i].Topic = "ceasefire.start_time"
	}
	if ds := throughPipeline(t, start, opts); len(ds) != 1 {
		t.Errorf("start days seen held: %d disagreements, want 1", len(ds))
	}
}
