package claims

import (
	"io/fs"
	"os"
	"testing"
	"testing/fstest"

	"github.com/tanaqud/tanaqud/schemas"
)

// withGazetteerFiles loads the schemas folder with more gazetteer files (name → content), as
// the annotators of new events would add them.
func withGazetteerFiles(t *testing.T, files map[string]string) *Extractor {
	t.Helper()
	overlay := fstest.MapFS{}
	root := os.DirFS("../../schemas")
	err := fs.WalkDir(root, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(root, p)
		overlay[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for name, content := range files {
		overlay["gazetteer/"+name] = &fstest.MapFile{Data: []byte(content)}
	}
	d, err := schemas.LoadFS(overlay)
	if err != nil {
		t.Fatal(err)
	}
	x, err := New(d)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// Two wars of one country, each file with its own joint military committee under the same
// context aliases, and a few specific names (a commander, a town) to tell its coverage by.
const (
	wadiWarFile = `{"entities": [
 {"id": "aa_wadi_jmc", "type": "organization", "role": "monitor",
  "label": {"en": "Wadi Qutn joint military committee", "ar": "اللجنة العسكرية المشتركة في وادي قطن"}, "aliases": {"en": [], "ar": []},
  "context_aliases": {"en": ["joint military committee", "the joint military committee"], "ar": ["لجنة عسكرية مشتركة", "اللجنة العسكرية المشتركة"]},
  "affiliation": "", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "yemen"},
 {"id": "aa_wadi_qutn", "type": "city", "role": "other",
  "label": {"en": "Wadi Qutn", "ar": "وادي قطن"}, "aliases": {"en": [], "ar": []},
  "affiliation": "", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "yemen"},
 {"id": "aa_salem_qutni", "type": "person", "role": "government",
  "label": {"en": "Salem al-Qutni", "ar": "سالم القطني"}, "aliases": {"en": ["al-Qutni"], "ar": ["القطني"]},
  "affiliation": "yemeni_army", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "yemen"}
]}`
	jawfWarFile = `{"entities": [
 {"id": "ab_khabb_jmc", "type": "organization", "role": "monitor",
  "label": {"en": "Khabb joint military committee", "ar": "اللجنة العسكرية المشتركة في خب"}, "aliases": {"en": [], "ar": []},
  "context_aliases": {"en": ["joint military committee", "the joint military committee"], "ar": ["لجنة عسكرية مشتركة", "اللجنة العسكرية المشتركة"]},
  "affiliation": "", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "yemen"},
 {"id": "ab_khabb", "type": "city", "role": "other",
  "label": {"en": "Khabb", "ar": "خب"}, "aliases": {"en": [], "ar": []},
  "affiliation": "", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "yemen"},
 {"id": "ab_nasser_khabbi", "type": "person", "role": "government",
  "label": {"en": "Nasser al-Khabbi", "ar": "ناصر الخبي"}, "aliases": {"en": ["al-Khabbi"], "ar": ["الخبي"]},
  "affiliation": "yemeni_army", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "yemen"}
]}`
)

// Two wars of two countries: an armed group of each known by the same acronym, one file
// writing it with its article ("the KDF"), and a body of the first named only by generic words.
const (
	kivuWarFile = `{"entities": [
 {"id": "aa_kivu_defence_front", "type": "armed_group", "role": "armed_opposition",
  "label": {"en": "Kivu Defence Front", "ar": "جبهة الدفاع عن كيفو"}, "aliases": {"en": ["the KDF"], "ar": []},
  "affiliation": "", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "dr_congo"},
 {"id": "aa_kivu_verification_mission", "type": "organization", "role": "monitor",
  "label": {"en": "Joint Border Verification Mission", "ar": "بعثة التحقق المشتركة"}, "aliases": {"en": ["Joint Border Verification Mission"], "ar": ["بعثة تحقق مشتركة"]},
  "affiliation": "", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "dr_congo"},
 {"id": "aa_kivu_militia", "type": "armed_group", "role": "armed_opposition",
  "label": {"en": "Masisi Patriots", "ar": "وطنيو ماسيسي"}, "aliases": {"en": [], "ar": []},
  "affiliation": "", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "dr_congo"}
]}`
	kamerunWarFile = `{"entities": [
 {"id": "ab_kamerun_defence_force", "type": "armed_group", "role": "armed_opposition",
  "label": {"en": "Kamerun Defence Force", "ar": "قوة دفاع الكاميرون"}, "aliases": {"en": ["KDF"], "ar": []},
  "affiliation": "", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "cameroon"},
 {"id": "ab_kamerun_council", "type": "armed_group", "role": "armed_opposition",
  "label": {"en": "Kamerun Restoration Council", "ar": "مجلس استعادة الكاميرون"}, "aliases": {"en": [], "ar": []},
  "affiliation": "", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "cameroon"}
]}`
)

// A name two war files give entities of one country is the entity of the war the article
// names otherwise (its commander, its town): the joint military committee of Khabb's truce in
// coverage of Khabb, Wadi Qutn's in coverage of Wadi Qutn, whichever file loads first.
func TestSharedNameIsOfTheWarTheArticleNames(t *testing.T) {
	x := withGazetteerFiles(t, map[string]string{"aa_wadi.json": wadiWarFile, "ab_khabb.json": jawfWarFile})
	runCasesOn(t, x, []mechanismCase{
		{"the second file's committee where its war is named", "en", "",
			"The army and the Houthis agreed to a truce in Khabb on Tuesday. No side may retaliate on its own, al-Khabbi added: violations go to the joint military committee, which monitors compliance.",
			"ceasefire.monitors", []string{"ab_khabb_jmc@ab_nasser_khabbi"}},
		{"the first file's committee where its war is named", "en", "",
			"The army and the Houthis agreed to a truce in Wadi Qutn on Tuesday. No side may retaliate on its own, al-Qutni added: violations go to the joint military committee, which monitors compliance.",
			"ceasefire.monitors", []string{"aa_wadi_jmc@aa_salem_qutni"}},
		{"indefinite committee, Arabic, second file", "ar", "",
			"اتفق الجيش والحوثيون على هدنة في خب يوم الثلاثاء. وأضاف ناصر الخبي أن الوسيط العماني اقترح أن تتولى لجنة عسكرية مشتركة مراقبة أي هدنة.",
			"ceasefire.monitors", []string{"ab_khabb_jmc@ab_nasser_khabbi~proposed"}},
		{"indefinite committee, Arabic, first file", "ar", "",
			"اتفق الجيش والحوثيون على هدنة في وادي قطن يوم الثلاثاء. وأضاف سالم القطني أن الوسيط العماني اقترح أن تتولى لجنة عسكرية مشتركة مراقبة أي هدنة.",
			"ceasefire.monitors", []string{"aa_wadi_jmc@aa_salem_qutni~proposed"}},
	})
}

// "the KDF" of one war's file and "KDF" of another's are one name: the group of the war the
// article names otherwise, and the article's clock is that war's (a Congolese group read in
// Cameroonian coverage had put its local times on Congo's clock, one hour early).
// A plain name made only of generic words of another war's body, written as a description ("a
// joint border verification mission of Turkish and Qatari officers", «بعثة تحقق مشتركة»), names
// no body; in its own war's coverage, or written as a name, it still does. Arabic has no letter
// case to write a name with: «بعثة التحقق المشتركة» with the article is as much a description
// there (strayGenericNames).
func TestOtherWarNamesTakeNoOlderCoverage(t *testing.T) {
	x := withGazetteerFiles(t, map[string]string{"aa_kivu.json": kivuWarFile, "ab_kamerun.json": kamerunWarFile})
	const clocks = "Seven armed groups signed, according to the Kamerun Restoration Council; the government says only the KDF did, the Swiss mediators said. Yaounde says the truce starts at 00:00 on Sunday; the rebels say 6 a.m. Saturday."
	runCasesOn(t, x, []mechanismCase{
		{"the acronym is the group of the war named", "en", "",
			"The Kamerun Restoration Council and the KDF agreed to a ceasefire on Tuesday.",
			"ceasefire.parties", []string{"ab_kamerun_council,ab_kamerun_defence_force@outlet"}},
		{"near miss: in the other war's coverage, its group", "en", "",
			"The Masisi Patriots and the KDF agreed to a ceasefire on Tuesday.",
			"ceasefire.parties", []string{"aa_kivu_defence_front,aa_kivu_militia@outlet"}},
		{"the article's clock is its war's", "en", "2030-09-12T10:00:00+01:00", clocks,
			"ceasefire.start_time", []string{"2030-09-14T23:00:00Z@cameroonian_government", "2030-09-14T05:00:00Z@cameroonian_government"}},
		{"a description of a body with its own members", "en", "",
			"Pakistan and Afghanistan agreed to a ceasefire in Chaman on Tuesday. A Turkish diplomat said the two mediators would propose a joint border verification mission of Turkish and Qatari officers to watch the border.",
			"ceasefire.monitors", []string{"qatar,turkey@turkey~proposed"}},
		{"near miss: the description in its own war's coverage", "en", "",
			"The Masisi Patriots and the army agreed to a ceasefire on Tuesday. A Turkish diplomat said the mediators would propose a joint border verification mission of Turkish and Qatari officers to watch the truce.",
			"ceasefire.monitors", []string{"aa_kivu_verification_mission,qatar,turkey@turkey~proposed"}},
		{"an indefinite description, Arabic", "ar", "",
			"اتفق الجيش والحوثيون على هدنة في الحديدة يوم الثلاثاء. واقترح الوسيط العماني أن تتولى بعثة تحقق مشتركة من ضباط عمانيين وسعوديين مراقبة الهدنة.",
			"ceasefire.monitors", []string{"oman,saudi_arabia@outlet~proposed"}},
		{"the definite name, Arabic: no letter case makes it a name", "ar", "",
			"اتفق الجيش والحوثيون على هدنة في الحديدة يوم الثلاثاء. واقترح الوسيط أن تتولى بعثة التحقق المشتركة مراقبة الهدنة.",
			"ceasefire.monitors", nil},
		{"near miss: the definite name, Arabic, in its own war's coverage", "ar", "",
			"اتفق وطنيو ماسيسي والجيش على هدنة يوم الثلاثاء. واقترح الوسيط أن تتولى بعثة التحقق المشتركة مراقبة الهدنة.",
			"ceasefire.monitors", []string{"aa_kivu_verification_mission@outlet~proposed"}},
		{"near miss: written as a name", "en", "",
			"Pakistan and Afghanistan agreed to a ceasefire in Chaman on Tuesday. The Joint Border Verification Mission will monitor the truce.",
			"ceasefire.monitors", []string{"aa_kivu_verification_mission@outlet"}},
	})
}

// A new war's file whose oil installations are named by generic words only ("the oil fields",
// «الحقول النفطية»), in another country than the older wars that also have oil fields: one whose
// id sorts before theirs (a tie of theatres goes to the first).
const limbeWarFile = `{"entities": [
 {"id": "ab_limbe_oil_installations", "type": "region", "role": "other",
  "label": {"en": "Limbe oil installations", "ar": "منشآت ليمبي النفطية"}, "aliases": {"en": ["the oil fields", "oil installations"], "ar": ["الحقول النفطية", "حقول نفطية"]},
  "affiliation": "", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "cameroon"},
 {"id": "ab_limbe", "type": "city", "role": "other",
  "label": {"en": "Limbe", "ar": "ليمبي"}, "aliases": {"en": [], "ar": []},
  "affiliation": "", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "cameroon"},
 {"id": "ab_creek_avengers", "type": "armed_group", "role": "armed_opposition",
  "label": {"en": "Creek Avengers", "ar": "منتقمو الجداول"}, "aliases": {"en": [], "ar": []},
  "affiliation": "", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "cameroon"}
]}`

// A plain name made only of generic words ("the oil fields", «حقول نفطية») that a new war's
// file gives a body of another country is a description in an older war's coverage that names
// nothing else of the new war nor its country: it names no body there, and it does not place
// the truce in the new war's country (the article's clock stays its own). Basra's "The oil
// fields are state facilities ..." (bs_006) had become a new war's installations, and the
// article's theatre that war's country: the Majnoon exclusion disagreement was lost.
// In the new war's own coverage, or written as a name ("the Joint Command"), it still names.
func TestGenericWordsNameNoOtherWarsBody(t *testing.T) {
	x := withGazetteerFiles(t, map[string]string{"ab_limbe.json": limbeWarFile})
	runCasesOn(t, x, []mechanismCase{
		{"an older war's coverage: no body of the new war", "en", "",
			`Basra Oil Company said on Friday it had not yet resumed operations at Majnoon. "The oil fields are state facilities protected by federal forces; they are not part of any tribal arrangement," company spokesman Hussein Abdul-Wahid said.`,
			"ceasefire.exclusions", []string{"majnoon_oil_field=excluded@hussein_abdulwahid"}},
		{"the older war's clock", "en", "2027-03-12T09:30:00Z",
			`Basra Oil Company said it had not yet resumed operations at Majnoon. The oil fields are state facilities, the company said. The tribal truce took effect at 6 a.m. on Thursday.`,
			"ceasefire.start_time", []string{"2027-03-11T03:00:00Z@outlet"}},
		{"the older war's clock, Arabic", "ar", "2027-03-12T09:30:00Z",
			`قالت شركة نفط البصرة إنها لم تستأنف العمل في حقل مجنون. وأضافت أن حقول نفطية تحميها القوات الاتحادية. ودخلت الهدنة العشائرية حيز التنفيذ في السادسة من صباح الخميس.`,
			"ceasefire.start_time", []string{"2027-03-11T03:00:00Z@outlet"}},
		{"Arabic, indefinite", "ar", "",
			`قالت شركة نفط البصرة إنها لم تستأنف العمل في حقل مجنون. وقال المتحدث حسين عبد الواحد إن الهدنة العشائرية تستثني حقل مجنون وحقول نفطية أخرى تحميها القوات الاتحادية.`,
			"ceasefire.exclusions", []string{"majnoon_oil_field=excluded@hussein_abdulwahid"}},
		{"Arabic, definite: no letter case tells a name from a description", "ar", "",
			`قالت شركة نفط البصرة إنها لم تستأنف العمل في حقل مجنون. وقال المتحدث حسين عبد الواحد إن الهدنة العشائرية تستثني حقل مجنون، وإن الحقول النفطية منشآت حكومية تحميها القوات الاتحادية.`,
			"ceasefire.exclusions", []string{"majnoon_oil_field=excluded@hussein_abdulwahid"}},
		{"the older war's clock, Arabic, definite", "ar", "2027-03-12T09:30:00Z",
			`قالت شركة نفط البصرة إنها لم تستأنف العمل في حقل مجنون. وأضافت أن الحقول النفطية منشآت حكومية تحميها القوات الاتحادية. ودخلت الهدنة العشائرية حيز التنفيذ في السادسة من صباح الخميس.`,
			"ceasefire.start_time", []string{"2027-03-11T03:00:00Z@outlet"}},
		{"near miss: the new war's own coverage, Arabic, definite", "ar", "",
			`اتفق منتقمو الجداول والجيش على هدنة في ليمبي يوم الثلاثاء. وقال الجيش إن الهدنة تستثني الحقول النفطية.`,
			"ceasefire.exclusions", []string{"ab_limbe_oil_installations=excluded@cameroonian_army"}},
		{"near miss: the new war's own coverage", "en", "",
			`The Creek Avengers and the army agreed to a truce in Limbe on Tuesday. The truce excludes the oil fields, the army said.`,
			"ceasefire.exclusions", []string{"ab_limbe_oil_installations=excluded@cameroonian_army"}},
		{"near miss: the new war's own coverage, Arabic", "ar", "",
			`اتفق منتقمو الجداول والجيش على هدنة في ليمبي يوم الثلاثاء. وقال الجيش إن الهدنة تستثني حقول نفطية.`,
			"ceasefire.exclusions", []string{"ab_limbe_oil_installations=excluded@cameroonian_army"}},
	})
}

// A new war's file whose rights group has a plain short name made of one generic noun ("the
// Monitor", a context alias by the convention, but a new file may break it) and a monitoring
// body named only by generic words («بعثة المراقبة»).
var rafinWarFile = rafinWar(`
 {"id": "ac_rafin_rights_monitor", "type": "organization", "role": "other",
  "label": {"en": "Rafin Rights Monitor", "ar": "مرصد رافين لحقوق الإنسان"}, "aliases": {"en": ["the Monitor"], "ar": ["بعثة المراقبة"]},
  "affiliation": "", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "cameroon"}`)

// rafinWar is a made-up war's gazetteer file (Rafin, a Cameroonian town, and its Liberation
// Front) with one more entity: the new war's name under test.
func rafinWar(entity string) string {
	return `{"entities": [` + entity + `,
 {"id": "ac_rafin", "type": "city", "role": "other",
  "label": {"en": "Rafin", "ar": "رافين"}, "aliases": {"en": [], "ar": []},
  "affiliation": "", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "cameroon"},
 {"id": "ac_rafin_front", "type": "armed_group", "role": "armed_opposition",
  "label": {"en": "Rafin Liberation Front", "ar": "جبهة تحرير رافين"}, "aliases": {"en": [], "ar": []},
  "affiliation": "", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "cameroon"}
]}`
}

// A stray generic name of another war (strayGenericNames) gives its sentence back the cue words
// its span covered: the name hid them (dropInsideNames) before the article showed it stray.
// Stop 32: a new file's "the Monitor", read in "the monitoring" and "the monitors" of six
// development sets (abyei, bangui, colombia, haiti, lebanon, mindanao), took their monitors
// claims although it was dropped as stray; cabinda's "referred to the joint verification
// commission" lost SADC as a monitor to another file's generic name the same way.
func TestStrayGenericNameGivesBackItsCues(t *testing.T) {
	x := withGazetteerFiles(t, map[string]string{"ac_rafin.json": rafinWarFile})
	runCasesOn(t, x, []mechanismCase{
		{"the monitoring, another war's coverage", "en", "",
			`Reports on Monday that the truce had collapsed after a cattle raid near Noong were wrong, AU envoy Tabitha Nyamweya said; the ceasefire remains in effect. The monitoring, she stressed, is UNISFA's alone, while the Abyei Joint Oversight Committee "has a political role, not a monitoring one."`,
			"ceasefire.monitors", []string{"only:unisfa@tabitha_nyamweya"}},
		{"the monitors, another war's coverage", "en", "",
			`Chad is not among the guarantors, the document shows: only Angola and ECCAS sign as guarantors. The text also allows the FACA to respond to "any aggression duly recorded by the monitors".`,
			"ceasefire.monitors", []string{"faca@outlet"}},
		{"the monitoring left to, another war's coverage", "en", "",
			`A 15-day truce brokered by the Bangsamoro government in Datu Saudi Ampatuan in June 2025 collapsed within a week. What is new this time is that Manila wants the monitoring left to the army and the joint ceasefire committees alone.`,
			"ceasefire.monitors", []string{"only:armed_forces_of_the_philippines,ccch@philippine_government~demanded"}},
		{"a generic name over a cue, Arabic", "ar", "",
			`اتفق الجيش والحوثيون على هدنة في الحديدة يوم الثلاثاء. وقال المبعوث الأممي إن بعثة المراقبة التابعة للأمم المتحدة ستنتشر في الحديدة.`,
			"ceasefire.monitors", []string{"un@un_envoy"}},
		{"a generic name over a cue, Arabic, object", "ar", "",
			`اتفق الجيش والحوثيون على هدنة في الحديدة يوم الثلاثاء. وقال المبعوث الأممي إن الأمم المتحدة سترسل بعثة المراقبة.`,
			"ceasefire.monitors", []string{"un@un_envoy"}},
		{"near miss: the name in its own war's coverage", "en", "",
			`The Rafin Liberation Front and the army agreed to a truce in Rafin on Tuesday. The Monitor will watch over the truce.`,
			"ceasefire.monitors", []string{"ac_rafin_rights_monitor@outlet"}},
		{"near miss: the name in its own war's coverage, Arabic", "ar", "",
			`اتفقت جبهة تحرير رافين والجيش على هدنة في رافين يوم الثلاثاء. وقال الجيش إن بعثة المراقبة ستراقب الهدنة.`,
			"ceasefire.monitors", []string{"ac_rafin_rights_monitor@cameroonian_army"}},
	})
}
