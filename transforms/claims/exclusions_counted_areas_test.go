package claims

import "testing"

// TestCountedAreasContainer: a coverage object counting its areas names the places they lie in
// when it names fewer places than it counts: "covers six districts of Sofala and Manica" does
// not cover Sofala or Manica whole (gorongosa gr_003, gr_030 in Arabic), nor "three districts of
// South Kordofan" South Kordofan, nor «ثلاث مديريات في محافظة تعز» Taiz governorate; the truce is
// still placed in part of its country. Probes: as many places as counted are the members ("the
// two towns of Manbij and Kobani"), named districts in a province, and the scope reading kept.
func TestCountedAreasContainer(t *testing.T) {
	runCases(t, []mechanismCase{
		{"en: six districts of two provinces (Mozambique)", "en", pubTue,
			"The statement says the truce covers six districts of Sofala and Manica.", "ceasefire.exclusions", nil},
		{"ar: ست مديريات في ولايتي سوفالا ومانيكا (Mozambique)", "ar", pubTueAr,
			"وأكدت القيادة العسكرية في بيانها أن الهدنة تشمل ست مديريات في ولايتي سوفالا ومانيكا.", "ceasefire.exclusions", nil},
		{"en: three districts of a state (Sudan)", "en", pubTue,
			"The truce covers three districts of South Kordofan.", "ceasefire.exclusions", nil},
		{"ar: ثلاث مديريات في محافظة تعز (Yemen)", "ar", pubTueAr,
			"وتشمل الهدنة ثلاث مديريات في محافظة تعز.", "ceasefire.exclusions", nil},
		{"en: the scope is still partial (Sudan)", "en", pubTue,
			"The truce covers three districts of South Kordofan.", "ceasefire.scope", []string{"partial@outlet"}},
		// Probes: the places named are the areas themselves.
		{"probe: two towns counted and named (Syria)", "en", pubTue,
			"The truce covers the two towns of Manbij and Kobani.", "ceasefire.exclusions",
			[]string{"manbij=not_excluded@outlet", "kobani=not_excluded@outlet"}},
		{"probe: named districts in a province (Mozambique)", "en", pubTue,
			"The truce covers the districts of Gorongosa and Maringue in Sofala.", "ceasefire.exclusions",
			[]string{"gorongosa_district=not_excluded@outlet", "maringue_district=not_excluded@outlet"}},
	})
}
