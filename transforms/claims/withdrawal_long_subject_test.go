package claims

import "testing"

// TestWithdrawalLongSubject: a withdrawal predicate after a long subject is said of the force
// opening the subject, not of a force inside its modifier, nor of nobody.
func TestWithdrawalLongSubject(t *testing.T) {
	const sudanLead = "Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. "
	const sudanLeadAr = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"a participle modifier before a negated obligation", "en", pubTue,
			sudanLead + "RSF fighters deployed in the eastern districts of the city since last week are not required to withdraw, the diplomat said.", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=not_required@outlet"}},
		{"arabic: the construct state's force before ghayr mulzamin", "ar", pubTueAr,
			sudanLeadAr + "وقال الدبلوماسي إن مقاتلي الدعم السريع المنتشرين في الأحياء الشرقية منذ الأسبوع الماضي غير ملزمين بالانسحاب.", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=not_required@outlet"}},
		{"a force inside the relative clause is no subject", "en", pubTue,
			sudanLead + "RSF fighters who attacked army positions last week must withdraw from the city, the diplomat said.", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=required@outlet"}},
	})
}
