package claims

import "testing"

// TestCountedAreasApposition: places set off from a counted area noun by a comma are the areas
// themselves, not where they lie ("two areas, Gaza and the West Bank", "three towns, Goma, Sake
// and Bukavu"): they are named as covered. Places listed with commas after "of" count one by one
// ("five districts of Sofala, Manica and Tete": three places, fewer than counted, so where the
// districts lie, none covered whole). Kept: a list after a pronoun («ثلاث ولايات هي ...»).
func TestCountedAreasApposition(t *testing.T) {
	runCases(t, []mechanismCase{
		{"two areas, Gaza and the West Bank (Gaza)", "en", pubTue,
			"Israel and Hamas agreed to a ceasefire on Monday. The truce covers two areas, Gaza and the West Bank, officials said.", "ceasefire.exclusions",
			[]string{"gaza_strip=not_excluded@sources"}},
		{"three towns, Goma, Sake and Bukavu (Congo)", "en", pubTue,
			"Kinshasa and the M23 agreed to a ceasefire on Monday. The truce covers three towns, Goma, Sake and Bukavu.", "ceasefire.exclusions",
			[]string{"goma=not_excluded@outlet", "sake=not_excluded@outlet", "bukavu=not_excluded@outlet"}},
		{"five districts of three provinces listed with commas (Mozambique)", "en", pubTue,
			"The statement says the truce covers five districts of Sofala, Manica and Tete.", "ceasefire.exclusions", nil},
		// Kept.
		{"probe: ar, three states listed after a pronoun (Sudan)", "ar", pubTueAr,
			"اتفق الجيش السوداني وقوات الدعم السريع على هدنة يوم الاثنين. وتشمل الهدنة ثلاث ولايات هي شمال دارفور، وجنوب كردفان، وغرب كردفان.", "ceasefire.exclusions",
			[]string{"north_darfur=not_excluded@outlet", "south_kordofan=not_excluded@outlet", "west_kordofan=not_excluded@outlet"}},
		{"probe: ar, three towns set off by a comma (Syria)", "ar", pubTueAr,
			"اتفقت الحكومة السورية وقوات سوريا الديمقراطية على وقف لإطلاق النار يوم الاثنين. ويشمل الاتفاق ثلاث مدن، منبج وعين العرب والرقة.", "ceasefire.exclusions",
			[]string{"manbij=not_excluded@outlet", "kobani=not_excluded@outlet", "raqqa=not_excluded@outlet"}},
	})
}
