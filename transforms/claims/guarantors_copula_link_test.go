package claims

import "testing"

// TestGuarantorCopulaLink: a copula joins a force or its own state's government to the
// guarantor noun past the truce as the role's owner ("the army was the deal's sole guarantor",
// portsudan ps_035), and a pronoun for who speaks so joined, or carried by a that-word
// right before the role noun, makes the speaker the guarantor ("said on Monday it was the sole
// guarantor", kufra kf_020; «تقول الحكومة المركزية في نيودلهي إنها الضامن الوحيد», manipur
// mp_027). An "only" word set off from the list by a comma ends another phrase ("أربعة عشر يوماً
// فقط، وتعدّ واشنطن والأمم المتحدة ضامنتين لها", kirkuk kk_013). A guarantee of something
// else, a negation or the role owning another noun names no guarantor.
func TestGuarantorCopulaLink(t *testing.T) {
	const sudan = "The army and the RSF agreed to a truce in El Fasher on Monday. "
	const sudanAr = "اتفق الجيش والدعم السريع على هدنة في الفاشر. "
	const gaza = "Israel and Hamas agreed to a ceasefire in Gaza on Sunday. "
	runCases(t, []mechanismCase{
		{"the deal's sole guarantor (Sudan)", "en", "", sudan + "He added that the Sudanese army was the deal's sole guarantor.", "ceasefire.guarantors",
			[]string{"only:sudanese_armed_forces@outlet"}},
		{"probe: its sole guarantor (Iraq)", "en", "", "Baghdad and Erbil agreed to a truce in Kirkuk on Monday. A government spokesman said the federal government is its sole guarantor.", "ceasefire.guarantors",
			[]string{"only:iraqi_government@outlet"}},
		{"probe: a pronoun joined by a copula, a force (Sudan)", "en", "", sudan + "The Sudanese army said on Monday it was the sole guarantor of the truce.", "ceasefire.guarantors",
			[]string{"only:sudanese_armed_forces@sudanese_armed_forces"}},
		{"probe: a pronoun joined by a copula, a state (Gaza)", "en", "", gaza + "Egypt said on Monday it was the sole guarantor of the truce.", "ceasefire.guarantors",
			[]string{"only:egypt@egypt"}},
		{"the own state's government by its that-word (India)", "ar", "", "تقول الحكومة المركزية في نيودلهي إنها الضامن الوحيد لاتفاق تعليق العمليات في مانيبور.", "ceasefire.guarantors",
			[]string{"only:india@union_government"}},
		{"probe: a force by its that-word (Sudan)", "ar", "", sudanAr + "وقال الجيش السوداني إنه الضامن الوحيد للهدنة.", "ceasefire.guarantors",
			[]string{"only:sudanese_armed_forces@sudanese_armed_forces"}},
		{"probe: an only of another phrase before a comma (Gaza)", "en", "", gaza + "The truce lasts two weeks only, and Egypt and Qatar are its guarantors.", "ceasefire.guarantors",
			[]string{"egypt,qatar@outlet"}},
		{"probe: an only of the duration before a comma (Sudan)", "ar", "", sudanAr + "وتقول الحكومة إن الهدنة تمتد أسبوعين فقط، وتعدّ مصر وقطر ضامنتين لها.", "ceasefire.guarantors",
			[]string{"egypt,qatar@sudanese_government"}},
		// Kept: an "only" on the list.
		{"probe: only before the list (Gaza)", "en", "", gaza + "Only Egypt and Qatar are its guarantors.", "ceasefire.guarantors",
			[]string{"only:egypt,qatar@outlet"}},
		{"probe: alone after the list (Gaza)", "en", "", gaza + "Egypt and Qatar alone are its guarantors.", "ceasefire.guarantors",
			[]string{"only:egypt,qatar@outlet"}},
		// Negative probes.
		{"probe: the guarantor of security in the city (Sudan)", "en", "", sudan + "The Sudanese army said it was the only guarantor of security in the city.", "ceasefire.guarantors", nil},
		{"probe: the guarantor of security, by its that-word (Sudan)", "ar", "", sudanAr + "وقال الجيش السوداني إنه الضامن الوحيد للأمن في المدينة.", "ceasefire.guarantors", nil},
		{"probe: negated (Sudan)", "en", "", sudan + "The Sudanese army said it was not the guarantor of the truce.", "ceasefire.guarantors", nil},
		{"probe: the role owns another noun (Gaza)", "en", "", gaza + "Egypt said it was the guarantor's main host.", "ceasefire.guarantors", nil},
	})
}
