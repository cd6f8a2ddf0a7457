package claims

import "testing"

// TestSpeakerBodyAlongside: the members read after "alongside" (إلى جانب) join the speaker's own
// body when the clause's subject describes it by no name: a definite noun that is a word of the
// body's name ("إن الجمعية شاركت إلى جانب أمير مارو في الوساطة", zamfara zf_010; "إن المنظمة
// شاركت في رعاية محادثات كوالالمبور إلى جانب ماليزيا", mindanao mn_036) or the speaker's own
// country ("أن بلادها شاركت في الوساطة إلى جانب جماعة سانت إيجيديو", gorongosa gr_021). Another
// body's description, or no speaker, adds nobody.
func TestSpeakerBodyAlongside(t *testing.T) {
	const gazaAr = "اتفقت إسرائيل وحماس على وقف إطلاق النار في غزة يوم الأحد. "
	const sudanAr = "اتفق الجيش والدعم السريع على هدنة في الفاشر يوم الاثنين. "
	runCases(t, []mechanismCase{
		{"probe: قال وزير الخارجية القطري إن بلاده شاركت في الوساطة إلى جانب مصر (Gaza)", "ar", "", gazaAr +
			"وقال وزير الخارجية القطري إن بلاده شاركت في الوساطة إلى جانب مصر.", "ceasefire.mediators",
			[]string{"egypt,qatar@qatar"}},
		{"probe: قال الاتحاد الأفريقي إن الاتحاد شارك إلى جانب مصر في الوساطة (Sudan)", "ar", "", sudanAr +
			"وقال الاتحاد الأفريقي في بيان إن الاتحاد شارك إلى جانب مصر في الوساطة.", "ceasefire.mediators",
			[]string{"african_union,egypt@african_union"}},
		// Kept: another body's description, no speaker.
		{"probe: قال الاتحاد الأفريقي إن الجمعية شاركت إلى جانب مصر في الوساطة (Sudan)", "ar", "", sudanAr +
			"وقال الاتحاد الأفريقي في بيان إن الجمعية شاركت إلى جانب مصر في الوساطة.", "ceasefire.mediators",
			[]string{"egypt@african_union"}},
		{"probe: وشاركت المنظمة في الوساطة إلى جانب مصر, the outlet's (Sudan)", "ar", "", sudanAr +
			"وشاركت المنظمة في الوساطة إلى جانب مصر.", "ceasefire.mediators",
			[]string{"egypt@outlet"}},
	})
}
