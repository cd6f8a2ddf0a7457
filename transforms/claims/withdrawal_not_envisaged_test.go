package claims

import "testing"

// TestWithdrawalNotEnvisaged: "ليس وارداً" / "غير وارد" (not envisaged, not provided for) after
// a withdrawal phrase negates it, as "ليس جزءاً من الاتفاق" does (lexicon negated_predicates):
// "انسحاب الشرطة من الأحياء ليس وارداً في الاتفاق". Probes from three wars; "وارد" without the
// negation keeps the term, and the predicate after another topic's phrase says nothing of a
// withdrawal.
func TestWithdrawalNotEnvisaged(t *testing.T) {
	const sudanFasherLeadAr = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر يوم الثلاثاء. "
	const haitiLeadAr = "اتفقت الشرطة الوطنية الهايتية وتحالف فيف أنسانم على هدنة في بور أو برنس يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"its forces' withdrawal is not envisaged (Yemen)", "ar", "", yemenLeadAr + "وقال الحوثيون إن انسحاب قواتهم من الحديدة ليس وارداً في الاتفاق.", "ceasefire.withdrawal",
			[]string{"houthis=not_required@houthis"}},
		{"the other side's withdrawal is not envisaged (Sudan)", "ar", "", sudanFasherLeadAr + "وقال الجيش السوداني إن انسحاب قوات الدعم السريع من المدينة غير وارد في الاتفاق.", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=not_required@sudanese_armed_forces"}},
		{"a named force's withdrawal is not envisaged (Haiti)", "ar", "", haitiLeadAr + "وقال المجلس الرئاسي الانتقالي إن انسحاب الشرطة الوطنية الهايتية من دلماس غير وارد في الاتفاق.", "ceasefire.withdrawal",
			[]string{"haitian_national_police=not_required@transitional_presidential_council"}},
		{"probe: envisaged, no negation", "ar", "", yemenLeadAr + "وقال الحوثيون إن انسحاب قواتهم من الحديدة واردٌ في الاتفاق.", "ceasefire.withdrawal",
			[]string{"houthis=required@houthis"}},
		{"probe: another topic not envisaged", "ar", "", yemenLeadAr + "وقال الحوثيون إن تبادل الأسرى ليس وارداً في الاتفاق.", "ceasefire.withdrawal",
			nil},
	})
}
