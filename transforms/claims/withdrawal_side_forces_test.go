package claims

// Which force a truce side is when "both forces" / "both parties ... their forces" withdraw
// (bothSidesForces): a party with several forces is the one its gazetteer entry names as its
// army (a regular unit beside special forces), never its country's army. Probes: the same
// parties with no army named (no side's force is known: nothing), a call on both sides (no
// term), another verb between.

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tanaqud/tanaqud/schemas"
)

const sideForcesGazetteer = `{"entities": [
 {"id": "zz_cedar_front", "type": "organization", "role": "other", ARMY_FRONT
  "label": {"en": "Cedar Front", "ar": "جبهة الأرز"}, "aliases": {"en": ["the Cedar Front"], "ar": ["جبهة الأرز"]},
  "affiliation": "", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "lebanon"},
 {"id": "zz_mountain_union", "type": "organization", "role": "other", ARMY_UNION
  "label": {"en": "Mountain Union", "ar": "اتحاد الجبل"}, "aliases": {"en": ["the Mountain Union"], "ar": ["اتحاد الجبل"]},
  "affiliation": "", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "lebanon"},
 {"id": "zz_cedar_brigade", "type": "military", "role": "other", "label": {"en": "Cedar Brigade", "ar": "لواء الأرز"},
  "aliases": {"en": ["the Cedar Brigade"], "ar": ["لواء الأرز"]}, "affiliation": "zz_cedar_front", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "lebanon"},
 {"id": "zz_cedar_guard", "type": "military", "role": "other", "label": {"en": "Cedar Guard", "ar": "حرس الأرز"},
  "aliases": {"en": ["the Cedar Guard"], "ar": ["حرس الأرز"]}, "affiliation": "zz_cedar_front", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "lebanon"},
 {"id": "zz_mountain_brigade", "type": "military", "role": "other", "label": {"en": "Mountain Brigade", "ar": "لواء الجبل"},
  "aliases": {"en": ["the Mountain Brigade"], "ar": ["لواء الجبل"]}, "affiliation": "zz_mountain_union", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "lebanon"},
 {"id": "zz_mountain_guard", "type": "military", "role": "other", "label": {"en": "Mountain Guard", "ar": "حرس الجبل"},
  "aliases": {"en": ["the Mountain Guard"], "ar": ["حرس الجبل"]}, "affiliation": "zz_mountain_union", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "lebanon"}]}`

func sideForcesExtractor(t *testing.T, armies bool) *Extractor {
	g := sideForcesGazetteer
	front, union := "", ""
	if armies {
		front, union = `"army": "zz_cedar_brigade",`, `"army": "zz_mountain_brigade",`
	}
	for _, r := range [][2]string{{"ARMY_FRONT", front}, {"ARMY_UNION", union}} {
		g = replaceOnce(g, r[0], r[1])
	}
	return withGazetteerFile(t, "zz_side_forces.json", g)
}

func replaceOnce(s, old, new string) string {
	for i := 0; i+len(old) <= len(s); i++ {
		if s[i:i+len(old)] == old {
			return s[:i] + new + s[i+len(old):]
		}
	}
	return s
}

func TestWithdrawalSideForces(t *testing.T) {
	const cedarLead = "The Cedar Front and the Mountain Union agreed to a ceasefire in Aley on Tuesday after three days of clashes between their units. "
	const cedarLeadAr = "اتفقت جبهة الأرز واتحاد الجبل على وقف لإطلاق النار في عاليه يوم الثلاثاء بعد ثلاثة أيام من الاشتباكات. "
	cases := []struct {
		name, lang, text string
		armies           bool
		want             []string
	}{
		{"two parties' named armies", "en", cedarLead + "Both forces are to pull back to the positions they held before Sunday, the statement said.", true,
			[]string{"zz_cedar_brigade=required@outlet", "zz_mountain_brigade=required@outlet"}},
		{"arabic forces of the two sides", "ar", cedarLeadAr + "وقال البيان إن على قوات الطرفين العودة إلى المواقع التي كانت فيها قبل يوم الأحد.", true,
			[]string{"zz_cedar_brigade=required@outlet", "zz_mountain_brigade=required@outlet"}},
		// Probes.
		{"parties with no army named", "en", cedarLead + "Both forces are to pull back to the positions they held before Sunday, the statement said.", false,
			nil},
		{"a call on both sides", "en", cedarLead + "The UN urged both forces to pull back to the positions they held before Sunday.", true,
			nil},
		{"both forces discussed", "en", cedarLead + "Both forces discussed pulling back from the hills.", true,
			nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			x := sideForcesExtractor(t, tc.armies)
			got := brief(x.Analyze(schemas.Article{ID: "t", Lang: tc.lang, Text: tc.text}).Claims, "ceasefire.withdrawal")
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nclaims mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
