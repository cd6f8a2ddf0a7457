package claims

import "testing"

// TestGuarantorPassiveAgent: the agent of the guarantee participle said of the truce guarantees
// it, a force or its own state's government as much as a third state ("a ceasefire in Tripoli,
// which he said was guaranteed by the army", tabbaneh tb_037; "committing to a ceasefire
// guaranteed by the provincial government and the mediation committee", basra bs_018). A
// participle said of something else (a loan, access, security), or negated, names no guarantor.
func TestGuarantorPassiveAgent(t *testing.T) {
	const tripoli = "Lebanon's prime minister welcomed a ceasefire in Tripoli"
	const sudan = "The army and the RSF agreed to a truce in El Fasher on Monday. "
	const kirkuk = "Baghdad and Erbil agreed to a truce in Kirkuk on Monday. "
	runCases(t, []mechanismCase{
		{"a relative clause on the ceasefire (Lebanon)", "en", "", tripoli + ", which he said was guaranteed by the Lebanese army.", "ceasefire.guarantors",
			[]string{"lebanese_army@lebanon"}},
		{"probe: the truce as subject, a force (Sudan)", "en", "", sudan + "The truce is guaranteed by the Sudanese army.", "ceasefire.guarantors",
			[]string{"sudanese_armed_forces@outlet"}},
		{"probe: a list the agent word heads (Iraq)", "en", "", kirkuk + "The truce is guaranteed by the federal government and the United Nations, a spokesman said.", "ceasefire.guarantors",
			[]string{"iraqi_government,un@iraqi_government"}},
		// Negative probes.
		{"probe: a loan (Lebanon)", "en", "", tripoli + ". The bank loan was guaranteed by the Lebanese army.", "ceasefire.guarantors", nil},
		{"probe: negated (Lebanon)", "en", "", tripoli + ", which he said was not guaranteed by the Lebanese army.", "ceasefire.guarantors", nil},
		{"probe: access to the camps (Sudan)", "en", "", sudan + "Access to the camps is guaranteed by the Sudanese army.", "ceasefire.guarantors", nil},
		{"probe: security in the city (Lebanon)", "en", "", tripoli + ". Security in the city is guaranteed by the Lebanese army, he said.", "ceasefire.guarantors", nil},
	})
}
