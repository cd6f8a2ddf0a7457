package claims

import (
	"slices"
	"testing"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/sentences"
)

// entityIDsMatched lists the entities sentence text names (its entity hits once matched).
func entityIDsMatched(x *Extractor, lang, text string) []string {
	a := schemas.Article{ID: "t", Lang: lang, Text: text}
	l := x.language(a)
	sc := x.getScratch()
	defer x.putScratch(sc)
	var ids []string
	for i, s := range sentences.Split(text) {
		si := &sentInfo{}
		si.norm = x.norm.Normalize(s.Text)
		x.prepare(sc, l, s, i, si)
		for _, h := range si.entHits {
			ids = append(ids, l.entities[h.idx].ID)
		}
	}
	return ids
}

// A relative adjective or a family name formed from a place's name (nisba) names no place:
// real sentences of several development sets, and near misses where the place is read.
func TestNisbaNamesNoPlace(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		name, text, id string
		want           bool
	}{
		{"family name after a given name (blacksea)", "وقال الخبير في الشؤون الروسية سامر الحلبي إن الهدنة هشة.", "aleppo", false},
		{"the person is still named", "وقال الخبير في الشؤون الروسية سامر الحلبي إن الهدنة هشة.", "samer_al_halabi", true},
		{"family name alone after a verb (ainhilweh)", "وأضاف القدسي أن مدة الهدنة شهر.", "jerusalem", false},
		{"family name without the article (sinjar)", "واعتبر شنكالي أن الاتفاق لم يطبق.", "sinjar", false},
		{"adjective of a noun (hormuz, redsea)", "وعقدت المحادثات المباشرة في العاصمة العمانية مطلع أيلول.", "amman", false},
		{"adjective of a person (marib)", "وقالت المصادر إن الوسيط العماني اقترح هدنة.", "amman", false},
		{"adjective of a place noun with the article (suwayda)", "وتمركزت القوات في المنطقة الجنوبية للمدينة.", "south_lebanon", false},
		{"near miss: the place after a preposition", "ووصل الوفد إلى حلب أمس.", "aleppo", true},
		{"near miss: a place noun in construct (somalia)", "واندلعت اشتباكات في محيط مدينة بارديري، حيث تتمركز القوات.", "bardhere", true},
		{"near miss: a district in construct (somalia)", "بما في ذلك مديرية بارديري.", "bardhere", true},
		{"near miss: a name of two words whose last is the adjective (pattani)", "وتنشط الجماعات في ولايات الجنوب التايلاندي ذات الغالبية المسلمة.", "deep_south", true},
		{"near miss: the place's own name ends like an adjective (lebanon)", "ووصلت القوات إلى نهر الليطاني.", "litani", true},
		{"near miss: the place's own name ends like an adjective, no preposition", "وقصفت الطائرات القاسمية.", "qasmiyeh_bridge", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := slices.Contains(entityIDsMatched(x, "ar", tc.text), tc.id); got != tc.want {
				t.Errorf("%s: %s named = %v, want %v (%v)", tc.text, tc.id, got, tc.want, entityIDsMatched(x, "ar", tc.text))
			}
		})
	}
}

// A new war's file whose town's adjective is a common family name («زبار»: «الزباري»), in
// another country than the older wars.
const zabarWarFile = `{"entities": [
 {"id": "ab_zabar", "type": "city", "role": "other",
  "label": {"en": "Zabar", "ar": "زبار"}, "aliases": {"en": [], "ar": []},
  "affiliation": "", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "cameroon"},
 {"id": "ab_zabar_hills", "type": "region", "role": "other",
  "label": {"en": "Zabar hills", "ar": "تلال زبار"}, "aliases": {"en": [], "ar": []},
  "affiliation": "", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "cameroon"}
]}`

// A family name or an adjective formed from a new war's town names no place of it in an older
// war's coverage: the article's theatre, and so its clock, stays its own. Read as the town only
// after a preposition or in construct after a place noun.
func TestNisbaOfNewWarsPlaceLeavesOlderCoverage(t *testing.T) {
	x := withGazetteerFiles(t, map[string]string{"ab_zabar.json": zabarWarFile})
	runCasesOn(t, x, []mechanismCase{
		{"a family name after a title and a given name", "ar", "2027-03-12T09:30:00Z",
			`قالت شركة نفط البصرة إنها لم تستأنف العمل في حقل مجنون. وقال الشيخ محمد الزباري إن الهدنة العشائرية دخلت حيز التنفيذ في السادسة من صباح الخميس.`,
			"ceasefire.start_time", []string{"2027-03-11T03:00:00Z@basra_oil_company"}},
		{"near miss: the town after a preposition", "ar", "2027-03-12T09:30:00Z",
			`اتفق الجيش والمسلحون على هدنة في زبار. ودخلت الهدنة حيز التنفيذ في السادسة من صباح الخميس.`,
			"ceasefire.start_time", []string{"2027-03-11T05:00:00Z@outlet"}},
	})
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"وأضاف الزباري أن الهدنة صامدة.", false},
		{"ووصلت القوات إلى مدينة زبار.", true},
		{"واندلعت الاشتباكات في محيط مدينة زباري.", true},
	} {
		if got := slices.Contains(entityIDsMatched(x, "ar", tc.text), "ab_zabar"); got != tc.want {
			t.Errorf("%s: ab_zabar named = %v, want %v", tc.text, got, tc.want)
		}
	}
}
