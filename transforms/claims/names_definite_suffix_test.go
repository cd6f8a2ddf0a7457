package claims

import "testing"

// A new war's file whose rights group has a plain Arabic short name, «المراقب» (the monitor):
// no generic word, so only its spelling tells it from «المراقبة» (the monitoring).
var observerWarFile = rafinWar(`
 {"id": "ac_rafin_observer", "type": "organization", "role": "other",
  "label": {"en": "Rafin Rights Observer", "ar": "مراقب رافين لحقوق الإنسان"}, "aliases": {"en": [], "ar": ["المراقب"]},
  "affiliation": "", "title": {"en": "", "ar": ""}, "speaks_for": "", "country": "cameroon"}`)

// A word carrying the article takes no pronoun suffix: «المراقبة» (folded «المراقبه») is no
// «المراقب» with «ه» (dropDefiniteSuffixedNames). A demonym's or a person's feminine
// («السورية», «الناطقة») is their inflection and still names.
func TestDefiniteWordTakesNoPronounSuffix(t *testing.T) {
	x := withGazetteerFiles(t, map[string]string{"ac_rafin.json": observerWarFile})
	runCasesOn(t, x, []mechanismCase{
		{"the monitoring, another war's coverage", "ar", "",
			"اتفق الجيش والحوثيون على هدنة في الحديدة يوم الثلاثاء. وقال المبعوث الأممي إن المراقبة من مهام بعثة الأمم المتحدة وحدها.",
			"ceasefire.monitors", []string{"only:un@un_envoy"}},
		{"near miss: the name as written, its own war's coverage", "ar", "",
			"اتفقت جبهة تحرير رافين والجيش على هدنة في رافين يوم الثلاثاء. وقال الجيش إن المراقب سيراقب الهدنة.",
			"ceasefire.monitors", []string{"ac_rafin_observer@cameroonian_army"}},
	})
}
