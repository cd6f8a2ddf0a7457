package claims

import "testing"

// TestHumanitarianSuppliesEntry: the entry of food or medical supplies ("إدخال المواد
// التموينية والطبية", "إدخال المواد الغذائية") is aid access, and "المواد التموينية" alone is a
// thing that names it only in a provision's frame (lexicon object "bare"). The entry of other
// materials (explosives) and supplies in a market report are no term.
func TestHumanitarianSuppliesEntry(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the deal includes the entry of supplies", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن الاتفاق يشمل رفع الحصار عن المدينة وإدخال المواد التموينية والطبية.", "ceasefire.humanitarian",
			[]string{"aid_access=included@houthis"}},
		{"entry of food supplies as a term (Sudan)", "ar", pubTueAr, "اتفق الجيش وقوات الدعم السريع على هدنة في الفاشر يوم الثلاثاء. وتنص الهدنة على إدخال المواد الغذائية إلى المعسكرات.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"probe: explosives kept out (Yemen)", "ar", pubTueAr, yemenLeadAr + "وقال مسؤول إن الجيش ضبط شحنة تهريب قرب الحديدة، ومنع إدخال المواد المتفجرة إلى المدينة.", "ceasefire.humanitarian",
			nil},
		{"probe: supplies in a market report (Gaza)", "ar", pubTueAr, "ارتفعت أسعار المواد التموينية في أسواق غزة بنسبة كبيرة خلال الأسبوع الماضي.", "ceasefire.humanitarian",
			nil},
	})
}
