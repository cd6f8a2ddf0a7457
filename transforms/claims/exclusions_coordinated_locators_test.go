package claims

import "testing"

// TestExclusionsCoordinatedLocators: a place joined by "and", "or" or «و» to the place that
// locates a member of the list locates it too; it is no member ("does not extend to PKK
// affiliates in Sinjar or Qandil", «لا يشمل ... المجموعات المسلحة المرتبطة بالعمال الكردستاني في
// سنجار وقنديل»: sulaymaniyah sl_011, sl_022). Probes from Somalia, Yemen and Syria; near misses:
// a list of places with no member they locate, and a member past a comma and "nor".
func TestExclusionsCoordinatedLocators(t *testing.T) {
	const somaliaLead = "Somalia's federal government and Jubaland agreed to a ceasefire in Gedo on Tuesday. "
	const syriaDzLead = "Syrian government forces and the SDF agreed to a ceasefire in Deir ez-Zor on Tuesday. "
	const taizLeadAr = "اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار في تعز يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"en: fighters in Garbaharey and Dolow (Somalia)", "en", pubTue,
			somaliaLead + "The truce does not cover al-Shabaab fighters in Garbaharey and Dolow, the statement said.", "ceasefire.exclusions",
			[]string{"al_shabaab=excluded@outlet"}},
		{"en: cells in Raqqa or Palmyra (Syria)", "en", pubTue,
			syriaDzLead + "The truce does not cover ISIS cells in Raqqa or Palmyra, the army said.", "ceasefire.exclusions",
			[]string{"isis=excluded@syrian_army"}},
		{"ar: عناصر تنظيم القاعدة في مأرب وشبوة (Yemen)", "ar", pubTueAr,
			taizLeadAr + "وقال الجيش إن الهدنة لا تشمل عناصر تنظيم القاعدة في مأرب وشبوة.", "ceasefire.exclusions",
			[]string{"aqap=excluded@yemeni_army"}},
		// Near misses: the places are the members; a new member past a comma.
		{"probe: places alone (Syria)", "en", pubTue,
			syriaDzLead + "The truce does not cover Raqqa or Palmyra, the army said.", "ceasefire.exclusions",
			[]string{"raqqa=excluded@syrian_army", "palmyra=excluded@syrian_army"}},
		{"probe: nor past a comma (Syria)", "en", pubTue,
			syriaDzLead + "The truce does not cover ISIS cells in Raqqa, nor Palmyra, the army said.", "ceasefire.exclusions",
			[]string{"isis=excluded@syrian_army", "palmyra=excluded@syrian_army"}},
	})
}
