package claims

// Which other countries an article ties its war to (Claim.WarCountries).

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tanaqud/tanaqud/schemas"
)

func TestWarCountries(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, lang, text string
		event            string
		want             []string
	}{
		{"the other side's army is named: its country", "en",
			"A ceasefire along the Line of Control in Kashmir took effect at midnight, the Indian army said. The Pakistani army said it would respect the truce.",
			"india", []string{"pakistan"}},
		{"a mediating state is named too: coverage keyed to it rejoins the war", "en",
			"A ceasefire in Kashmir took effect at midnight, the Indian army said, after mediation by Saudi Arabia.",
			"india", []string{"saudi_arabia"}},
		{"third parties that are not states name no country", "en",
			"A ceasefire in Kashmir took effect at midnight, the Indian army said. The United Nations welcomed it.",
			"india", nil},
		{"the truce placed in two states", "ar",
			"دخلت الهدنة بين أرمينيا وأذربيجان حيز التنفيذ منتصف الليل، وفق وزارة الدفاع الأذربيجانية.",
			"armenia", []string{"azerbaijan"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs := x.Analyze(schemas.Article{ID: "t", Lang: tc.lang, Text: tc.text}).Claims
			if len(cs) == 0 {
				t.Fatal("no claims")
			}
			for _, c := range cs {
				if c.Event != tc.event {
					t.Errorf("%s: event %q, want %q", c.Topic, c.Event, tc.event)
				}
				if diff := cmp.Diff(tc.want, c.WarCountries); diff != "" {
					t.Errorf("%s: war countries (-want +got):\n%s", c.Topic, diff)
				}
			}
		})
	}
}
