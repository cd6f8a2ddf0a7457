package claims

import "testing"

// TestExclusionsLexiconWordings: standard news wordings of leaving out and covering that the
// exclusion and inclusion classes lacked (stop 23's lexicon pass): the feminine perfect استثنت,
// the participle مستبعد من (never the impersonal من المستبعد, "it is unlikely"), خارج مظلة ("outside
// the umbrella of"), يغطي/تغطي ("covers": kadugli kd_023 «يغطي كل جبهات جنوب كردفان»), "carve out",
// "outside the pact/accord/understanding", "applies in". Each with a near miss: another matter,
// a hedge word of the same root, a denial.
func TestExclusionsLexiconWordings(t *testing.T) {
	runCases(t, []mechanismCase{
		{"feminine perfect استثنت (Syria, ar)", "ar", pubTueAr, "وقال المتحدث إن الهدنة استثنت تنظيم داعش.", "ceasefire.exclusions",
			[]string{"isis=excluded@outlet"}},
		{"near miss: استثنت of a curfew, no truce (Yemen, ar)", "ar", pubTueAr, "واستثنت الحكومة الموظفين من قرار حظر التجول في تعز.", "ceasefire.exclusions", nil},
		{"denied استثنت flips (Syria, ar)", "ar", pubTueAr, "ونفى المتحدث أن تكون الهدنة قد استثنت تنظيم داعش.", "ceasefire.exclusions",
			[]string{"isis=not_excluded@outlet"}},
		{"participle مستبعد من (Syria, ar)", "ar", pubTueAr, "وقال المتحدث إن تنظيم داعش مستبعد من الهدنة.", "ceasefire.exclusions",
			[]string{"isis=excluded@outlet"}},
		{"negated participle ليس مستبعدا من (Syria, ar)", "ar", pubTueAr, "وقال المتحدث إن تنظيم داعش ليس مستبعدا من الهدنة.", "ceasefire.exclusions",
			[]string{"isis=not_excluded@outlet"}},
		{"near miss: من المستبعد is 'unlikely' (Yemen, ar)", "ar", pubTueAr, "وقال المتحدث إن من المستبعد أن تصمد الهدنة في تعز.", "ceasefire.exclusions", nil},
		{"near miss: students left out of grants (ar)", "ar", pubTueAr, "وقال المتحدث إن الطلاب مستبعدون من المنح هذا العام.", "ceasefire.exclusions", nil},
		{"outside the umbrella of the deal (Syria, ar)", "ar", pubTueAr, "وقال المتحدث إن تنظيم داعش خارج مظلة الاتفاق.", "ceasefire.exclusions",
			[]string{"isis=excluded@outlet"}},
		{"near miss: aid outside the UN umbrella, no truce (Yemen, ar)", "ar", pubTueAr, "وقال المتحدث إن المنظمات تعمل في تعز خارج مظلة الأمم المتحدة.", "ceasefire.exclusions", nil},
		{"تغطي: the truce covers a city (Yemen, ar)", "ar", pubTueAr, "وقال المتحدث إن الهدنة تغطي مدينة تعز.", "ceasefire.exclusions",
			[]string{"taiz=not_excluded@outlet"}},
		{"لا تغطي: the truce leaves a city out (Yemen, ar)", "ar", pubTueAr, "وقال المتحدث إن الهدنة لا تغطي مدينة تعز.", "ceasefire.exclusions",
			[]string{"taiz=excluded@outlet"}},
		{"near miss: insurance does not cover damage, no truce (Yemen, ar)", "ar", pubTueAr, "وقال المتحدث إن التأمين لا يغطي الأضرار في تعز.", "ceasefire.exclusions", nil},
		{"the truce carved out a group (Syria)", "en", pubTue, "The army said the truce carved out Islamic State.", "ceasefire.exclusions",
			[]string{"isis=excluded@syrian_army"}},
		{"near miss: carving out a buffer zone (Yemen)", "en", pubTue, "The commander said his unit would carve out a buffer zone near Taiz during the truce.", "ceasefire.exclusions", nil},
		{"outside the accord (Syria)", "en", pubTue, "The spokesman said Islamic State is outside the accord.", "ceasefire.exclusions",
			[]string{"isis=excluded@outlet"}},
		{"denied: outside the pact flips (Syria)", "en", pubTue, "The army denied that Islamic State remains outside the pact.", "ceasefire.exclusions",
			[]string{"isis=not_excluded@syrian_army"}},
		{"applies in a city places the truce (Yemen)", "en", pubTue, "The governor said the truce applies in Taiz.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"near miss: a curfew applies in a city (Yemen)", "en", pubTue, "The curfew applies in Taiz, the governor said.", "ceasefire.scope", nil},
	})
}
