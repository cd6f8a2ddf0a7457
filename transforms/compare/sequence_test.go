package compare

import (
	"testing"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// TestRoundsInSequence: the date of talks held and a later date of talks announced for later,
// or a round announced after the other's day had passed for a later day, are two rounds in
// sequence and oppose nothing (roundsInSequence); dates of one round, a held date after an
// announced one and venues still disagree.
func TestRoundsInSequence(t *testing.T) {
	opts := Options{TopicLabels: map[string]string{"talks.date": "date of the talks", "talks.venue": "venue of the talks"}}
	tests := []struct {
		name      string
		claims    []claims.Claim
		wantSides []string // nil: no disagreement
		wantScore float64
	}{
		// Must not flag: 'the Addis Ababa round opened on 12 July ... talks are due on 26 July'.
		{"held, then announced for a later day", []claims.Claim{
			talksDate("h1", "2027-03-12", 12), talksDate("h2", "2027-03-12", 12),
			talksDate("p1", "2027-03-26", 26, planned),
		}, nil, 0},
		{"held on a day, announced for the next", []claims.Claim{
			talksDate("h1", "2027-03-12", 12), talksDate("p1", "2027-03-13", 13, planned),
		}, nil, 0},
		// Must not flag: a second round announced after the first one's day had passed.
		{"two rounds announced, the first one's day gone when the second was written", []claims.Claim{
			talksDate("a1", "2027-03-09", 9, published("2027-03-08T09:40:00Z"), planned),
			talksDate("b1", "2027-03-24", 24, published("2027-03-12T01:00:00Z"), planned),
		}, nil, 0},
		// Must not flag the held date, but the two dates announced for the next round still
		// disagree (hormuz: the 17 August talks held, 24 August against September for the next).
		{"held date beside two announced dates of the next round", []claims.Claim{
			talksDate("h1", "2027-03-05", 5),
			talksDate("p1", "2027-03-24", 24, planned), talksDate("p2", "2027-03-24", 24, planned),
			claimOf("p3", "2027-04", kind(KindTemporal), planned, func(c *claims.Claim) { c.Topic = "talks.date" }),
		}, []string{"2027-03-24", "2027-04"}, 0.75},
		// Must still flag: one round dated two ways by two accounts of talks held.
		{"two dates of talks held", []claims.Claim{
			talksDate("h1", "2027-03-20", 20), talksDate("h2", "2027-03-21", 21),
		}, []string{"2027-03-20", "2027-03-21"}, 0.7125},
		// Must still flag, ranked lower: talks held after the date announced (put off, or one
		// round dated two ways).
		{"held after the announced date", []claims.Claim{
			talksDate("p1", "2027-03-09", 9, planned), talksDate("h1", "2027-03-12", 12),
		}, []string{"2027-03-09", "2027-03-12"}, 0.3562},
		// Must still flag: a mixed side (held and announced) against an announced later date.
		{"a date told both held and announced", []claims.Claim{
			talksDate("h1", "2027-03-09", 9), talksDate("p1", "2027-03-09", 9, planned),
			talksDate("p2", "2027-03-24", 24, planned),
		}, []string{"2027-03-09", "2027-03-24"}, 0.75},
		// Venues are no sequence: two venues can be one round's.
		{"venues of two rounds are still shown", []claims.Claim{
			talksVenue("h1", "cairo"), talksVenue("p1", "doha", planned),
		}, []string{"cairo", "doha"}, 0.3562},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := throughPipeline(t, tt.claims, opts)
			checkSideValues(t, got, tt.wantSides)
			if tt.wantSides == nil {
				return
			}
			if got[0].Score != tt.wantScore {
				t.Errorf("score %v, want %v", got[0].Score, tt.wantScore)
			}
		})
	}
}

// TestAdjacentTalksDaysToldOnce: two dates of talks a day apart, each told by one account, oppose
// nothing (a round over two days: adjacentLoneDays); with two accounts on a side, two days
// apart, a day against an hour, or start days (not a topic about rounds), they still disagree.
func TestAdjacentTalksDaysToldOnce(t *testing.T) {
	opts := Options{TopicLabels: map[string]string{"talks.date": "date of the talks"}, Rounds: []string{"talks.date"}}
	startDay := func(id, value string, day int, o ...func(*claims.Claim)) claims.Claim {
		c := talksDate(id, value, day, o...)
		c.Topic = "ceasefire.start_time"
		return c
	}
	tests := []struct {
		name      string
		claims    []claims.Claim
		wantSides []string // nil: no disagreement
	}{
		// Must not flag: 'the round held in Sinkat on Tuesday and Wednesday' dated by each end.
		{"a day apart, one account each", []claims.Claim{
			talksDate("a", "2027-03-10", 10), talksDate("b", "2027-03-11", 11),
		}, nil},
		{"a day apart, one wire copy printed twice on one side", []claims.Claim{
			talksDate("a", "2027-03-10", 10, article("a1", "wire")), talksDate("a2", "2027-03-10", 10, article("a2", "wire")),
			talksDate("b", "2027-03-11", 11),
		}, nil},
		{"announced talks a day apart, one account each", []claims.Claim{
			talksDate("a", "2027-03-10", 10, planned), talksDate("b", "2027-03-11", 11, planned),
		}, nil},
		// Must still flag.
		{"a day apart, two accounts on one side", []claims.Claim{
			talksDate("a", "2027-03-16", 16), talksDate("b", "2027-03-17", 17), talksDate("c", "2027-03-17", 17),
		}, []string{"2027-03-16", "2027-03-17"}},
		{"two days apart, one account each", []claims.Claim{
			talksDate("a", "2027-03-10", 10), talksDate("b", "2027-03-12", 12),
		}, []string{"2027-03-10", "2027-03-12"}},
		{"a month against a day of the next month, one account each", []claims.Claim{
			claimOf("a", "2027-02", kind(KindTemporal), func(c *claims.Claim) { c.Topic = "talks.date" }),
			talksDate("b", "2027-03-01", 1),
		}, []string{"2027-02", "2027-03-01"}},
		{"start days a day apart are not a round of talks", []claims.Claim{
			startDay("a", "2027-03-10", 10), startDay("b", "2027-03-11", 11),
		}, []string{"2027-03-10", "2027-03-11"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSideValues(t, throughPipeline(t, tt.claims, opts), tt.wantSides)
		})
	}
}
