package claims

import "testing"

// TestCountedSidesHeadOpensAList: a counted side noun after "between" announces the sides only
// when the names follow its colon or comma at once; past a relative clause the names are
// someone else's (the mediators).
func TestCountedSidesHeadOpensAList(t *testing.T) {
	runCases(t, []mechanismCase{
		{"two sides, which Qatar and the US mediated (Congo)", "en", pubTue,
			"Kinshasa agreed to a ceasefire on Tuesday. The ceasefire between two sides, which Qatar and the United States mediated, took effect at midnight.", "ceasefire.parties", nil},
		// Kept: the list right after the head, past an article.
		{"three parties: the army, the RSF and the SPLM-N (Sudan)", "en", pubTue,
			"A ceasefire was agreed on Tuesday. It is a truce between three parties: the army, the RSF and the SPLM-N.", "ceasefire.parties",
			[]string{"rapid_support_forces,splm_n,sudanese_armed_forces@outlet"}},
		{"two sides only: Israel and Hamas (Gaza)", "en", pubTue,
			"A ceasefire was agreed on Tuesday. The truce is between two sides only: Israel and Hamas.", "ceasefire.parties",
			[]string{"only:hamas,israel@outlet"}},
		{"بين طرفين فقط: الجيش والدعم السريع (Sudan)", "ar", pubTue,
			"أعلن عن هدنة يوم الثلاثاء. وهي هدنة بين طرفين فقط: الجيش السوداني وقوات الدعم السريع.", "ceasefire.parties",
			[]string{"only:rapid_support_forces,sudanese_armed_forces@outlet"}},
	})
}
