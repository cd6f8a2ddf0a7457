package claims

import "testing"

// TestQualifiedMovementAnaphor: «الحركة» is the movement and the traffic (lexicon link_nouns);
// a nisba adjective after it tells which. «أمام الحركة المدنية» is traffic: no group stands
// there, so both sides' fighters are both sides (Yemen, Sudan, Syria). «الحركة الشعبية» is the
// group whose name has the word, not the group named closest (Sudan). Probes: the bare «الحركة»
// and «الحركة المسلحة» still stand for the movement just named.
func TestQualifiedMovementAnaphor(t *testing.T) {
	const yemenLeadAr = "اتفقت الحكومة اليمنية وجماعة الحوثي على هدنة في تعز يوم الثلاثاء. "
	const sudanLeadAr = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"ar: roads opened to civilian traffic, both sides' fighters (Yemen)", "ar", pubTueAr,
			yemenLeadAr + "وينص الاتفاق على فتح الطرق أمام الحركة المدنية، وعلى سحب مقاتلي الطرفين من خطوط التماس.", "ceasefire.withdrawal",
			[]string{"houthis=required@outlet", "yemeni_army=required@outlet"}},
		{"ar: commercial traffic resumed, both sides' fighters (Sudan)", "ar", pubTueAr,
			sudanLeadAr + "وينص الاتفاق على استئناف الحركة التجارية في السوق وسحب مقاتلي الطرفين من الشوارع.", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=required@outlet", "sudanese_armed_forces=required@outlet"}},
		{"ar: a road opened to commercial traffic, both sides' fighters (Syria)", "ar", pubTueAr,
			"اتفقت قوات سوريا الديمقراطية والجيش الوطني السوري على هدنة في منبج يوم الثلاثاء. وينص الاتفاق على فتح الطريق الدولي أمام الحركة التجارية وعلى سحب مقاتلي الطرفين من محيط السد.", "ceasefire.withdrawal",
			[]string{"sdf=required@outlet", "syrian_national_army=required@outlet"}},
		{"ar: the named movement, not the group named closer (Sudan)", "ar", pubTueAr,
			"وقّعت الحركة الشعبية لتحرير السودان - شمال على الهدنة في كادقلي يوم الثلاثاء. وقالت قوات الدعم السريع إنها ملتزمة بالهدنة، فيما قالت الحركة الشعبية إنها لن تنسحب من هبيلا.", "ceasefire.withdrawal",
			[]string{"splm_n=not_required@splm_n"}},
		// Probes: the bare anaphor and a descriptive adjective keep the movement named before.
		{"probe: the bare movement is the one just named (Sudan)", "ar", pubTueAr,
			"وقّعت الحركة الشعبية لتحرير السودان - شمال على الهدنة في كادقلي يوم الثلاثاء. وقال المتحدث إن الحركة ستنسحب من هبيلا خلال أسبوع.", "ceasefire.withdrawal",
			[]string{"splm_n=required@outlet"}},
		{"probe: the armed movement is the one just named (Yemen)", "ar", pubTueAr,
			"قالت جماعة الحوثي إنها وافقت على هدنة في تعز. وأكدت الحركة المسلحة أنها لن تنسحب من الحوبان.", "ceasefire.withdrawal",
			[]string{"houthis=not_required@houthis"}},
	})
}
