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

// A context alias ("rebel coalition", "the ministry") that a longer name of the same body
// overlaps from inside yields to that name (analyze.go ownNameOverlapsAfter): "the rebel
// Coalition of Patriots for Change (CPC)" is one mention of the CPC (bangui bg_001-bg_003, with
// "The Central African Republic's government", a government that speaks for its state).
func TestContextAliasYieldsToOwnName(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a state's government and a rebel coalition by its name", "en", pubTue, "The Central African Republic's government and the rebel Coalition of Patriots for Change (CPC) agreed on Sunday to a ceasefire after four days of talks in Luanda.", "ceasefire.parties",
			[]string{"central_african_government,cpc@outlet"}},
		{"the ministry's full name", "en", pubTue, "The statement of the Ministry of Foreign Affairs of the Kyrgyz Republic welcomes the cessation of hostilities agreed between the border services of the Kyrgyz Republic and Tajikistan.", "ceasefire.parties",
			[]string{"kyrgyz_border_service,tajikistan@kyrgyz_foreign_ministry"}},
	})
}
