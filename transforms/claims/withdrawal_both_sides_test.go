package claims

import "testing"

// TestWithdrawalBothSides: a withdrawal whose force is "both sides" ("both sides agreed to pull
// heavy weapons back", "سحب مقاتلي الطرفين", "لا تلزم أياً من الطرفين بسحب قوات") is the truce's
// two sides, each as its force; nothing when the article names no two sides, and a named force
// keeps its own claim.
func TestWithdrawalBothSides(t *testing.T) {
	const sudanLead = "Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. "
	const sudanLeadAr = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"both sides agreed to pull weapons back", "en", pubTue, "The Thai and Cambodian armies agreed to a ceasefire along their border on Tuesday. The mediator said both sides agreed to pull heavy weapons back from the line of contact.", "ceasefire.withdrawal",
			[]string{"royal_cambodian_armed_forces=required@outlet", "royal_thai_army=required@outlet"}},
		{"arabic: the fighters of both sides", "ar", pubTueAr, sudanLeadAr + "وينص الاتفاق على سحب مقاتلي الطرفين من الأحياء الشرقية.", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=required@outlet", "sudanese_armed_forces=required@outlet"}},
		{"arabic: neither side is obliged to withdraw", "ar", pubTueAr, sudanLeadAr + "وأضافت المصادر أن الهدنة لا تُلزم أياً من الطرفين بسحب قوات من المدينة.", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=not_required@outlet", "sudanese_armed_forces=not_required@outlet"}},
		{"probe: no two sides named (Gaza)", "en", pubTue, "A ceasefire took effect on Tuesday. Officials said both sides would pull their fighters back from the crossing.", "ceasefire.withdrawal",
			nil},
		{"probe: a named force keeps its claim (Sudan)", "en", pubTue, sudanLead + "Both sides agreed that RSF fighters must withdraw from the eastern districts.", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=required@outlet"}},
	})
}
