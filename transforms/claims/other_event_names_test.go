package claims

import (
	"testing"
)

// otherEventFile is what the gazetteer file of another event in the same country adds (a bank
// written later, sorted before the war's own file): a second force of the country, a group
// whose context alias is "the group", a second holder of an office the war's file knows, and a
// state's army beside the force of that state another war's file names.
const otherEventFile = `{"entities": [
 {"id": "aa_presidential_guard", "type": "military", "role": "government",
  "label": {"en": "Presidential Guard", "ar": "الحرس الرئاسي"}, "aliases": {"en": [], "ar": []},
  "affiliation": "yemeni_government", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "yemen"},
 {"id": "aa_southern_front", "type": "armed_group", "role": "armed_opposition",
  "label": {"en": "Southern Front", "ar": "الجبهة الجنوبية"}, "aliases": {"en": [], "ar": []},
  "context_aliases": {"en": ["the group"], "ar": ["الجبهة"]},
  "affiliation": "", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "yemen"},
 {"id": "aa_information_minister", "type": "person", "role": "government",
  "label": {"en": "Salem Baraas", "ar": "سالم برعص"}, "aliases": {"en": [], "ar": []},
  "affiliation": "yemeni_government", "title": {"en": "", "ar": "وزير الإعلام"}, "speaks_for": "", "country": "yemen"},
 {"id": "aa_turkish_armed_forces", "type": "military", "role": "other",
  "label": {"en": "Turkish Armed Forces", "ar": "القوات المسلحة التركية"}, "aliases": {"en": [], "ar": []},
  "affiliation": "turkey", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "turkey"}
]}`

// Names another event's file brings must not take over this war's coverage: the country's
// named army stays its army, "the group" is still the group just named, and an office's
// holder named in the article is the one who speaks under the title.
func TestOtherEventNamesLeaveThisWarAlone(t *testing.T) {
	x := withGazetteerFile(t, "aa_other_event.json", otherEventFile)
	runCasesOn(t, x, []mechanismCase{
		{"a demonym before a force noun is still the named army", "en", "",
			`The Houthis and the Yemeni government agreed to a ceasefire in Hodeidah on Tuesday. The Houthis said Yemeni soldiers must leave the port.`,
			"ceasefire.withdrawal", []string{"yemeni_army=required@houthis"}},
		{"the group is the group just named", "en", "",
			"The Houthis and the Yemeni government agreed to a ceasefire in Hodeidah on Tuesday. Nowhere does the agreement require the withdrawal of the Houthis, the group said.",
			"ceasefire.withdrawal", []string{"houthis=not_required@houthis"}},
		{"the title of the holder the article names", "ar", "",
			"اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار في الحديدة يوم الثلاثاء. وكان أحمد العوضي قد رحب بالاتفاق. وقال وزير الإعلام إن الأمم المتحدة ستتولى مراقبة الهدنة.",
			"ceasefire.monitors", []string{"un@ahmed_al_awadi"}},
		{"the title with no holder named is the body", "ar", "",
			"اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار في الحديدة يوم الثلاثاء. وقال وزير الإعلام إن الأمم المتحدة ستتولى مراقبة الهدنة.",
			"ceasefire.monitors", []string{"un@yemeni_government"}},
		{"a state body speaks of the force of its state the article names", "en", "",
			"The rival Libyan forces agreed to a ceasefire in Sirte on Tuesday. Turkey's defence ministry said Turkish military personnel were in Libya under a bilateral agreement and \"are not subject to any withdrawal provision\" of the arrangement.",
			"ceasefire.withdrawal", []string{"turkish_forces=not_required@turkish_defense_ministry"}},
	})
}
