package claims

import "testing"

// TestWithdrawalArmedMenOfBothSides: the register of local and tribal truces names no force:
// both sides' armed men ("armed men on both sides", "المسلحين من الطرفين", "إخلاء الشوارع من
// مسلحي الطرفين"), the sides bound to pull them back ("يُلزم الطرفين بسحب المسلحين", "requires
// both sides to pull back"), both sides as the subject ("Both sides are to pull heavy weapons
// back"), and a force's own weapons ("على قسد سحب أسلحتها الثقيلة") are each side's withdrawal.
// Probes: a call on both sides, talks about a pullback, an ambassador withdrawn, armed men of
// one side only.
func TestWithdrawalArmedMenOfBothSides(t *testing.T) {
	const sudanLead = "Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. "
	const sudanLeadAr = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر يوم الثلاثاء. "
	const syriaLeadAr = "اتفقت قوات سوريا الديمقراطية والجيش الوطني السوري على هدنة في منبج يوم الثلاثاء. "
	both := []string{"rapid_support_forces=required@outlet", "sudanese_armed_forces=required@outlet"}
	runCases(t, []mechanismCase{
		{"en: binds armed men on both sides to leave the streets", "en", pubTue,
			sudanLead + "The deal binds armed men on both sides to leave the streets within 24 hours.", "ceasefire.withdrawal", both},
		{"en: requires both sides to pull back their fighters", "en", pubTue,
			sudanLead + "The deal requires both sides to pull back their fighters from the market.", "ceasefire.withdrawal", both},
		{"en: both sides are to pull heavy weapons back", "en", pubTue,
			sudanLead + "Both sides are to pull heavy weapons back from the city, the mediator said.", "ceasefire.withdrawal", both},
		{"ar: يلزم الاتفاق الطرفين بسحب المسلحين", "ar", pubTueAr,
			sudanLeadAr + "ويلزم الاتفاق الطرفين بسحب المسلحين من الشوارع خلال أربع وعشرين ساعة.", "ceasefire.withdrawal", both},
		{"ar: إخلاء الشوارع من مسلحي الطرفين", "ar", pubTueAr,
			sudanLeadAr + "ويتضمن الاتفاق إخلاء الشوارع من مسلحي الطرفين خلال يوم واحد.", "ceasefire.withdrawal", both},
		{"ar: على المسلحين من الطرفين إخلاء الشوارع", "ar", pubTueAr,
			sudanLeadAr + "وقال المتحدث: على المسلحين من الطرفين إخلاء الشوارع، هذا بند واضح في الاتفاق.", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=required@outlet", "sudanese_armed_forces=required@outlet"}},
		{"ar: a force's own heavy weapons (Syria)", "ar", pubTueAr,
			syriaLeadAr + "وقال المتحدث إن على قسد بموجب التفاهم سحب أسلحتها الثقيلة من محيط المدينة.", "ceasefire.withdrawal",
			[]string{"sdf=required@outlet"}},
		{"en: gunmen of both tribes (tribal register, Iraq)", "en", pubTue,
			"Bani Rashed and Al-Ghazalat agreed to a truce in Basra on Tuesday. The document requires gunmen of both tribes to pull back from the highway.", "ceasefire.withdrawal",
			[]string{"al_ghazalat=required@outlet", "bani_rashed=required@outlet"}},
		{"ar: تعهد الطرفان بسحب مسلحيهما (tribal register, Iraq)", "ar", pubTueAr,
			"اتفقت عشيرتا بني راشد والغزالات على هدنة في البصرة يوم الثلاثاء. وتعهّد الطرفان بسحب مسلحيهما من الطريق السريع بين البصرة والعمارة.", "ceasefire.withdrawal",
			[]string{"al_ghazalat=required@outlet", "bani_rashed=required@outlet"}},
		// Probes.
		{"probe: the two tribes' elders met, no withdrawal (Iraq)", "en", pubTue,
			"Bani Rashed and Al-Ghazalat agreed to a truce in Basra on Tuesday. Elders of both tribes met in Qurna to discuss the diya.", "ceasefire.withdrawal", nil},
		{"probe: the UN urged both sides to pull back (Sudan)", "en", pubTue,
			sudanLead + "The UN urged both sides to pull back their fighters from the market.", "ceasefire.withdrawal", nil},
		{"probe: both sides discussed withdrawing armed men (Sudan)", "ar", pubTueAr,
			sudanLeadAr + "وبحث الطرفان سحب المسلحين من الشوارع في جولة المحادثات المقبلة.", "ceasefire.withdrawal", nil},
		{"probe: an ambassador withdrawn (Syria)", "ar", pubTueAr,
			syriaLeadAr + "وقالت الخارجية إن الحكومة ستسحب سفيرها من أنقرة.", "ceasefire.withdrawal", nil},
		{"probe: both sides' armed men killed, no withdrawal (Yemen)", "en", pubTue,
			yemenLead + "Armed men on both sides were killed in clashes before the truce.", "ceasefire.withdrawal", nil},
	})
}
