package claims

import "testing"

// TestRestrictedList: a list right after a restriction word and its object preposition is the
// whole set ("الوساطة اقتصرت على ماليزيا وحكومة بانغسامورو", mindanao mn_018; «الوساطة اقتصرت على
// مجموعة الشخصيات البارزة ومؤتمر أساقفة هايتي», haiti ht_038; «تقتصر المراقبة على مراقبي
// المجموعة الاقتصادية», bangui bg_020). A name before the preposition is whose role is
// restricted, a restriction after the list restricts something else, and a negated one makes
// nothing exhaustive.
func TestRestrictedList(t *testing.T) {
	const gazaAr = "اتفقت إسرائيل وحماس على وقف إطلاق النار في غزة يوم الأحد. "
	const sudanAr = "اتفق الجيش والدعم السريع على هدنة في الفاشر يوم الاثنين. "
	const gazaEn = "Israel and Hamas agreed a ceasefire in Gaza on Sunday. "
	runCases(t, []mechanismCase{
		{"probe: الوساطة اقتصرت على مصر وقطر (Gaza)", "ar", "", gazaAr +
			"وأكد المسؤول أن الوساطة اقتصرت على مصر وقطر.", "ceasefire.mediators",
			[]string{"only:egypt,qatar@outlet"}},
		{"probe: تقتصر المراقبة على مراقبي الاتحاد الأفريقي, past the role noun (Sudan)", "ar", "", sudanAr +
			"وتطالب الحكومة بأن تقتصر المراقبة على مراقبي الاتحاد الأفريقي.", "ceasefire.monitors",
			[]string{"only:african_union@sudanese_government~demanded"}},
		{"probe: The mediation was limited to Egypt and Qatar (Gaza)", "en", "", gazaEn +
			"The mediation was limited to Egypt and Qatar, the official said.", "ceasefire.mediators",
			[]string{"only:egypt,qatar@outlet"}},
		// Kept: the restriction after the list is of another thing; the role restricted is
		// the name's; a negated restriction.
		{"kept: بوساطة مصرية «يقتصر على إسرائيل وحماس» (Gaza)", "ar", "", gazaAr +
			"وقال المسؤول إن التفاهم الذي تم التوصل إليه بوساطة مصرية «يقتصر على إسرائيل وحماس».", "ceasefire.mediators",
			[]string{"egypt@outlet"}},
		{"kept: إن دور قطر اقتصر على نقل الرسائل (Gaza)", "ar", "", gazaAr +
			"وقال المسؤول إن دور قطر اقتصر على نقل الرسائل.", "ceasefire.mediators",
			nil},
		{"kept: الوساطة لم تقتصر على مصر وقطر (Gaza)", "ar", "", gazaAr +
			"وقال المسؤول إن الوساطة لم تقتصر على مصر وقطر.", "ceasefire.mediators",
			nil},
	})
}

// TestDeniedAfterSubject: a denial whose subject stands between it and the that-word denies the
// role the that-clause names, though the cue is far from the denial verb («ونفى المجلس الرئاسي
// الانتقالي أن تكون الولايات المتحدة أو بعثة "بينوه" قد توسطتا في الاتفاق», haiti ht_038). A
// denial of something else, followed by a verb of saying and its own that-clause, keeps it.
func TestDeniedAfterSubject(t *testing.T) {
	const sudanAr = "اتفق الجيش والدعم السريع على هدنة في الفاشر يوم الاثنين. "
	runCases(t, []mechanismCase{
		{"probe: نفى المجلس العسكري الانتقالي في السودان أن تكون الولايات المتحدة أو بعثة الأمم المتحدة قد توسطتا (Sudan)", "ar", "", sudanAr +
			"ونفى المجلس العسكري الانتقالي في السودان أن تكون الولايات المتحدة أو بعثة الأمم المتحدة قد توسطتا في الاتفاق.", "ceasefire.mediators",
			nil},
		{"kept: نفى المجلس ذلك، وأكد أن الولايات المتحدة توسطت (Sudan)", "ar", "", sudanAr +
			"ونفى المجلس العسكري ذلك، وأكد أن الولايات المتحدة توسطت في الاتفاق.", "ceasefire.mediators",
			[]string{"united_states@outlet"}},
		{"kept: نفى المجلس تقارير عن الاتفاق، وقال إن الولايات المتحدة توسطت فيه (Sudan)", "ar", "", sudanAr +
			"ونفى المجلس العسكري الانتقالي في السودان تقارير عن الاتفاق، وقال إن الولايات المتحدة توسطت فيه.", "ceasefire.mediators",
			[]string{"united_states@outlet"}},
	})
}
