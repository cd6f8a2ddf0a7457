package claims

// A correction's "والصحيح أنه بدأ ..." dates the truce the sentence before names; an earlier
// report quoted to retract it asserts nothing (ceasefire.start_time).

import "testing"

// TestCorrectedStartPronoun: mt_039_bayan, kd_037_masar.
func TestCorrectedStartPronoun(t *testing.T) {
	const pub = "2028-07-14T11:00:00Z" // a Friday
	runCases(t, []mechanismCase{
		{"arabic the correct start told with a pronoun", "ar", pub, yemenLeadAr + "تصحيح: ورد في نسخة سابقة من هذا الخبر أن وقف إطلاق النار في الحديدة دخل حيز التنفيذ في الثامنة مساءً بتوقيت غرينتش. والصحيح أنه بدأ في الثامنة مساءً بتوقيت صنعاء يوم الثلاثاء ١١ يوليو.", "ceasefire.start_time",
			[]string{"2028-07-11T17:00:00Z@outlet"}},
		{"arabic the pronoun after an attack is the attack's", "ar", pub, yemenLeadAr + "وقال الجيش إن الهجوم تواصل رغم الهدنة. وأكد أنه بدأ في الثامنة مساءً.", "ceasefire.start_time",
			nil},
		{"arabic a pronoun after a sentence with no truce", "ar", pub, yemenLeadAr + "ووصل الوفد إلى المدينة. وقال إنه بدأ في الثامنة مساءً.", "ceasefire.start_time",
			nil},
	})
}

// TestEarlierReportRetracted: "ورد في خبر سابق" quotes the outlet's own error (kd_037_masar).
func TestEarlierReportRetracted(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic an earlier report quoted in a correction", "ar", "2028-07-14T11:00:00Z", yemenLeadAr + "تصحيح: ورد في خبر سابق أن وقف إطلاق النار في الحديدة دخل حيز التنفيذ عند منتصف ليل الخميس.", "ceasefire.start_time",
			nil},
	})
}
