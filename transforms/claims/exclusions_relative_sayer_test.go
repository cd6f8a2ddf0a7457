package claims

import "testing"

// TestExclusionsRelativeSayer: a coverage predicate in a relative clause past an embedded verb of
// saying is about the clause's antecedent, and the embedded sayer speaks ("the road to the Kouri
// Bougoudi mining area, which the FNRT says is covered by the truce", "Route Nationale 1 north of
// the capital, which he said lay outside the agreement", «كوري بوغودي، التي تقول الجبهة إنها
// مشمولة بالهدنة»). Misses in chad cd_014 (the FNRT was read covered) and haiti ht_017 (the
// capital, a landmark, was taken for the antecedent and dropped). Near misses: a relative
// pronoun that is itself the sayer ("The FNRT, which says it is covered") and a plain report.
func TestExclusionsRelativeSayer(t *testing.T) {
	const chad = "A ceasefire between Chad's government and the FNRT took effect in Tibesti. "
	const chadAr = "بدأ سريان وقف إطلاق النار بين الحكومة التشادية والجبهة الوطنية لتجديد تشاد في تيبستي. "
	const haiti = "A truce between the Haitian police and Viv Ansanm took effect on Monday. "
	runCases(t, []mechanismCase{
		{"which the FNRT says is covered (chad cd_014)", "en", pubTue, chad + "Humanitarian partners report, however, that the road to the Kouri Bougoudi mining area, which the FNRT says is covered by the truce, remains closed by the army.", "ceasefire.exclusions",
			[]string{"kouri_bougoudi=not_excluded@fnrt"}},
		{"which he said lay outside, past a landmark (haiti ht_017)", "en", pubTue, haiti + "The commander, Daniel Kipchumba Sang, said his force would keep patrolling Route Nationale 1 north of the capital, which he said lay outside the agreement.", "ceasefire.exclusions",
			[]string{"route_nationale_1=excluded@daniel_kipchumba_sang"}},
		{"probe: which the FNRT says is not covered (Chad)", "en", pubTue, chad + "The road to Kouri Bougoudi, which the FNRT says is not covered by the truce, remains closed.", "ceasefire.exclusions",
			[]string{"kouri_bougoudi=excluded@fnrt"}},
		{"verb first: التي تقول الجبهة إنها مشمولة (Chad, ar)", "ar", pubTueAr, chadAr + "وأفاد عمال الإغاثة بأن الطريق إلى منطقة كوري بوغودي، التي تقول الجبهة الوطنية لتجديد تشاد إنها مشمولة بالهدنة، لا يزال مغلقاً.", "ceasefire.exclusions",
			[]string{"kouri_bougoudi=not_excluded@fnrt"}},
		{"near miss: the relative pronoun is the sayer (Chad)", "en", pubTue, chad + "The FNRT, which says it is covered by the truce, keeps its positions.", "ceasefire.exclusions",
			[]string{"fnrt=not_excluded@fnrt"}},
		{"near miss: a plain report (Chad)", "en", pubTue, chad + "The army says the FNRT is covered by the truce.", "ceasefire.exclusions",
			[]string{"fnrt=not_excluded@chadian_army"}},
	})
}
