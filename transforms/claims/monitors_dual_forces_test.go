package claims

import "testing"

// TestMonitorsDualForces: a generic dual of forces holding the monitoring ("تبقى بيد الجيشين
// نفسيهما", "من شأن الجيشين وحدهما") is both sides' armies, not the one army its context alias
// picks; where the truce's two forces are unknown it names no one.
func TestMonitorsDualForces(t *testing.T) {
	const kashmirLeadAr = "اتفق الجيشان الهندي والباكستاني على وقف إطلاق النار على خط المراقبة في كشمير. "
	runCases(t, []mechanismCase{
		{"in the hands of the two armies themselves", "ar", "", kashmirLeadAr + "ولفت المسؤول إلى أن مهمة مراقبة الالتزام بالاتفاق تبقى بيد الجيشين نفسيهما، عبر الخط الساخن.", "ceasefire.monitors",
			[]string{"indian_army,pakistan_army@outlet"}},
		{"the business of the two armies alone", "ar", "", kashmirLeadAr + "ويقول محللون إن مراقبة الهدنة من شأن الجيشين وحدهما.", "ceasefire.monitors",
			[]string{"only:indian_army,pakistan_army@analysts"}},
	})
}
