package claims

import "testing"

// TestVerifyingOtherReportsIsNoMonitoring: a verifying verb whose object is reports, claims or
// allegations of something other than the truce, its breaches or the fighting names no
// monitor of the truce; verifying reports of violations or compliance still does.
func TestVerifyingOtherReportsIsNoMonitoring(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: UNICEF verifying reports of child recruitment (Congo)", "en", pubTue, congoLead20 + "UNICEF said its teams were verifying reports of child recruitment.", "ceasefire.monitors", nil},
		{"probe: verifying claims of looting (Sudan)", "en", pubTue, sudanLead20 + "The UN said it was verifying claims of looting in El Fasher markets.", "ceasefire.monitors", nil},
		{"probe: verify allegations of sexual violence (Sudan)", "en", pubTue, sudanLead20 + "UN Women will verify allegations of sexual violence in Darfur camps.", "ceasefire.monitors", nil},
		{"probe: verifying reports of displaced families (Gaza)", "en", pubTue, gazaLead20 + "UNRWA said its staff were verifying reports of displaced families returning north.", "ceasefire.monitors", nil},
		// Kept.
		{"verifying reports of violations (Congo)", "en", pubTue, congoLead20 + "MONUSCO said its teams were verifying reports of violations.", "ceasefire.monitors",
			[]string{"monusco@monusco"}},
		{"verifying compliance with the truce (Congo)", "en", pubTue, congoLead20 + "MONUSCO said its teams were verifying compliance with the truce.", "ceasefire.monitors",
			[]string{"monusco@monusco"}},
		{"verifying reports of shelling (Congo)", "en", pubTue, congoLead20 + "MONUSCO said its teams were verifying reports of shelling in Ituri.", "ceasefire.monitors",
			[]string{"monusco@monusco"}},
	})
}
