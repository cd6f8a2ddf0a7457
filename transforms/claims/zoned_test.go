package claims

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/tanaqud/tanaqud/schemas"
)

// TestTimesSayWhetherTheirZoneIsKnown: a day resolved in the theatre's zone (Yemen, UTC+3) is
// that zone's day and says so (Claim.Zoned), so that the comparison does not widen it to every
// zone; without a theatre the day is a UTC day of unknown zone.
func TestTimesSayWhetherTheirZoneIsKnown(t *testing.T) {
	x := extractor(t)
	type got struct {
		Value     string
		Low, High string
		Zoned     bool
	}
	tests := []struct {
		name, text string
		want       []got
	}{
		{"a weekday in the theatre's zone", yemenLead + "The ceasefire will take effect on Thursday.",
			[]got{{"2025-10-16", "2025-10-15T21:00:00Z", "2025-10-16T21:00:00Z", true}}},
		{"a clock time in the theatre's zone", yemenLead + "The ceasefire will take effect at 6 a.m. on Thursday.",
			[]got{{"2025-10-16T03:00:00Z", "2025-10-16T03:00:00Z", "2025-10-16T03:00:01Z", true}}},
		{"no theatre: a UTC day of unknown zone", "The ceasefire will take effect on Thursday, the mediators said.",
			[]got{{"2025-10-16", "2025-10-16T00:00:00Z", "2025-10-17T00:00:00Z", false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out []got
			for _, c := range x.Analyze(schemas.Article{ID: "t", Lang: "en", Published: pubTue, Text: tt.text}).Claims {
				if c.Topic == "ceasefire.start_time" {
					out = append(out, got{c.Value, time.Unix(int64(c.Low), 0).UTC().Format(time.RFC3339),
						time.Unix(int64(c.High), 0).UTC().Format(time.RFC3339), c.Zoned})
				}
			}
			if diff := cmp.Diff(tt.want, out); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
