package claims

import "testing"

// TestExclusionsLandmarkPlaces: a place after a direction phrase ("east of the capital", "شمال
// مدينة غزة", "شرق تعز") places another one by its bearing: it is not what the truce covers or
// leaves out; the place so placed keeps its claim.
func TestExclusionsLandmarkPlaces(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: a commune east of the capital covered (Haiti)", "en", pubTue, "Croix-des-Bouquets, east of the capital, has been covered by the ceasefire from the start, a police spokesman, Inspector Garry Noël, said on Monday.", "ceasefire.exclusions",
			[]string{"croix_des_bouquets=not_excluded@garry_noel"}},
		{"probe: a town north of Gaza City covered (Gaza, ar)", "ar", pubTueAr, "وقال المتحدث إن بيت حانون شمال مدينة غزة مشمولة بالتهدئة.", "ceasefire.exclusions",
			[]string{"beit_hanoun=not_excluded@outlet"}},
		{"probe: a district east of Taiz covered (Yemen, ar)", "ar", pubTueAr, "وقال المتحدث إن صالة شرق تعز مشمولة بالهدنة.", "ceasefire.exclusions",
			[]string{"salah_district=not_excluded@outlet"}},
		{"a town north of Gaza City covered (Gaza)", "en", pubTue, "Beit Hanoun, north of Gaza City, is covered by the truce, the ministry said.", "ceasefire.exclusions",
			[]string{"beit_hanoun=not_excluded@outlet"}},
		{"probe: the road north of the capital lies outside (Haiti)", "en", pubTue, "The MSS commander said his force would keep patrolling the road north of the capital, which he said lay outside the agreement.", "ceasefire.exclusions", nil},
		{"a city itself covered, no bearing before it (Gaza, ar)", "ar", pubTueAr, "وقال المتحدث إن مدينة غزة مشمولة بالتهدئة.", "ceasefire.exclusions",
			[]string{"gaza_city=not_excluded@outlet"}},
	})
}
