package claims

// A broker's name that only coverage of its own country gives it ("المجلس الرئاسي", "army
// intelligence") is a set member when it is qualified (two words or more besides articles); a
// bare head noun ("المجلس", "the ministry") and a side's own body are not. And برعاية/"under the
// auspices of" after a meeting named before it in its clause sponsors that meeting (the talks),
// not the deal named further on.

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tanaqud/tanaqud/schemas"
)

const qualifiedContextGazetteer = `{"entities": [
 {"id": "zz_accord_council", "type": "government", "role": "mediator",
  "label": {"en": "Yemeni National Accord Council", "ar": "مجلس الوفاق الوطني اليمني"},
  "aliases": {"en": [], "ar": []}, "affiliation": "",
  "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "yemen",
  "context_aliases": {"en": ["the Accord Council", "the council"], "ar": ["مجلس الوفاق", "المجلس"]}},
 {"id": "zz_border_intelligence", "type": "military", "role": "mediator",
  "label": {"en": "Yemeni border intelligence directorate", "ar": "مديرية استخبارات الحدود اليمنية"},
  "aliases": {"en": [], "ar": []}, "affiliation": "",
  "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "yemen",
  "context_aliases": {"en": ["border intelligence", "the intelligence"], "ar": ["استخبارات الحدود"]}},
 {"id": "zz_yemeni_defence_ministry", "type": "government", "role": "government",
  "label": {"en": "Yemeni defence ministry", "ar": "وزارة الدفاع اليمنية"},
  "aliases": {"en": [], "ar": []}, "affiliation": "",
  "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "yemen",
  "context_aliases": {"en": ["the defence ministry"], "ar": ["وزارة الدفاع"]}}]}`

func TestSetsQualifiedContextAlias(t *testing.T) {
	x := withGazetteerFile(t, "zz_qualified.json", qualifiedContextGazetteer)
	lead := "The Houthis and the Yemeni government agreed to a ceasefire in Hodeidah on Tuesday. "
	leadAr := "اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار في الحديدة يوم الثلاثاء. "
	cases := []struct {
		name, lang, text, topic string
		want                    []string
	}{
		{"arabic dual verb, a state and the council", "ar",
			leadAr + "وأضاف المتحدث أن سلطنة عمان ومجلس الوفاق يضمنان تنفيذ الاتفاق.", "ceasefire.guarantors",
			[]string{"oman,zz_accord_council@outlet"}},
		{"arabic relative clause, sponsored by the council and a state", "ar",
			leadAr + "وأعلن الحوثيون التزامهم بالاتفاق «الذي رعاه مجلس الوفاق وسلطنة عمان».", "ceasefire.mediators",
			[]string{"oman,zz_accord_council@houthis"}},
		{"english, guarantor together with a qualified body", "en",
			lead + "Oman, the envoy said, would stand as guarantor together with border intelligence.", "ceasefire.guarantors",
			[]string{"oman,zz_border_intelligence@oman"}},
		// Probes: a bare head noun, a side's own ministry.
		{"arabic bare council is no member", "ar",
			leadAr + "وأضاف المتحدث أن سلطنة عمان والمجلس يضمنان تنفيذ الاتفاق.", "ceasefire.guarantors",
			[]string{"oman@outlet"}},
		{"a side's ministry named by context is no guarantor", "en",
			lead + "Oman, the envoy said, would stand as guarantor together with the defence ministry.", "ceasefire.guarantors",
			[]string{"oman@oman"}},
		{"english, together with a bare context alias", "en",
			lead + "Oman, the envoy said, would stand as guarantor together with the intelligence.", "ceasefire.guarantors",
			[]string{"oman@oman"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := brief(x.Analyze(schemas.Article{ID: "t", Lang: tc.lang, Text: tc.text}).Claims, tc.topic)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nclaims mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestSponsorOfMeetingBefore: برعاية / "under the auspices of" after a meeting named earlier in
// its clause, past a relative clause or a date, sponsors the meeting; after a comma it still
// does when the truce is named only further on.
func TestSponsorOfMeetingBefore(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic meetings hosted by a city under a state's auspices", "ar", "",
			"أعلن الحوثيون أنه، بعد لقاءات احتضنتها العاصمة مسقط اليوم الثلاثاء برعاية سلطنة عمان، تم التوصل إلى اتفاق لوقف إطلاق النار في الحديدة.", "talks.sponsors",
			[]string{"oman@houthis"}},
		{"arabic meeting, comma, under auspices, then the truce", "ar", "",
			"تستضيف مسقط ظهر اليوم اجتماعاً موسعاً لممثلي الطرفين، برعاية سلطنة عمان، للبحث في آليات تثبيت وقف إطلاق النار في الحديدة.", "talks.sponsors",
			[]string{"oman@outlet"}},
		// Probes: the cue on the truce itself, and a meeting in another sentence part.
		{"arabic the truce under auspices, the meeting after", "ar", "",
			"تم التوصل إلى اتفاق لوقف إطلاق النار في الحديدة برعاية سلطنة عمان، بعد لقاءات استمرت يومين.", "talks.sponsors",
			nil},
		{"english a meeting ended, then the truce brokered under auspices", "en", "",
			"The meeting ended on Monday. The ceasefire in Hodeidah was reached under the auspices of Oman, the Houthis said.", "talks.sponsors",
			nil},
	})
}
