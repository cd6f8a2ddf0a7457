package claims

import "testing"

// TestMaliIsFinancialOutsideItsCoverage: مالي is Mali, Malian and "financial": "مسؤول مالي",
// "مصدر مالي" in coverage of another war are a financial official and source, not Mali. After
// a preposition ("في مالي") the word is the country's name wherever it stands, and in Mali's
// coverage "مسؤول مالي" is a Malian official.
func TestMaliIsFinancialOutsideItsCoverage(t *testing.T) {
	const maliLeadAr = "اتفقت الحكومة المالية والحركات الأزوادية على وقف لإطلاق النار في شمال مالي. "
	runCases(t, []mechanismCase{
		{"probe: مسؤول مالي في الحكومة (Yemen)", "ar", pubTueAr, yemenLeadAr + "وقال مسؤول مالي في الحكومة إن الهدنة تشمل فتح الطرق.", "ceasefire.humanitarian",
			[]string{"aid_access=included@sources"}},
		{"probe: مصدر مالي (Sudan)", "ar", pubTueAr, sudanLead20Ar + "وقال مصدر مالي إن الهدنة تشمل فتح الطرق.", "ceasefire.humanitarian",
			[]string{"aid_access=included@sources"}},
		{"probe: مسؤول مالي, no lead", "ar", pubTueAr, "وقال مسؤول مالي إن الهدنة تستثني تنظيم داعش.", "ceasefire.exclusions",
			[]string{"isis=excluded@sources"}},
		// Kept.
		{"في مالي names the country", "ar", pubTueAr, "وقال مسؤول في مالي إن الهدنة تستثني تنظيم داعش.", "ceasefire.exclusions",
			[]string{"isis=excluded@mali"}},
		{"a Malian official in Mali's coverage", "ar", pubTueAr, maliLeadAr + "وقال مسؤول مالي إن الهدنة تستثني تنظيم داعش.", "ceasefire.exclusions",
			[]string{"isis=excluded@mali"}},
	})
}
