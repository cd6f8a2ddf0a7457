package claims

import "testing"

// TestScopeAreaNouns: the area nouns and the 'all <areas>' scope cues completed in stop 23's
// lexicon pass (ar: مديريات، أقضية، قطاعات، مخيمات، محليات، مقاطعات، الأحياء، the duals بلدتين and
// ولايتين; 'جميع/كل/كافة مديريات|أحياء|محليات'; en: counties, municipalities, governorates, sectors,
// neighbourhoods, localities, camps, enclaves; 'all districts', 'all neighbourhoods', 'every
// district'). Counted whole, the areas of a place place the truce there and leave the place
// itself no covered part ("يشمل جميع أحياء المخيم": ainhilweh ah_010, ah_031; heldout ho_005);
// "covers the municipalities of X and Y" names the truce's places (mindanao mn_004/mn_005). Near
// miss: the areas aid is delivered to (ainhilweh ah_032).
func TestScopeAreaNouns(t *testing.T) {
	runCases(t, []mechanismCase{
		{"all districts of a governorate, a district included (Yemen, ar)", "ar", pubTueAr, "قال رئيس الوفد إن اتفاق وقف إطلاق النار يشمل جميع مديريات محافظة الحديدة بما فيها مديرية حيس.", "ceasefire.exclusions",
			[]string{"hays=not_excluded@outlet"}},
		{"all districts of a governorate place the truce (Yemen, ar)", "ar", pubTueAr, "قال رئيس الوفد إن اتفاق وقف إطلاق النار يشمل جميع مديريات محافظة الحديدة بما فيها مديرية حيس.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"all neighbourhoods of the camp: the camp is no covered part (Lebanon, ar)", "ar", pubTueAr, "وقال المتحدث إن وقف إطلاق النار يشمل جميع أحياء مخيم عين الحلوة من دون استثناء.", "ceasefire.exclusions", nil},
		{"all neighbourhoods of the camp place the truce (Lebanon, ar)", "ar", pubTueAr, "وقال المتحدث إن وقف إطلاق النار يشمل جميع أحياء مخيم عين الحلوة من دون استثناء.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"probe: all districts of a province, English (Yemen)", "en", pubTue, "The truce covers all districts of Hodeidah province, including Hays, the envoy said.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"the municipalities of X and Y (Philippines)", "en", pubTue, "The truce covers the municipalities of Datu Saudi Ampatuan and Shariff Aguak, the statement said.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"probe: the camps of X and Y (Sudan)", "en", pubTue, "The army said the truce covers the camps of Zamzam and Abu Shouk.", "ceasefire.scope",
			[]string{"partial@sudanese_armed_forces"}},
		{"near miss: aid delivered to all neighbourhoods (Lebanon, ar)", "ar", pubTueAr, "وقال المسؤول إن إيصال المساعدات إلى جميع الأحياء جزء من التفاهم الذي أنهى الاشتباكات.", "ceasefire.scope", nil},
		{"near miss: aid deliveries to all districts (en)", "en", pubTue, "The official said aid deliveries to all districts are part of the truce.", "ceasefire.scope", nil},
	})
}
