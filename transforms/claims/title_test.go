package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tanaqud/tanaqud/schemas"
)

// TestTitleNamesTheCeasefire: an item whose headline names the truce and whose text speaks only
// of "the agreement" is ceasefire coverage, and so is one that names the deal with what it
// provides; otherwise the agreement could be any deal, and the same text gives nothing.
func TestTitleNamesTheCeasefire(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		name, lang, title, text, topic string
		want                           []string
	}{
		{"english headline", "en", "Syria truce takes hold", "The deal lasts 30 days, the Syrian army said.", "ceasefire.duration",
			[]string{"30@syrian_army"}},
		{"english headline about something else", "en", "Syria and Turkey sign trade accord", "The deal lasts 30 days, the Syrian army said.", "ceasefire.duration",
			nil},
		{"no headline", "en", "", "The deal lasts 30 days, the Syrian army said.", "ceasefire.duration",
			nil},
		{"english headline, signing the agreement", "en", "Syria truce takes hold", "The Syrian government and the armed opposition signed the agreement in Ankara on Thursday.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic headline", "ar", "الهدنة في سوريا تدخل يومها الثاني", "وقال الجيش السوري إن الاتفاق يسري لمدة ثلاثين يوماً.", "ceasefire.duration",
			[]string{"30@syrian_army"}},
		{"arabic, no headline", "ar", "", "وقال الجيش السوري إن الاتفاق يسري لمدة ثلاثين يوماً.", "ceasefire.duration",
			nil},
		// No headline, but the deal is named with what it provides: it is the truce.
		{"a deal with a provision", "en", "", "The deal, signed in Ankara on Thursday, provides for the release of all prisoners. It lasts 30 days, the Syrian army said.", "ceasefire.duration",
			[]string{"30@syrian_army"}},
		{"a deal with a provision, arabic", "ar", "", "وقال الجيش السوري إن الاتفاق ينص على تبادل الأسرى. ويسري الاتفاق لمدة ثلاثين يوماً.", "ceasefire.duration",
			[]string{"30@outlet"}},
		{"a deal signed between two states provides nothing a truce does", "en", "", "The trade deal signed in Ankara on Thursday cuts tariffs on steel. It lasts 30 days, the Syrian army said.", "ceasefire.duration",
			nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := schemas.Article{ID: "t", Lang: tc.lang, Title: tc.title, Text: tc.text}
			got := brief(x.Analyze(a).Claims, tc.topic)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s | %s\n%s: claims mismatch (-want +got):\n%s", tc.title, tc.text, tc.topic, diff)
			}
		})
	}
}
