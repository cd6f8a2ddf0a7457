package claims

import "testing"

// TestGuarantorOfOther: a guarantee noun with a partitive object of its own that is not the
// truce ("the main guarantor of Europe's security") names no guarantor of the truce; "guarantor
// of the truce", "of its implementation", "of the implementation of the deal" do.
func TestGuarantorOfOther(t *testing.T) {
	const ukraine = "Russia and Ukraine agreed to a ceasefire on Tuesday. "
	const gaza = "Israel and Hamas agreed to a ceasefire in Gaza on Sunday. "
	const sudan = "The army and the RSF agreed to a truce in El Fasher on Monday. "
	runCases(t, []mechanismCase{
		{"Kyiv is the main guarantor of Europe's security (Ukraine)", "en", "", ukraine + "Macron said Kyiv is the main guarantor of Europe's security.", "ceasefire.guarantors", nil},
		{"probe: guarantor of stability in the Red Sea (Sudan)", "en", "", sudan + "Saudi Arabia sees itself as the guarantor of stability in the Red Sea.", "ceasefire.guarantors", nil},
		// Kept.
		{"probe: guarantor of the truce (Sudan)", "en", "", sudan + "Saudi Arabia is the guarantor of the truce.", "ceasefire.guarantors",
			[]string{"saudi_arabia@outlet"}},
		{"probe: guarantor of its implementation (Gaza)", "en", "", gaza + "Egypt will act as guarantor of its implementation, Cairo said.", "ceasefire.guarantors",
			[]string{"egypt@egypt"}},
		{"probe: guarantor of the implementation of the deal (Gaza)", "en", "", gaza + "Egypt will act as guarantor of the implementation of the deal.", "ceasefire.guarantors",
			[]string{"egypt@outlet"}},
		{"probe: a guarantor, alongside the African Union (Congo)", "en", "", "Kinshasa and the M23 agreed to a ceasefire on Monday. Qatar will be a guarantor, alongside the African Union.", "ceasefire.guarantors",
			[]string{"african_union,qatar@outlet"}},
	})
}
