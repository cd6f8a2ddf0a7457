package claims

import "testing"

// TestMonitorsIndefiniteTermAction: a monitoring word whose object is a term's action behind an
// indefinite article ("would oversee an exchange of prisoners", "will oversee a handover of
// bodies") watches that exchange or handover, as with the definite article; an indefinite
// truce noun there ("oversee a ceasefire", "monitor a truce line") stays the truce's monitoring.
func TestMonitorsIndefiniteTermAction(t *testing.T) {
	const sudanFasherLead = "The Sudanese army and the RSF agreed to a truce in El Fasher on Tuesday. "
	runCases(t, []mechanismCase{
		{"oversee an exchange of prisoners (Yemen)", "en", "", yemenLead + "The envoy said the ICRC would oversee an exchange of prisoners and bodies as soon as the lists are finalised.", "ceasefire.monitors",
			nil},
		{"oversee a handover of bodies (Sudan)", "en", "", sudanFasherLead + "The African Union will oversee a handover of bodies on Friday.", "ceasefire.monitors",
			nil},
		{"the definite article as before", "en", "", yemenLead + "The envoy said the ICRC would oversee the exchange of prisoners.", "ceasefire.monitors",
			nil},
		{"probe: oversee a ceasefire", "en", "", sudanFasherLead + "The African Union will oversee a ceasefire that both sides signed.", "ceasefire.monitors",
			[]string{"african_union@outlet"}},
		{"probe: monitor a truce line", "en", "", yemenLead + "The envoy said Oman would monitor a truce line along the coast.", "ceasefire.monitors",
			[]string{"oman@outlet"}},
	})
}
