package claims

import "testing"

// TestGuarantorPassiveAgentOfAnotherNoun: the agent of a guarantee participle guarantees the
// truce only where the participle is said of it (TestGuarantorPassiveAgent); right after another
// noun, a reduced relative, the participle is that noun's ("the truce includes humanitarian
// corridors guaranteed by the Sudanese army", «ممرات آمنة مضمونة من قبل الجيش السوداني»): the
// force guarantees the corridors, not the truce. Kept: after a copula past an inserted "he
// said" (Iraq).
func TestGuarantorPassiveAgentOfAnotherNoun(t *testing.T) {
	const sudan = "Sudan's army and the RSF agreed to a truce on Monday. "
	runCases(t, []mechanismCase{
		{"corridors guaranteed by the army (Sudan)", "en", pubTue,
			sudan + "The truce includes humanitarian corridors guaranteed by the Sudanese army.", "ceasefire.guarantors", nil},
		{"ar: safe corridors guaranteed by the army (Sudan)", "ar", pubTueAr,
			"اتفق الجيش السوداني وقوات الدعم السريع على هدنة يوم الاثنين. وتتضمن الهدنة ممرات آمنة مضمونة من قبل الجيش السوداني.", "ceasefire.guarantors", nil},
		// Kept.
		{"probe: the ceasefire, he said, was guaranteed by the army (Iraq)", "en", pubTue,
			"Iraq's government and the Kurdish region agreed to a ceasefire in Kirkuk on Monday. The ceasefire, he said, was guaranteed by the Iraqi army.", "ceasefire.guarantors",
			[]string{"iraqi_army@outlet"}},
	})
}
