package claims

import "testing"

// TestAnySwap: an exchange a free-choice "any" picks out, in a sentence with no negation, is a
// swap whatever it may be, no term (gold traps: aden ad_014 «معرباً في بيان عن استعداده لدعم أي
// ترتيبات لتبادل المحتجزين», kadugli kd_029 «وبإدراج أسراها لدى القوات المسلحة في أي عملية تبادل
// للأسرى ينص عليها اتفاق جوبا»; both read included, also in the frozen dumps). Kept: "any" under
// a negation, "any of" after a deed not done, a term told outright.
func TestAnySwap(t *testing.T) {
	const yemenLeadAr = "اتفق المجلس الانتقالي والقوات الحكومية على هدنة في عدن يوم الثلاثاء. "
	const sudanLead = "Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. "
	runCases(t, []mechanismCase{
		{"لدعم أي ترتيبات لتبادل المحتجزين", "ar", pubTue,
			yemenLeadAr + "ورحب مكتب المبعوث الأممي بالتهدئة، معرباً عن استعداده لدعم أي ترتيبات لتبادل المحتجزين.", "ceasefire.exchange",
			nil},
		{"ready to support any prisoner exchange", "en", pubTue,
			sudanLead + "The ICRC said it stood ready to support any prisoner exchange between the two sides.", "ceasefire.exchange",
			nil},
		// Kept.
		{"لا يتضمن أي صفقة لتبادل الأسرى", "ar", pubTue,
			yemenLeadAr + "وقال المصدر إن الاتفاق لا يتضمن أي صفقة لتبادل الأسرى.", "ceasefire.exchange",
			[]string{"prisoners=not_included@outlet"}},
		{"the deal provides for a prisoner exchange", "en", pubTue,
			sudanLead + "The deal provides for a prisoner exchange within ten days, the mediator said.", "ceasefire.exchange",
			[]string{"prisoners=included@outlet"}},
	})
}
