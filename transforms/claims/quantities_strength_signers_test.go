package claims

import "testing"

// TestStrengthEstimateOfSigners: an estimate verb whose estimate counts those who signed ("is
// believed to have been signed by 12 factions", "it is thought that nine groups signed", «يقدر
// عدد الفصائل الموقعة على الاتفاق بنحو 12 فصيلاً») is a hedged count of signatories, not a
// group's strength (TestStrengthEstimateNoSignatories): a verb or noun of signing between the
// estimate and the counted noun keeps the count. Probes from Sudan and Myanmar.
func TestStrengthEstimateOfSigners(t *testing.T) {
	const sudan = "Sudan's army and armed movements agreed to a truce on Monday. "
	runCases(t, []mechanismCase{
		{"believed to have been signed by 12 factions (Sudan)", "en", pubTue,
			sudan + "The agreement is believed to have been signed by 12 armed factions.", "ceasefire.signatories",
			[]string{"factions=12@outlet~hedged"}},
		{"thought that nine groups signed (Sudan)", "en", pubTue,
			sudan + "It is thought that nine groups signed the truce.", "ceasefire.signatories",
			[]string{"factions=9@outlet~hedged"}},
		{"ar: the number of signing factions estimated at about 12 (Sudan)", "ar", pubTueAr,
			"اتفق الجيش السوداني والحركات المسلحة على هدنة يوم الاثنين. ويقدر عدد الفصائل الموقعة على الاتفاق بنحو 12 فصيلاً.", "ceasefire.signatories",
			[]string{"factions=[10.8,13.2]@outlet"}},
		// Kept: the strength of groups that signed, estimated after the signing.
		{"probe: signed, then the fighters' strength (Myanmar)", "en", pubTue,
			"Myanmar's junta and ethnic armed groups agreed to a ceasefire on Monday. Eight groups signed the truce; their fighters are estimated at about 20,000.", "ceasefire.signatories",
			[]string{"factions=8@outlet"}},
	})
}
