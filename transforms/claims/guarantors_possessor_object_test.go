package claims

import "testing"

// TestGuarantorOfAnotherOwnersObject: in a guarantee noun's own object that is no truce, a name
// that owns it ("the guarantor of Israel's security") is no guarantor either, as the name
// before the noun is not (f84e686). Review probes from Gaza and Congo; a name that is the
// object itself ("guarantor of the Doha framework") and a truce object keep their reading.
func TestGuarantorOfAnotherOwnersObject(t *testing.T) {
	const gazaLead = "Israel and Hamas agreed to a ceasefire in Gaza on Tuesday. "
	const congoLead = "The Congolese government and the M23 agreed to a truce in Goma on Tuesday. "
	runCases(t, []mechanismCase{
		{"the guarantor of Israel's security (Gaza)", "en", pubTue, gazaLead + "The United States, the guarantor of Israel's security, backs the truce.", "ceasefire.guarantors", nil},
		{"the guarantor of Rwanda's borders (Congo)", "en", pubTue, congoLead + "Uganda, the guarantor of Rwanda's borders, welcomed the truce.", "ceasefire.guarantors", nil},
		// Kept.
		{"guarantor of the Doha framework (Congo)", "en", pubTue, congoLead + "Qatar, guarantor of the Doha framework, said the truce holds.", "ceasefire.guarantors",
			[]string{"qatar@qatar"}},
		{"a guarantor of the deal's first phase (Gaza)", "en", pubTue, gazaLead + "Qatar, a guarantor of the deal's first phase, said talks would continue.", "ceasefire.guarantors",
			[]string{"qatar@outlet"}},
		{"guarantors of the agreement (Gaza)", "en", pubTue, gazaLead + "Turkey, Egypt and Qatar are guarantors of the agreement, Hamas said.", "ceasefire.guarantors",
			[]string{"egypt,qatar,turkey@hamas"}},
	})
}
