package claims

// Probes from Gaza, Sudan, Ukraine and Yemen coverage: a bare weekday in the clause of a
// past-tense predicate of talks held is the latest such day (published Tuesday 14 October 2025:
// Friday is the 10th, not the 17th), and the talks are held, not planned.

import (
	"testing"

	"github.com/tanaqud/tanaqud/schemas"
)

func TestTalksHeldWeekdayIsTheLatest(t *testing.T) {
	cases := []struct {
		name, lang, text, want string
	}{
		{"probe: Friday's talks ended (Gaza)", "en", "Friday's talks in Doha ended without agreement.", "2025-10-10"},
		{"probe: talks on Friday ended (Gaza)", "en", "Talks in Doha on Friday ended without agreement.", "2025-10-10"},
		{"probe: talks on Friday broke down (Sudan)", "en", "Talks in Jeddah on Friday broke down over the withdrawal of forces.", "2025-10-10"},
		{"probe: talks were held on Friday (Ukraine)", "en", "Talks between Russian and Ukrainian delegations were held in Istanbul on Friday.", "2025-10-10"},
		{"probe: انتهت ... يوم الجمعة (Gaza)", "ar", "انتهت محادثات الدوحة يوم الجمعة دون اتفاق.", "2025-10-10"},
		{"probe: اختتمت ... يوم الجمعة (Yemen)", "ar", "اختتمت المشاورات في مسقط يوم الجمعة دون اتفاق.", "2025-10-10"},
		// Kept: talks announced for later are the coming day.
		{"talks will resume on Friday (Gaza)", "en", "Talks in Doha will resume on Friday.", "2025-10-17"},
		{"talks that ended will resume Friday (Sudan)", "en", "Talks in Jeddah, which ended in deadlock last week, will resume on Friday.", "2025-10-17"},
		{"ستستأنف ... يوم الجمعة (Gaza)", "ar", "ستستأنف محادثات الدوحة يوم الجمعة.", "2025-10-17"},
	}
	x := extractor(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			pub := pubTue
			if tc.lang == "ar" {
				pub = pubTueAr
			}
			var got []string
			for _, c := range x.Analyze(schemas.Article{ID: "t", Lang: tc.lang, Published: pub, Text: tc.text}).Claims {
				if c.Topic == "talks.date" {
					got = append(got, c.Value+"/"+c.Round)
				}
			}
			want := tc.want + "/"
			if tc.want > "2025-10-14" {
				want += RoundPlanned
			}
			if len(got) != 1 || got[0] != want {
				t.Errorf("%s: talks.date %v, want [%s]", tc.text, got, want)
			}
		})
	}
}
