package claims

// A name one event's gazetteer file gives a body outright and another's gives its own body as a
// context alias ("اللجنة الأمنية المشتركة", "the joint security committee"): in an article that
// names no place but names the second event's actors, the span is the second's body; the first's
// outright name wins only where its own country is named too.

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tanaqud/tanaqud/schemas"
)

// sharedCellGazetteer: one committee of an Iraqi event named outright, one of a Yemeni event
// named only in coverage of Yemen, both by the same words.
const sharedCellGazetteer = `{"entities": [
 {"id": "zz_iraqi_cell", "type": "organization", "role": "monitor",
  "label": {"en": "Basra joint ceasefire cell", "ar": "خلية وقف النار المشتركة في البصرة"},
  "aliases": {"en": ["joint ceasefire cell"], "ar": ["خلية وقف النار المشتركة"]}, "affiliation": "",
  "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "iraq"},
 {"id": "zz_yemeni_cell", "type": "organization", "role": "monitor",
  "label": {"en": "Hodeidah joint ceasefire cell", "ar": "خلية وقف النار المشتركة في الحديدة"},
  "aliases": {"en": [], "ar": []}, "affiliation": "",
  "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "yemen",
  "context_aliases": {"en": ["joint ceasefire cell", "the joint ceasefire cell"], "ar": ["خلية وقف النار المشتركة"]}}]}`

func TestSharedSpanGoesToTheNamedActorsCountry(t *testing.T) {
	x := withGazetteerFile(t, "zz_cells.json", sharedCellGazetteer)
	cases := []struct {
		name, lang, text string
		want             []string
	}{
		{"no place, the Yemeni side's actors named", "en",
			"The Houthis and the Yemeni government agreed to a truce on Tuesday. The ministry said the joint ceasefire cell will monitor compliance.",
			[]string{"zz_yemeni_cell@outlet"}},
		{"arabic, no place, the Yemeni actors named", "ar",
			"أعلنت الحكومة اليمنية والحوثيون التوصل إلى هدنة. وأضاف البيان أن خلية وقف النار المشتركة ستتولى مراقبة الهدنة.",
			[]string{"zz_yemeni_cell@yemeni_government"}},
		// Probes: the outright name stays its own body where its country is named.
		{"iraq named: the Iraqi cell", "en",
			"Iraqi forces and the militia agreed to a truce in Basra on Tuesday. The ministry said the joint ceasefire cell will monitor compliance.",
			[]string{"zz_iraqi_cell@iraqi_interior_ministry"}},
		{"no country named at all: the outright name", "en",
			"The two sides agreed to a truce on Tuesday. The ministry said the joint ceasefire cell will monitor compliance.",
			[]string{"zz_iraqi_cell@outlet"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := brief(x.Analyze(schemas.Article{ID: "t", Lang: tc.lang, Text: tc.text}).Claims, "ceasefire.monitors")
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nclaims mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
