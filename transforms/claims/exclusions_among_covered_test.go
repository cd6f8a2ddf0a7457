package claims

import "testing"

// TestExclusionsAmongCovered: a subject put by a copula and an among word into the set a coverage
// participle closes ("Chibabava district is not among the areas covered", "is one of the
// districts excluded", "مديرية شيبابافا ضمن المناطق المشمولة بالاتفاق") is covered or left out;
// a negation before the among word negates it. The English sentence is gorongosa gr_036's (its
// article names no truce near it, so the article itself still yields nothing). Near misses: an
// among phrase with no coverage participle, and the Arabic "ليست من المناطق المشمولة" that was
// read before.
func TestExclusionsAmongCovered(t *testing.T) {
	const lead = "A ceasefire between the Mozambican government and the Junta took effect in Sofala on Monday. "
	const leadAr = "بدأ سريان وقف إطلاق النار بين الحكومة الموزمبيقية والمجلس العسكري في سوفالا. "
	runCases(t, []mechanismCase{
		{"not among the areas covered (gorongosa gr_036)", "en", pubTue, lead + "The armed forces keep the right to respond to any attack, she said, and Chibabava district is not among the areas covered.", "ceasefire.exclusions",
			[]string{"chibabava_district=excluded@outlet"}},
		{"probe: among the areas covered (Mozambique)", "en", pubTue, lead + "Chibabava district is among the areas covered.", "ceasefire.exclusions",
			[]string{"chibabava_district=not_excluded@outlet"}},
		{"probe: one of the districts excluded (Mozambique)", "en", pubTue, lead + "Chibabava district is one of the districts excluded.", "ceasefire.exclusions",
			[]string{"chibabava_district=excluded@outlet"}},
		{"probe: ضمن المناطق المشمولة (Mozambique, ar)", "ar", pubTueAr, leadAr + "وقالت إن مديرية شيبابافا ضمن المناطق المشمولة بالاتفاق.", "ceasefire.exclusions",
			[]string{"chibabava_district=not_excluded@outlet"}},
		{"near miss: ليست من المناطق المشمولة keeps its reading (Mozambique, ar)", "ar", pubTueAr, leadAr + "وقالت إن مديرية شيبابافا ليست من المناطق المشمولة بالاتفاق.", "ceasefire.exclusions",
			[]string{"chibabava_district=excluded@outlet"}},
		{"near miss: among the areas hit, no coverage (Mozambique)", "en", pubTue, lead + "Chibabava district is among the areas hit hardest by the fighting.", "ceasefire.exclusions",
			nil},
	})
}
