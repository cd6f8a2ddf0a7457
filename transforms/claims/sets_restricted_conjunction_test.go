package claims

import "testing"

// TestRestrictedListConjunction: the restriction word written with the conjunction glued on
// («واقتصرت الوساطة على مصر وقطر», the usual way an Arabic sentence continues the one before)
// makes the list the whole set as the bare word does; glued to a negated one («ولم تقتصر») it
// makes nothing exhaustive. Probes from Gaza and Sudan.
func TestRestrictedListConjunction(t *testing.T) {
	const gazaAr = "اتفقت إسرائيل وحماس على وقف إطلاق النار في غزة يوم الأحد. "
	const sudanAr = "اتفق الجيش والدعم السريع على هدنة في الفاشر يوم الاثنين. "
	runCases(t, []mechanismCase{
		{"probe: واقتصرت الوساطة على مصر وقطر (Gaza)", "ar", "", gazaAr +
			"واقتصرت الوساطة على مصر وقطر.", "ceasefire.mediators",
			[]string{"only:egypt,qatar@outlet"}},
		{"probe: وتقتصر المراقبة على مراقبي الاتحاد الأفريقي (Sudan)", "ar", "", sudanAr +
			"وتقتصر المراقبة على مراقبي الاتحاد الأفريقي.", "ceasefire.monitors",
			[]string{"only:african_union@outlet"}},
		{"kept: ولم تقتصر الوساطة على مصر وقطر (Gaza)", "ar", "", gazaAr +
			"ولم تقتصر الوساطة على مصر وقطر.", "ceasefire.mediators",
			nil},
	})
}
