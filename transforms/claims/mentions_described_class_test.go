package claims

import "testing"

// TestDescribedClassOfOtherEvent: an armed group an event's file knows only by generic
// descriptions (context aliases "smuggling gangs", «عصابات التهريب», no name of its own) is a
// class of men that one truce leaves out (mentions_event_body.go, describedClass). In coverage
// of another truce of the same country, which names that truce's own places and groups, the
// description names nobody of the file's: kufra kf_037's smugglers are not those of a border
// crossing in the west of Libya. The synthetic file stands for such an event (rasajdir's file
// has two such classes).
func TestDescribedClassOfOtherEvent(t *testing.T) {
	x := withGazetteerFile(t, "zz_wazin.json", `{"entities": [
 {"id": "zz_wazin", "type": "city", "role": "other",
  "label": {"en": "Wazin", "ar": "وازن"}, "aliases": {"en": ["Wazin"], "ar": ["وازن"]},
  "affiliation": "", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "libya"},
 {"id": "zz_wazin_smugglers", "type": "armed_group", "role": "other",
  "label": {"en": "smuggling networks of Wazin", "ar": "شبكات التهريب في وازن"},
  "aliases": {"en": [], "ar": []}, "affiliation": "", "title": {"en": "", "ar": ""},
  "speaks_for": "", "country": "libya",
  "context_aliases": {"en": ["smuggling gangs", "outlaw gangs"], "ar": ["عصابات التهريب"]}}]}`)
	runCasesOn(t, x, []mechanismCase{
		// Kept: coverage of the file's own truce.
		{"probe: Wazin's truce leaves out its smugglers (ar)", "ar", "",
			"دخلت التهدئة في وازن حيز التنفيذ. وقالت وزارة الداخلية إن التهدئة لا تشمل عصابات التهريب.",
			"ceasefire.exclusions", []string{"zz_wazin_smugglers=excluded@gnu_interior_ministry"}},
		{"probe: Wazin's truce leaves out its smugglers (en)", "en", "",
			"The truce in Wazin took effect on Sunday. The interior ministry said the truce does not cover smuggling gangs.",
			"ceasefire.exclusions", []string{"zz_wazin_smugglers=excluded@gnu_interior_ministry"}},
		// Dropped: kufra kf_037 names Kufra's truce, its places and its gang; its classes are
		// Kufra's own (kufra.json's ids since stop 32), never Wazin's.
		{"kufra kf_037: Kufra's smugglers are not Wazin's", "ar", "",
			"بنغازي - قناة المسار تنشر بيان القيادة العامة: «تؤكد القيادة العامة أن وقف إطلاق النار في الكفرة سارٍ منذ الساعة صفر من يوم الأحد 15 يوليو. ولا يشمل وقف إطلاق النار عصابات التهريب والخارجين عن القانون، وفي مقدمتها عصابة الرقيعي.»",
			"ceasefire.exclusions", []string{"kufra_smuggling_gangs=excluded@libyan_national_army", "kufra_outlaws=excluded@libyan_national_army", "ruqaii_gang=excluded@libyan_national_army"}},
		{"probe: Kufra's smugglers are not Wazin's (en)", "en", "",
			"The truce in Kufra took effect on Sunday. The truce does not cover smuggling gangs or the Ruqai'i gang, the Libyan National Army said.",
			"ceasefire.exclusions", []string{"kufra_smuggling_gangs=excluded@libyan_national_army", "ruqaii_gang=excluded@libyan_national_army"}},
	})
}
