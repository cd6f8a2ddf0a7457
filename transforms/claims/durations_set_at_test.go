package claims

import "testing"

// TestDurationSetAt: a verb or participle of fixing ("حُدد", "حُددت", "محددة") leads the span
// right after it, like "البالغة" (lexicon object "adjacent"): "التفاهم حُدد بسبعة أيام", "مدة
// الهدنة حُددت بثلاثين يوماً". A span fixed for something else, or not right after the verb,
// is no term of the truce.
func TestDurationSetAt(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the understanding was set at seven days", "ar", pubTueAr, yemenLeadAr + "وقال المبعوث إن التفاهم حُدد بسبعة أيام تُمدد تلقائياً.", "ceasefire.duration",
			[]string{"7@outlet"}},
		{"a truce fixed at thirty days (Sudan)", "ar", pubTueAr, "اتفق الجيش وقوات الدعم السريع على هدنة في الفاشر يوم الثلاثاء. وقال الوسطاء إن الهدنة محددة بثلاثين يوماً.", "ceasefire.duration",
			[]string{"30@outlet"}},
		{"probe: a deadline set for a handover (Yemen)", "ar", pubTueAr, yemenLeadAr + "وقال المبعوث إن اللجنة حددت ثلاثة أيام لتسليم الأسرى.", "ceasefire.duration",
			nil},
		{"probe: a date fixed, a span later (Libya)", "ar", pubTueAr, "اتفقت حكومة الوحدة الوطنية وقوات حفتر على وقف لإطلاق النار في سرت يوم الثلاثاء. وحددت الحكومة موعد الجولة المقبلة بعد ثلاثة أيام.", "ceasefire.duration",
			nil},
	})
}
