package compare

import (
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/tanaqud/tanaqud/transforms/claims"
)

// zonedDay gives a temporal claim the bounds the extractor gives a day resolved in a known zone
// offsetHours east of UTC (Claim.Zoned).
func zonedDay(day string, offsetHours int) func(*claims.Claim) {
	return func(c *claims.Claim) {
		d, err := time.ParseInLocation("2006-01-02", day, time.FixedZone("theatre", offsetHours*3600))
		if err != nil {
			panic(err)
		}
		c.Low, c.High, c.Zoned = float64(d.Unix()), float64(d.AddDate(0, 0, 1).Unix()), true
	}
}

// temporal makes a temporal claim of a value with options.
func temporal(id, value string, opts ...func(*claims.Claim)) claims.Claim {
	return claimOf(id, value, append([]func(*claims.Claim){kind(KindTemporal)}, opts...)...)
}

func TestZonedDays(t *testing.T) {
	tests := []struct {
		name        string
		claims      []claims.Claim
		wantSides   []string // nil: no disagreement
		wantNeutral []string
	}{
		{"a day in a UTC theatre is over before 06:00 GMT the next morning", []claims.Claim{
			temporal("1", "2017-01-05", zonedDay("2017-01-05", 0)),
			temporal("1b", "2017-01-05", zonedDay("2017-01-05", 0)), // two accounts: a day on one beside hours is neutral (strayDays)
			temporal("2", "2017-01-06T06:00:00Z"),
		}, []string{"2017-01-05", "2017-01-06T06:00:00Z"}, nil},
		{"the same day with no zone could be a zone's far behind UTC", []claims.Claim{
			temporal("1", "2017-01-05"),
			temporal("2", "2017-01-06T06:00:00Z"),
		}, nil, nil},
		{"a zoned day holds the midnight that ends it", []claims.Claim{
			temporal("1", "2017-01-05", zonedDay("2017-01-05", 3)),
			temporal("2", "2017-01-05T21:00:00Z"),
		}, nil, nil},
		{"a day east of UTC is over at its local midnight", []claims.Claim{
			temporal("1", "2017-01-05", zonedDay("2017-01-05", 3)),
			temporal("1b", "2017-01-05", zonedDay("2017-01-05", 3)), // two accounts: a day on one beside hours is neutral (strayDays)
			temporal("2", "2017-01-05T22:30:00Z"),
		}, []string{"2017-01-05", "2017-01-05T22:30:00Z"}, nil},
		{"a day west of UTC runs into the next UTC morning", []claims.Claim{
			temporal("1", "2017-01-05", zonedDay("2017-01-05", -5)),
			temporal("2", "2017-01-06T03:00:00Z"),
		}, nil, nil},
		{"a day west of UTC has not begun at 03:00 GMT", []claims.Claim{
			temporal("1", "2017-01-05", zonedDay("2017-01-05", -5)),
			temporal("1b", "2017-01-05", zonedDay("2017-01-05", -5)), // two accounts: a day on one beside hours is neutral (strayDays)
			temporal("2", "2017-01-05T03:00:00Z"),
		}, []string{"2017-01-05", "2017-01-05T03:00:00Z"}, nil},
		{"one claim of the day without a zone leaves it any zone's", []claims.Claim{
			temporal("1", "2017-01-05", zonedDay("2017-01-05", 0)),
			temporal("2", "2017-01-05"),
			temporal("3", "2017-01-06T06:00:00Z"),
		}, nil, nil},
		{"zoned bounds that are not the day are not trusted", []claims.Claim{
			temporal("1", "2017-01-05", bounds(1483574400, 1484179200), func(c *claims.Claim) { c.Zoned = true }),
			temporal("2", "2017-01-06T06:00:00Z"),
		}, nil, nil},
		{"two zoned days compare as dates", []claims.Claim{
			temporal("1", "2017-01-05", zonedDay("2017-01-05", 3)),
			temporal("2", "2017-01-06", zonedDay("2017-01-06", 3)),
		}, []string{"2017-01-05", "2017-01-06"}, nil},
		{"a zoned month against an instant of the next month's first hours", []claims.Claim{
			temporal("1", "2017-01", func(c *claims.Claim) {
				c.Low, c.High, c.Zoned = 1483228800, 1485907200, true // January in UTC
			}),
			temporal("1b", "2017-01", func(c *claims.Claim) {
				c.Low, c.High, c.Zoned = 1483228800, 1485907200, true // January in UTC
			}),
			temporal("2", "2017-02-01T05:00:00Z"),
		}, []string{"2017-01", "2017-02-01T05:00:00Z"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSides(t, accumulate(tt.claims).Disagreements(nil), tt.wantSides, tt.wantNeutral)
		})
	}
}

// checkSides compares the values of a key's sides and neutral values with what is wanted; nil
// sides: no disagreement.
func checkSides(t *testing.T, got []Disagreement, wantSides, wantNeutral []string) {
	t.Helper()
	checkSideValues(t, got, wantSides)
	if wantSides == nil {
		return
	}
	if diff := cmp.Diff(wantNeutral, sideValues(got[0].Neutral)); diff != "" {
		t.Errorf("neutral (-want +got):\n%s", diff)
	}
}

// checkSideValues is checkSides without the neutral values.
func checkSideValues(t *testing.T, got []Disagreement, wantSides []string) {
	t.Helper()
	if wantSides == nil {
		if len(got) != 0 {
			t.Fatalf("want no disagreement, got sides %v", sideValues(got[0].Sides))
		}
		return
	}
	if len(got) != 1 {
		t.Fatalf("want one disagreement, got %d", len(got))
	}
	if diff := cmp.Diff(wantSides, sideValues(got[0].Sides)); diff != "" {
		t.Errorf("sides (-want +got):\n%s", diff)
	}
}

func TestCoarserTimesFoldIntoTheSideTheyRestate(t *testing.T) {
	tests := []struct {
		name         string
		claims       []claims.Claim
		wantSides    []string
		wantNeutral  []string
		wantRestated map[string][]string // side value → values folded into it
	}{
		{"a day restating one of two instants joins its side", []claims.Claim{
			temporal("1", "2017-01-05T17:00:00Z"),
			temporal("2", "2017-01-06T05:00:00Z"),
			temporal("3", "2017-01-05", zonedDay("2017-01-05", 0)),
		}, []string{"2017-01-05T17:00:00Z", "2017-01-06T05:00:00Z"}, nil,
			map[string][]string{"2017-01-05T17:00:00Z": {"2017-01-05"}}},
		{"a day holding both instants stays neutral", []claims.Claim{
			temporal("1", "2017-01-05T09:00:00Z"),
			temporal("2", "2017-01-05T19:00:00Z"),
			temporal("3", "2017-01-05", zonedDay("2017-01-05", 2)),
		}, []string{"2017-01-05T09:00:00Z", "2017-01-05T19:00:00Z"}, []string{"2017-01-05"}, nil},
		{"a day opposing what its instant does not stays a side", []claims.Claim{
			temporal("1", "2017-01-05T17:00:00Z"),
			temporal("2", "2017-01-05", zonedDay("2017-01-05", 0)),
			temporal("3", "2017-01-06"),
		}, []string{"2017-01-05", "2017-01-06"}, []string{"2017-01-05T17:00:00Z"}, nil},
		{"a month and its day both fold into the instant they hold", []claims.Claim{
			temporal("1", "2017-01-05T17:00:00Z"),
			temporal("2", "2017-02-09T05:00:00Z"),
			temporal("3", "2017-01-05", zonedDay("2017-01-05", 0)),
			temporal("4", "2017-01"),
		}, []string{"2017-01-05T17:00:00Z", "2017-02-09T05:00:00Z"}, nil,
			map[string][]string{"2017-01-05T17:00:00Z": {"2017-01", "2017-01-05"}}},
		{"a weekday of an undated article restating its time", []claims.Claim{
			temporal("1", "unresolved:Sat 20:00"),
			temporal("2", "unresolved:Sun 09:00"),
			temporal("3", "unresolved:Saturday"),
		}, []string{"unresolved:Sat 20:00", "unresolved:Sun 09:00"}, nil,
			map[string][]string{"unresolved:Sat 20:00": {"unresolved:Saturday"}}},
		// "The truce starts at midnight Wednesday" (tishrin's State Department) read as a bare
		// Wednesday and as 14:00 on Tuesday: the day and the hour are one voice, which says
		// nothing of whether they agree; the day restates the midnight it holds, and the hour,
		// told once against a corroborated dispute, is a lone outlier.
		{"a day read with a wrong hour from one sentence restates the instant it holds", []claims.Claim{
			temporal("1", "2017-01-05T21:00:00Z"), temporal("2", "2017-01-05T21:00:00Z"),
			temporal("3", "2017-01-06T03:00:00Z"), temporal("4", "2017-01-06T03:00:00Z"),
			temporal("5", "2017-01-05", zonedDay("2017-01-05", 0), article("a-5", "acc-5"), speaker("sp-5", "State")),
			temporal("6", "2017-01-04T14:00:00Z", article("a-5", "acc-5"), speaker("sp-5", "State")),
		}, []string{"2017-01-05T21:00:00Z", "2017-01-06T03:00:00Z"}, []string{"2017-01-04T14:00:00Z"},
			map[string][]string{"2017-01-05T21:00:00Z": {"2017-01-05"}}},
		// The same day and hour told by two voices: the day opposes the hour, as its instant does.
		{"a day and a wrong hour from two voices", []claims.Claim{
			temporal("1", "2017-01-05T21:00:00Z"), temporal("2", "2017-01-05T21:00:00Z"),
			temporal("3", "2017-01-06T03:00:00Z"), temporal("4", "2017-01-06T03:00:00Z"),
			temporal("5", "2017-01-05", zonedDay("2017-01-05", 0)),
			temporal("6", "2017-01-04T14:00:00Z"),
		}, []string{"2017-01-05T21:00:00Z", "2017-01-06T03:00:00Z"}, []string{"2017-01-04T14:00:00Z"},
			map[string][]string{"2017-01-05T21:00:00Z": {"2017-01-05"}}},
		{"numeric intervals are not folded", valuesOfKind(KindNumeric, "[28,31]", "30", "10"),
			[]string{"10", "30", "[28,31]"}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := accumulate(tt.claims).Disagreements(nil)
			checkSides(t, got, tt.wantSides, tt.wantNeutral)
			if len(got) != 1 {
				return
			}
			for _, s := range got[0].Sides {
				for _, other := range s.Opposes {
					if !containsValue(got[0].Sides, other) {
						t.Errorf("side %s opposes %s, which is no side", s.Value, other)
					}
				}
			}
			if diff := cmp.Diff(tt.wantRestated, restatedOf(got[0].Sides), cmpEmptyMap); diff != "" {
				t.Errorf("restated (-want +got):\n%s", diff)
			}
		})
	}
}

// restatedOf maps each side's value to the other forms it restates (sides restating none left out).
func restatedOf(sides []Side) map[string][]string {
	out := map[string][]string{}
	for _, s := range sides {
		if len(s.Restated) > 0 {
			out[s.Value] = s.Restated
		}
	}
	return out
}

var cmpEmptyMap = cmp.FilterValues(func(x, y map[string][]string) bool { return len(x) == 0 && len(y) == 0 },
	cmp.Comparer(func(_, _ map[string][]string) bool { return true }))

func containsValue(sides []Side, v string) bool {
	for _, s := range sides {
		if s.Value == v {
			return true
		}
	}
	return false
}

func TestFoldedValueSupportsItsSide(t *testing.T) {
	cs := []claims.Claim{
		temporal("inst", "2017-01-05T17:00:00Z", speaker("houthis", "Houthis"), article("a1", "acc1")),
		temporal("other", "2017-01-06T05:00:00Z", speaker("yemeni_government", "Yemeni government"), article("a2", "acc2")),
		temporal("day", "2017-01-05", zonedDay("2017-01-05", 0), speaker("un", "UN envoy"), article("a3", "acc3"),
			valueLabel("5 January")),
	}
	got := accumulate(cs).Disagreements(nil)
	if len(got) != 1 {
		t.Fatalf("want one disagreement, got %d", len(got))
	}
	side := got[0].Sides[0]
	want := Side{
		Value: "2017-01-05T17:00:00Z", ValueLabel: "2017-01-05T17:00:00Z", Kind: KindTemporal,
		Low: 1483635600, High: 1483635600,
		ClaimIDs: []string{"day", "inst"}, ArticleIDs: []string{"a1", "a3"},
		Speakers: []string{"houthis", "un"}, SpeakerLabels: []string{"Houthis", "UN envoy"},
		Accounts: []string{"acc1", "acc3"}, Asserted: 2, Quoted: 2, Weight: SideWeight(2, 2),
		Opposes: []string{"2017-01-06T05:00:00Z"}, Restated: []string{"2017-01-05"},
	}
	if diff := cmp.Diff(want, side); diff != "" {
		t.Errorf("side (-want +got):\n%s", diff)
	}
	if len(got[0].Neutral) != 0 {
		t.Errorf("the folded day should not be neutral: %v", sideValues(got[0].Neutral))
	}
}

func TestZonedTalliesMergeInAnyOrder(t *testing.T) {
	var cs []claims.Claim
	for i := range 30 {
		switch i % 3 {
		case 0:
			cs = append(cs, temporal(fmt.Sprint("d", i), "2017-01-05", zonedDay("2017-01-05", 0)))
		case 1:
			cs = append(cs, temporal(fmt.Sprint("i", i), "2017-01-05T17:00:00Z"))
		default:
			cs = append(cs, temporal(fmt.Sprint("j", i), "2017-01-06T05:00:00Z"))
		}
	}
	want := accumulate(cs).Disagreements(nil)
	for split := range len(cs) {
		got := Merge(accumulate(cs[split:]), accumulate(cs[:split])).Disagreements(nil)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("split %d (-single +merged):\n%s", split, diff)
		}
	}
	// One unzoned claim of the day, in any part, makes the day any zone's.
	late := temporal("late", "2017-01-05")
	for _, acc := range []Accumulator{
		Merge(accumulate(cs), accumulate([]claims.Claim{late})),
		Merge(accumulate([]claims.Claim{late}), accumulate(cs)),
	} {
		if d := acc.Disagreements(nil); len(d) != 1 || len(d[0].Sides[0].Restated) != 0 {
			t.Errorf("with an unzoned claim the day should be neutral: %+v", d)
		}
	}
}
