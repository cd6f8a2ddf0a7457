package claims

import "testing"

// TestSoleMonitoringBody: "X is the only body authorised to monitor" makes X's set exhaustive
// past the copula (soleBodyAfter); a monitoring body the gazetteer knows is a member by its short
// name (setMember); a copula after a complementizer belongs to another clause (complementizerIn).
func TestSoleMonitoringBody(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic the UN team is the only body authorised", "ar", "", yemenLeadAr + "وأوضح المصدر أن فريق المراقبة الأممي هو الجهة الوحيدة المخولة بالتحقق من الخروقات.", "ceasefire.monitors",
			[]string{"only:un@outlet"}},
		{"arabic a named mission is the only body", "ar", "", yemenLeadAr + "وأوضح المصدر أن بعثة الأمم المتحدة هي الجهة الوحيدة المخولة رصد الخروقات.", "ceasefire.monitors",
			[]string{"only:un@outlet"}},
		{"arabic a monitoring delegation by its short name, past an appositive", "ar", "", "دخلت التهدئة في مخيم جنين حيز التنفيذ بعد وصول الوفد الأمني المصري. وأوضح المتحدث أن الوفد، المؤلف من أربعة ضباط، هو الجهة الوحيدة المخولة رصد الخروقات.", "ceasefire.monitors",
			[]string{"only:egyptian_security_delegation@outlet"}},

		// Probes.
		{"arabic a force after a that-clause's copula is no monitor", "ar", "", yemenLeadAr + "وأوضح المتحدث أن الفريق سيتولى رصد الخروقات، مؤكداً أن حق الرد يبقى مكفولاً للقوات الحكومية.", "ceasefire.monitors",
			nil},
		{"arabic the sole body of another task is not exhaustive monitoring", "ar", "", yemenLeadAr + "وأوضح المصدر أن فريق المراقبة الأممي سينتشر في الحديدة، وأن الصليب الأحمر هو الجهة الوحيدة المخولة بتبادل الأسرى.", "ceasefire.monitors",
			[]string{"un@outlet"}},
	})
}
