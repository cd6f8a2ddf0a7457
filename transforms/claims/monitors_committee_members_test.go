package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tanaqud/tanaqud/schemas"
)

// A monitoring committee written with its members in the same phrase: the committee and the
// members (monitors_committee_members.go). Witnesses: kirkuk kk_008, kk_012; manipur mp_008;
// blacksea bs_001, bs_002, bs_006; lasanod ls_004; the chair ("led by", "برئاسة"): haiti ht_030,
// mindanao mn_008 ("بقيادة ماليزية"). Probes from other wars: a committee of another
// matter, a negated or refused one, a membership word after a body that does not monitor.
func TestCommitteeMembersMonitor(t *testing.T) {
	x := withGazetteerFile(t, "zz_committee.json", `{"entities": [
 {"id": "zz_karabakh_centre", "type": "organization", "role": "monitor",
  "label": {"en": "joint monitoring centre", "ar": "مركز المراقبة المشترك"},
  "aliases": {"en": ["the joint monitoring centre"], "ar": ["مركز المراقبة المشترك"]}, "affiliation": "",
  "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "azerbaijan"}]}`)
	const karabakhLead = "Armenia and Azerbaijan agreed to a ceasefire in Karabakh on Tuesday. "
	const karabakhLeadAr = "اتفقت أرمينيا وأذربيجان على وقف لإطلاق النار في قره باغ يوم الثلاثاء. "
	cases := []struct {
		name, lang, text string
		want             []string
	}{
		{"which brings together", "en", karabakhLead + "The joint monitoring centre, which brings together officers from Russia and Turkey, will monitor the truce, the Kremlin said.",
			[]string{"russia,turkey,zz_karabakh_centre@kremlin"}},
		{"made up of, after a holder link", "en", karabakhLead + "Monitoring falls to the joint monitoring centre made up of Russian and Turkish officers, Azerbaijan said.",
			[]string{"russia,turkey,zz_karabakh_centre@azerbaijan"}},
		{"staffed by, after its seat", "en", karabakhLead + "The truce will be monitored by the joint monitoring centre in Baku staffed by Russian and Turkish officers, Azerbaijan said.",
			[]string{"russia,turkey,zz_karabakh_centre@azerbaijan"}},
		{"arabic: التي تضم ... ممثلين عن", "ar", karabakhLeadAr + "وقالت أذربيجان إن مركز المراقبة المشترك، الذي يضم ضباطاً من روسيا وممثلين عن تركيا، سيتولى مراقبة الهدنة.",
			[]string{"russia,turkey,zz_karabakh_centre@azerbaijan"}},
		{"no membership phrase: the centre alone", "en", karabakhLead + "The joint monitoring centre will monitor the truce together with Russian officers, Azerbaijan said.",
			[]string{"russia,zz_karabakh_centre@azerbaijan"}},
		{"led by, set off by commas", "en", karabakhLead + "The joint monitoring centre, led by Russia, will monitor compliance, Azerbaijan said.",
			[]string{"russia,zz_karabakh_centre@azerbaijan"}},
		{"arabic: برئاسة", "ar", karabakhLeadAr + "وقالت أذربيجان إن مركز المراقبة المشترك برئاسة روسيا سيتولى مراقبة الهدنة.",
			[]string{"russia,zz_karabakh_centre@azerbaijan"}},
		{"probe: a that clause after the body", "ar", karabakhLeadAr + "وأكد مركز المراقبة المشترك من جهته أن تركيا ستراقب الهدنة.",
			[]string{"turkey@zz_karabakh_centre"}},
		{"arabic: وعن inside the phrase names a member, not the speaker", "ar", karabakhLeadAr + "وقالت أذربيجان إن مركز المراقبة المشترك، الذي يضم ممثلين عن الطرفين وعن روسيا، سيتولى مراقبة الهدنة.",
			[]string{"russia,zz_karabakh_centre@azerbaijan"}},
		{"probe: وعن after a verb of transmission still attributes", "ar", karabakhLeadAr + "ونقلت الوكالة وعن روسيا أن مركز المراقبة المشترك سيتولى مراقبة الهدنة.",
			[]string{"zz_karabakh_centre@russia"}},
		{"probe: a committee of another matter", "en", karabakhLead + "A committee made up of Russian and Turkish officials will investigate the shelling of Stepanakert, Azerbaijan said.",
			nil},
		{"probe: negated", "en", karabakhLead + "The joint monitoring centre, which brings together Russian and Turkish officers, will not monitor the truce, Armenia said.",
			nil},
		{"probe: arabic negated", "ar", karabakhLeadAr + "وقالت أرمينيا إن مركز المراقبة المشترك، الذي يضم ضباطاً من روسيا وتركيا، لن يتولى مراقبة الهدنة.",
			nil},
		{"probe: the members of the talks, not of the monitor", "en", karabakhLead + "Talks comprising Russian and Turkish envoys opened in Moscow, while the joint monitoring centre will monitor the truce, Azerbaijan said.",
			[]string{"zz_karabakh_centre@azerbaijan"}},
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
