package claims

import "testing"

// TestWithdrawalSidesBound: a withdrawal said to be required of both sides, or to apply to
// them, further on in its clause ("the withdrawal ... that the truce requires of both sides",
// "applies to both sides", «ينطبق على الطرفين», «مطلوب من الطرفين») is each side's, over a
// force read near it; unnamed, the sides are BothSides for the comparison. Probes: a withdrawal
// only discussed by both sides, a call on both sides, both sides of a street.
func TestWithdrawalSidesBound(t *testing.T) {
	const kurdLead = "The KDP and the PUK agreed to a truce on Tuesday. "
	const kufraLeadAr = "اتفق التبو والزوية على هدنة في الكفرة يوم الثلاثاء. "
	kurds := []string{"unit_80=required@outlet", "unit_70=required@outlet"}
	kufra := []string{"tebu=required@sources", "zuwaya=required@sources"}
	runCases(t, []mechanismCase{
		{"en: the withdrawal the truce requires of both sides (Iraq)", "en", pubTue,
			kurdLead + "Unit 80 began the withdrawal to pre-clash positions that the truce requires of both sides.", "ceasefire.withdrawal", kurds},
		{"en: the relative clause between commas (Iraq)", "en", pubTue,
			kurdLead + "The withdrawal to pre-clash positions, which the truce requires of both sides, began on Wednesday.", "ceasefire.withdrawal", kurds},
		{"en: the pullback applies to both sides (Iraq)", "en", pubTue,
			kurdLead + "The pullback from the hilltops applies to both sides, the statement said.", "ceasefire.withdrawal", kurds},
		{"ar: إخلاء المقرات ينطبق على الطرفين (Libya)", "ar", pubTueAr,
			kufraLeadAr + "وقال مصدر إن إخلاء المقرات المحيطة بالسوق ينطبق على الطرفين لا على التبو فقط.", "ceasefire.withdrawal", kufra},
		{"ar: سحب الأسلحة مطلوب من الطرفين (Libya)", "ar", pubTueAr,
			kufraLeadAr + "وقال مصدر إن سحب الأسلحة من الأسطح مطلوب من الطرفين.", "ceasefire.withdrawal", kufra},
		// Probes.
		{"probe: a withdrawal discussed by both sides (Iraq)", "en", pubTue,
			kurdLead + "The pullback from the hilltops was discussed by both sides on Monday.", "ceasefire.withdrawal", nil},
		{"probe: a call on both sides (Iraq)", "en", pubTue,
			kurdLead + "The envoy called for a pullback from the hilltops that he said was required of both sides.", "ceasefire.withdrawal", nil},
		{"probe: both sides of the street (Iraq)", "en", pubTue,
			kurdLead + "Residents on both sides of the street watched the fighters leave.", "ceasefire.withdrawal", nil},
	})
	runCasesOn(t, unnamedSidesExtractor(t), []mechanismCase{
		{"ar: unnamed sides, مطلوب من الطرفين معاً (Tripoli quote)", "ar", pubTueAr,
			"وعن الأسلحة المتوسطة في الهدنة، اعتبر المتحدث أن سحبها من الأسطح «مطلوب من الطرفين معاً أو لا يكون».", "ceasefire.withdrawal",
			[]string{BothSides + "=required@outlet"}},
	})
}
