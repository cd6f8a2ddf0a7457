package claims

import "testing"

// TestExclusionsRepeatedCuePreposition: a coverage list whose members repeat the cue's own
// preposition after a coordinator ("also extends to the port and to Toussaint Louverture
// International Airport") lists covered parts; the port was read as a road leading to the
// airport ("the road to Tawila"), and both were dropped (haiti ht_012; two gold disagreements).
// Near misses: a road and the place it leads to stay a road ("covers the road to Cité Soleil"),
// and the Arabic list keeps its reading.
func TestExclusionsRepeatedCuePreposition(t *testing.T) {
	const haiti = "A truce between the Haitian police and Viv Ansanm took effect in Port-au-Prince on Monday. "
	const haitiAr = "دخلت الهدنة بين الشرطة الهايتية وتحالف فيف أنسانم حيز التنفيذ في بورت أو برنس. "
	runCases(t, []mechanismCase{
		{"extends to the port and to the airport (haiti ht_012)", "en", pubTue, haiti + "The deal, he said, also extends to the port and to Toussaint Louverture International Airport, \"because that is where the food and the medicine come in\".", "ceasefire.exclusions",
			[]string{"port_au_prince_port=not_excluded@outlet", "toussaint_louverture_airport=not_excluded@outlet"}},
		{"probe: the port and to a district (Haiti)", "en", pubTue, haiti + "The deal also extends to the port and to Cité Soleil.", "ceasefire.exclusions",
			[]string{"port_au_prince_port=not_excluded@outlet", "cite_soleil=not_excluded@outlet"}},
		{"probe: يمتد إلى الميناء وإلى المطار (Haiti, ar)", "ar", pubTueAr, haitiAr + "وقال إن الاتفاق يمتد إلى الميناء وإلى مطار توسان لوفرتور.", "ceasefire.exclusions",
			[]string{"port_au_prince_port=not_excluded@outlet", "toussaint_louverture_airport=not_excluded@outlet"}},
		{"near miss: a road and where it leads (Haiti)", "en", pubTue, haiti + "The deal covers the road to Cité Soleil.", "ceasefire.exclusions",
			nil},
	})
}
