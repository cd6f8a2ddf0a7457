package claims

import "testing"

// TestScopeAdditiveCoverage: a coverage with an additive adverb (lexicon additive_adverbs) adds
// a place to the rest and places no truce; "not only X but also Y" still does.
func TestScopeAdditiveCoverage(t *testing.T) {
	runCases(t, []mechanismCase{
		{"also extends to the port (haiti)", "en", pubTue,
			"The truce, he said, also extends to the port and to Toussaint Louverture International Airport.", "ceasefire.scope",
			nil},
		{"arabic: tashmal ... aydan (greenzone)", "ar", pubTueAr,
			"قال مصدر مقرب من تيار المنبر إن الهدنة تشمل البصرة والناصرية أيضاً.", "ceasefire.scope",
			nil},
		{"arabic: yashmal aydan (sulaymaniyah)", "ar", pubTueAr,
			"تؤكد قيادة الوحدة 70 أن وقف إطلاق النار يشمل أيضاً بلدة طق طق ومحيطها.", "ceasefire.scope",
			nil},
		{"probe: not only ... but also still places (blacksea)", "en", pubTue,
			"The ministry said the truce covers not only Odesa's ports but also the Danube ports of Izmail and Reni.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"probe: a coverage without the adverb places", "ar", pubTueAr,
			"قال مصدر مقرب من تيار المنبر إن الهدنة تشمل البصرة والناصرية.", "ceasefire.scope",
			[]string{"partial@minbar_current"}},
	})
}
