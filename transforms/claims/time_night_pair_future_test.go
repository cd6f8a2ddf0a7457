package claims

import "testing"

// TestNightOfTwoDaysStillToCome: a night of two weekdays («منتصف ليل الأحد الاثنين») that a
// verb told in the future or a stipulation («على أن يسري», «من المقرر أن يبدأ») sets is the
// coming such night, not the one passed: read on a Thursday it is the night into next Monday
// (00:00 Monday in the theatre's clock). A past start, a start noun and "since" keep the night
// passed. Probes from Sudan, Yemen and Mozambique.
func TestNightOfTwoDaysStillToCome(t *testing.T) {
	const thu = "2025-10-16T18:00:00+03:00"
	runCases(t, []mechanismCase{
		{"stipulated: على أن يسري (Sudan, UTC+2)", "ar", thu, "وينص الاتفاق على أن يسري وقف إطلاق النار في السودان اعتباراً من منتصف ليل الأحد الاثنين.", "ceasefire.start_time",
			[]string{"2025-10-19T22:00:00Z@outlet"}},
		{"future verb: ستلتزم (Yemen, UTC+3)", "ar", thu, "وقالت الحكومة اليمنية إن قواتها ستلتزم بالهدنة في اليمن اعتباراً من منتصف ليل الأحد الاثنين.", "ceasefire.start_time",
			[]string{"2025-10-19T21:00:00Z@yemeni_government"}},
		{"scheduled: من المقرر أن يبدأ (Mozambique, UTC+2)", "ar", thu, "ومن المقرر أن يبدأ وقف إطلاق النار في موزمبيق منتصف ليل الأحد الاثنين.", "ceasefire.start_time",
			[]string{"2025-10-19T22:00:00Z@outlet"}},
		{"stipulated weekday: على أن يسري اعتباراً من الأحد", "ar", thu, "وينص الاتفاق على أن يسري وقف إطلاق النار في السودان اعتباراً من الأحد.", "ceasefire.start_time",
			[]string{"2025-10-19@outlet"}},
		// Kept: the night passed.
		{"past start verb", "ar", thu, "ودخل وقف إطلاق النار في السودان حيز التنفيذ منتصف ليل الأحد الاثنين.", "ceasefire.start_time",
			[]string{"2025-10-12T22:00:00Z@outlet"}},
		{"a start noun: بعد ثلاثة أيام على دخوله", "ar", thu, "وبعد ثلاثة أيام على دخوله حيز التنفيذ منتصف ليل الأحد الاثنين، لا يزال وقف إطلاق النار في اليمن صامداً.", "ceasefire.start_time",
			[]string{"2025-10-12T21:00:00Z@outlet"}},
		{"since, past verb after أن", "ar", thu, "وأكد الجيش أن الطرفين التزما بوقف إطلاق النار في السودان منذ منتصف ليل الأحد الاثنين.", "ceasefire.start_time",
			[]string{"2025-10-12T22:00:00Z@sudanese_armed_forces"}},
		{"in force since", "ar", thu, "ويسري وقف إطلاق النار في اليمن منذ منتصف ليل الأحد الاثنين.", "ceasefire.start_time",
			[]string{"2025-10-12T21:00:00Z@outlet"}},
		{"بأن then a past verb", "ar", thu, "وأفاد الجيش بأن وقف إطلاق النار في السودان دخل حيز التنفيذ منتصف ليل الأحد الاثنين.", "ceasefire.start_time",
			[]string{"2025-10-12T22:00:00Z@sudanese_armed_forces"}},
	})
}
