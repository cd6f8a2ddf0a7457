package claims

import "testing"

// TestWithdrawalReturnCues: going back to lines, positions, camps or barracks is a withdrawal
// (lexicon cues, required): "Syrian units must return to the lines they held before the
// fighting" (hermel hm_019), "the police would go back to barracks" (haiti ht_033), "police units
// would be confined to their stations" (haiti ht_035), "على عناصر الجماعات الكوكية المسلحة العودة
// إلى المخيمات المحددة" (manipur mp_029), "العودة إلى الثكنات". Near miss: a return of the
// displaced to their villages names no force.
func TestWithdrawalReturnCues(t *testing.T) {
	const haiti = "A truce between the Haitian police and Viv Ansanm took effect in Port-au-Prince on Monday. "
	const hermel = "A ceasefire between the Syrian and Lebanese armies took effect on the border near Hermel on Monday. "
	runCases(t, []mechanismCase{
		{"return to the lines (hermel hm_019)", "en", pubTue, hermel + "The Lebanese army says Syrian units must return to the lines they held before the fighting.", "ceasefire.withdrawal",
			[]string{"syrian_army=required@lebanese_army"}},
		{"go back to barracks (haiti ht_033)", "en", pubTue, haiti + "Viv Ansanm says it was promised that the police would go back to barracks.", "ceasefire.withdrawal",
			[]string{"haitian_national_police=required@viv_ansanm"}},
		{"confined to their stations (haiti ht_035)", "en", pubTue, haiti + "Viv Ansanm said police units would be confined to their stations in Delmas and Solino.", "ceasefire.withdrawal",
			[]string{"haitian_national_police=required@viv_ansanm"}},
		{"العودة إلى الثكنات (Haiti, ar)", "ar", pubTueAr, "دخلت الهدنة بين الشرطة الهايتية وتحالف فيف أنسانم حيز التنفيذ في بورت أو برنس. وقال التحالف إن على الشرطة الوطنية الهايتية العودة إلى الثكنات.", "ceasefire.withdrawal",
			[]string{"haitian_national_police=required@viv_ansanm"}},
		{"near miss: the displaced return to their villages (Haiti)", "en", pubTue, haiti + "Thousands of displaced families began to return to their homes in Delmas.", "ceasefire.withdrawal",
			nil},
	})
}
