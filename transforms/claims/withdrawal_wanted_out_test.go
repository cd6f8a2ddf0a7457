package claims

import "testing"

// TestWantedOutOf: "<demander> wants <force> out of <place>" demands that force's withdrawal
// (mindanao mn_017 'The army in turn wants BIFF fighters out of the marsh villages', manipur
// mp_030 'COCOMI wants the Assam Rifles out of Bishnupur'): lexicon withdrawal cue "out of",
// object "wanted_out". The force named before "out of" is the one wanted out, the demander is
// not (no required line for the army that wants). Probes from Sudan, Yemen and Lebanon; near
// misses: a movement told, a force kept out of talks with no demand, a demand about no force,
// a negated demand.
func TestWantedOutOf(t *testing.T) {
	const sudanLead = "Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. "
	const yemenLead = "The Yemeni government and the Houthis agreed a truce in Taiz on Tuesday. "
	runCases(t, []mechanismCase{
		{"the army wants the RSF out of a city (Sudan)", "en", pubTue,
			sudanLead + "The army wants the RSF out of El Fasher.", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=required@sudanese_armed_forces~demanded"}},
		{"a demonym with a force noun (Yemen)", "en", pubTue,
			yemenLead + "The government wants Houthi fighters out of Salah district before any reopening of roads.", "ceasefire.withdrawal",
			[]string{"houthis=required@yemeni_government~demanded"}},
		{"a state wants foreign troops out (Lebanon)", "en", pubTue,
			"Israel and Hezbollah agreed a ceasefire on Tuesday. Lebanon wants Israeli troops out of the five hilltops, the president said.", "ceasefire.withdrawal",
			[]string{"israeli_forces=required@lebanon~demanded"}},
		// Near misses.
		{"fighters came out of the forest (Sudan)", "en", pubTue,
			sudanLead + "RSF fighters came out of the forest near El Fasher on Wednesday.", "ceasefire.withdrawal", nil},
		{"kept out of the talks, no demand (Sudan)", "en", pubTue,
			sudanLead + "The deal keeps the army out of the talks on the city's administration.", "ceasefire.withdrawal", nil},
		{"wants the talks out of a city (Sudan)", "en", pubTue,
			sudanLead + "The army wants the talks out of Jeddah.", "ceasefire.withdrawal", nil},
		{"does not want them out (Sudan)", "en", pubTue,
			sudanLead + "The army does not want the RSF out of El Fasher.", "ceasefire.withdrawal", nil},
	})
}
