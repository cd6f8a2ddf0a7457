package claims

import "testing"

// TestStatementHeaderOfAReply: a header whose statement noun is the object of a preposition
// names the statement it answers ("Kyiv's answer to the statement of the Russian foreign
// ministry:", "ردا على بيان الحوثيين:"); that statement's author does not speak after the colon.
// Review probe of 130b299 from Ukraine, which gave Kyiv's answer to the Russian ministry; the
// author of a header's own statement still speaks (Sudan, Gaza).
func TestStatementHeaderOfAReply(t *testing.T) {
	const ukraineLead = "Russia and Ukraine agreed to a maritime truce in the Black Sea on Tuesday. "
	const sudanLead = "The Sudanese army and the RSF agreed to a truce in El Fasher on Tuesday. "
	const gazaLead = "Israel and Hamas agreed to a ceasefire in Gaza on Tuesday. "
	const sudanLeadAr = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر يوم الثلاثاء. "
	const yemenLeadAr = "اتفق الحوثيون والحكومة اليمنية على وقف لإطلاق النار في الحديدة يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"an answer to a statement (Ukraine)", "en", pubTue, ukraineLead + `Kyiv's answer to the statement of the Russian foreign ministry: "The truce remains in force."`, "ceasefire.status",
			[]string{"agreed@outlet", "in_force@ukrainian_government"}},
		{"ردا على بيان (Yemen)", "ar", pubTueAr, yemenLeadAr + "ردا على بيان الحوثيين: الهدنة ما زالت سارية.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		// Kept: the header's own statement. (The leads read agreed@outlet.)
		{"statement by a spokesman (Sudan)", "en", pubTue, sudanLead + `Statement by the army spokesman, Brigadier Nabil Abdallah, on Wednesday: "The truce has collapsed in El Fasher."`, "ceasefire.status",
			[]string{"agreed@outlet", "collapsed@sudanese_armed_forces"}},
		{"statement from the UN Secretary-General on Gaza", "en", pubTue, gazaLead + `Statement from the UN Secretary-General on Gaza: "The Secretary-General welcomes the ceasefire agreed by Israel and Hamas."`, "ceasefire.status",
			[]string{"agreed@outlet", "agreed@un"}},
		{"بيان صادر عن (Sudan)", "ar", pubTueAr, sudanLeadAr + "بيان صادر عن الجيش السوداني: الهدنة انهارت في الفاشر.", "ceasefire.status",
			[]string{"agreed@outlet", "collapsed@sudanese_armed_forces"}},
	})
}
