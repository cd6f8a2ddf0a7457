package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tanaqud/tanaqud/schemas"
)

// A monitoring body the gazetteer knows, told with its make-up and no monitoring word: the body
// and the names of its membership phrase (monitors_committee_makeup.go). Witnesses: lasanod
// ls_009 ("chaired by IGAD and made up of officers from both sides, held its first meeting"),
// pattani pt_014 ("would be made up of ISOC officers and BRN representatives"), cabinda cb_014
// (a side's armed group among the officers), ituri it_025, zamfara zf_009, zf_033, mindanao
// mn_012, agadez ag_023 («لجنة مشتركة من ضباط الطرفين برئاسة جزائرية»), sulaymaniyah sl_038
// (the chair's body). Probes: a body of another role, a committee with no names, a negated
// make-up, a body that monitors something else is no gazetteer monitor.
func TestCommitteeMakeupMonitors(t *testing.T) {
	x := withGazetteerFile(t, "zz_makeup.json", `{"entities": [
 {"id": "zz_karabakh_jmc", "type": "organization", "role": "monitor",
  "label": {"en": "Joint Monitoring Commission", "ar": "لجنة المراقبة المشتركة"},
  "aliases": {"en": ["Joint Monitoring Commission", "the Joint Monitoring Commission"], "ar": ["لجنة المراقبة المشتركة"]}, "affiliation": "",
  "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "azerbaijan"},
 {"id": "zz_karabakh_talks_committee", "type": "organization", "role": "other",
  "label": {"en": "Joint Drafting Committee", "ar": "لجنة الصياغة المشتركة"},
  "aliases": {"en": ["Joint Drafting Committee", "the Joint Drafting Committee"], "ar": ["لجنة الصياغة المشتركة"]}, "affiliation": "",
  "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "azerbaijan"}]}`)
	const lead = "Armenia and Azerbaijan agreed to a ceasefire in Karabakh on Tuesday. "
	const leadAr = "اتفقت أرمينيا وأذربيجان على وقف لإطلاق النار في قره باغ يوم الثلاثاء. "
	cases := []struct {
		name, lang, text string
		want             []string
	}{
		{"chaired by, met: no monitoring word", "en", lead + "The Joint Monitoring Commission, chaired by Russia and made up of officers from both sides, held its first meeting in Stepanakert on Thursday.",
			[]string{"russia,zz_karabakh_jmc@outlet"}},
		{"would be made up of", "en", lead + "Azerbaijan said the Joint Monitoring Commission would be made up of Russian and Turkish officers.",
			[]string{"russia,turkey,zz_karabakh_jmc@azerbaijan"}},
		{"arabic: برئاسة", "ar", leadAr + "وقالت أذربيجان إن لجنة المراقبة المشتركة برئاسة روسيا عقدت أول اجتماعاتها أمس.",
			[]string{"russia,zz_karabakh_jmc@azerbaijan"}},
		{"arabic: تضم", "ar", leadAr + "وقالت أذربيجان إن لجنة المراقبة المشتركة تضم ضباطاً من روسيا وتركيا.",
			[]string{"russia,turkey,zz_karabakh_jmc@azerbaijan"}},
		{"arabic: يرأسها, with a monitoring word", "ar", leadAr + "وقالت أذربيجان إن مراقبة تنفيذ الاتفاق تتولاها لجنة المراقبة المشتركة يرأسها ممثل عن روسيا.",
			[]string{"russia,zz_karabakh_jmc@azerbaijan"}},
		{"arabic: التي يرأسها ... ستضم", "ar", leadAr + "وقالت أذربيجان إن لجنة المراقبة المشتركة التي يرأسها ممثل عن روسيا ستضم مراقبين من تركيا.",
			[]string{"russia,turkey,zz_karabakh_jmc@azerbaijan"}},
		{"arabic: التي تقودها ... وتضم", "ar", leadAr + "وقالت أذربيجان إن لجنة المراقبة المشتركة، التي تقودها روسيا وتضم ضباطاً من تركيا، بدأت عملها.",
			[]string{"russia,turkey,zz_karabakh_jmc@azerbaijan"}},
		{"probe: the body with no names", "en", lead + "The Joint Monitoring Commission, made up of officers from both sides, held its first meeting on Thursday.",
			nil},
		{"probe: a body of another role", "en", lead + "The Joint Drafting Committee, made up of Russian and Turkish officers, held its first meeting on Thursday.",
			nil},
		{"probe: negated make-up", "en", lead + "Armenia said the Joint Monitoring Commission would not be made up of Russian officers.",
			nil},
		{"probe: arabic negated make-up", "ar", leadAr + "وقالت أرمينيا إن لجنة المراقبة المشتركة لن تضم ضباطاً من روسيا.",
			nil},
		{"a proposed make-up is proposed", "en", lead + "Armenia proposed that the Joint Monitoring Commission be made up of Russian and Turkish officers.",
			[]string{"russia,turkey,zz_karabakh_jmc@armenia~proposed"}},
		{"probe: a committee the gazetteer does not know", "en", lead + "A committee made up of Russian and Turkish officials will investigate the shelling of Stepanakert, Azerbaijan said.",
			nil},
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
