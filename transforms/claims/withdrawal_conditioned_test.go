package claims

import "testing"

// TestWithdrawalConditionDemanded: a withdrawal in a clause opened by a negative conditional
// ("unless Israeli forces withdraw", "ما لم تنسحب قوات الدعم السريع") is the speaker's condition,
// a term demanded of that force (hedged), not nothing; a refusal with a condition on something
// else and a plain "if" clause keep their readings.
func TestWithdrawalConditionDemanded(t *testing.T) {
	const gaza = "Israel and Hamas agreed to a ceasefire in Gaza on Sunday. "
	runCases(t, []mechanismCase{
		{"elfasher ef_013: ما لم تنسحب قوات الدعم السريع", "ar", "",
			"اتفق الجيش والدعم السريع على هدنة في الفاشر. وقالت ممثلة النازحين في معسكر زمزم حواء إسحاق يحيى إن «الهدوء لا يعني الأمان ما لم تنسحب قوات الدعم السريع من الأطراف الشرقية».", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=required@hawa_ishaq_yahya~demanded"}},
		{"probe: would not hold unless Israeli forces withdraw (Gaza)", "en", "", gaza + "Hamas said the truce would not hold unless Israeli forces withdraw from Rafah.", "ceasefire.withdrawal",
			[]string{"israeli_forces=required@hamas~demanded"}},
		// Kept.
		{"probe: will not withdraw unless hostages are freed (Gaza)", "en", "", gaza + "Israel will not withdraw from Rafah unless Hamas frees the hostages.", "ceasefire.withdrawal",
			[]string{"israeli_forces=not_required@outlet"}},
		{"probe: a plain if clause asserts nothing (Sudan)", "en", "", "The army and the RSF agreed to a truce in El Fasher on Monday. The army said talks would resume if the RSF withdraws from the camps.", "ceasefire.withdrawal", nil},
	})
}
