package claims

// A name marked as an owner by the English possessive (mentions_possessive_owner.go): a country
// owning a government noun is its government (greenzone gz_002 "Iraq's government and Saraya
// al-Minbar agreed"); an owner right before another name qualifies it, no side of its own
// (sulaymaniyah sl_011 "between the Peshmerga's Unit 70 and Unit 80"; waziristan wz_010
// "mediated by Afghanistan's Taliban rulers" no longer names Afghanistan).

import "testing"

func TestPossessiveOwners(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a country's government agreed", "en", pubTue, "Iraq's government and Saraya al-Minbar, the Minbar Current's armed wing, agreed on Thursday to a ceasefire in Baghdad.", "ceasefire.parties",
			[]string{"iraqi_government,saraya_al_minbar@outlet"}},
		{"the owner of a named unit is no side", "en", pubTue, "The ceasefire between the Peshmerga's Unit 70 and Unit 80 has held since midnight.", "ceasefire.parties",
			[]string{"unit_70,unit_80@outlet"}},
		{"probe: the country itself agreed", "en", pubTue, "Iraq and Saraya al-Minbar agreed on Thursday to a ceasefire in Baghdad.", "ceasefire.parties",
			[]string{"iraq,saraya_al_minbar@outlet"}},
	})
}
