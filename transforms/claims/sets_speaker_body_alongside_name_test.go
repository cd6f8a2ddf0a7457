package claims

import "testing"

// TestSpeakerBodyAlongsideNamedSubject: a subject that is a name adds no speaker's body, also
// when the name's last word is a word of that body's name. The walk back from the alongside
// phrase meets a name at its last word ("المتحدة" of "الولايات المتحدة", a word of "الأمم
// المتحدة" too), which is no definite noun describing the speaker's body.
func TestSpeakerBodyAlongsideNamedSubject(t *testing.T) {
	const gazaAr = "اتفقت إسرائيل وحماس على وقف إطلاق النار في غزة يوم الأحد. "
	const sudanAr = "اتفق الجيش والدعم السريع على هدنة في الفاشر يوم الاثنين. "
	runCases(t, []mechanismCase{
		{"الأمم المتحدة: إن الولايات المتحدة شاركت إلى جانب مصر (Gaza)", "ar", "", gazaAr +
			"وقالت الأمم المتحدة في بيان إن الولايات المتحدة شاركت إلى جانب مصر في الوساطة.", "ceasefire.mediators",
			[]string{"egypt,united_states@un"}},
		{"الأمم المتحدة: إن الإمارات العربية المتحدة شاركت إلى جانب السعودية (Sudan)", "ar", "", sudanAr +
			"وقالت الأمم المتحدة في بيان إن الإمارات العربية المتحدة شاركت إلى جانب السعودية في الوساطة.", "ceasefire.mediators",
			[]string{"saudi_arabia,united_arab_emirates@un"}},
		// Kept: the speaker's own body by its generic name.
		{"kept: الأمم المتحدة: إن المنظمة شاركت إلى جانب مصر (Gaza)", "ar", "", gazaAr +
			"وقالت الأمم المتحدة في بيان إن الأمم المتحدة شاركت إلى جانب مصر في الوساطة.", "ceasefire.mediators",
			[]string{"egypt,un@un"}},
	})
}
