package claims

import "testing"

// TestMonitorsOverseeTermAction: a supervising word whose act is a term's action, named before it
// in its clause or as its object past its preposition, oversees that act, not the truce ("The
// handover, supervised by the International Committee of the Red Cross, took about two hours",
// aden ad_019; "will be released in the coming days under Chinese supervision", myanmar mm_005;
// «سيشرفون على السداد», kufra kf_024). The truce named between or after keeps its monitor.
func TestMonitorsOverseeTermAction(t *testing.T) {
	const sudanEn = "The army and the RSF agreed a truce in El Fasher on Monday. "
	const sudanAr = "اتفق الجيش والدعم السريع على هدنة في الفاشر يوم الاثنين. "
	const gazaEn = "Israel and Hamas agreed a ceasefire in Gaza on Sunday. "
	const gazaAr = "اتفقت إسرائيل وحماس على وقف إطلاق النار في غزة يوم الأحد. "
	runCases(t, []mechanismCase{
		{"probe: The handover, supervised by the African Union (Sudan)", "en", "", sudanEn +
			"The handover, supervised by the African Union, took about two hours.", "ceasefire.monitors",
			nil},
		{"probe: will be released in the coming days under Egyptian supervision (Gaza)", "en", "", gazaEn +
			"Prisoners held by both sides will be released in the coming days under Egyptian supervision, the statement said.", "ceasefire.monitors",
			nil},
		{"probe: سيشرف الاتحاد الأفريقي على تسليم الأسرى (Sudan)", "ar", "", sudanAr +
			"وأوضح المتحدث أن الاتحاد الأفريقي سيشرف على تسليم الأسرى.", "ceasefire.monitors",
			nil},
		{"probe: ستشرف مصر على السداد (Gaza)", "ar", "", gazaAr +
			"وأوضح أن مصر ستشرف على السداد.", "ceasefire.monitors",
			nil},
		// Kept: the truce between the act and the cue, or after the cue.
		{"kept: The release of prisoners and the truce will be monitored by Egypt (Gaza)", "en", "", gazaEn +
			"The release of prisoners and the truce will be monitored by Egypt.", "ceasefire.monitors",
			[]string{"egypt@outlet"}},
		{"kept: released under African Union supervision, and the AU will also monitor the truce (Sudan)", "en", "", sudanEn +
			"Detainees were released under African Union supervision, and the AU will also monitor the truce.", "ceasefire.monitors",
			[]string{"african_union@outlet"}},
		{"kept: سيشرف الاتحاد الأفريقي على الهدنة (Sudan)", "ar", "", sudanAr +
			"وأوضح المتحدث أن الاتحاد الأفريقي سيشرف على الهدنة.", "ceasefire.monitors",
			[]string{"african_union@outlet"}},
	})
}
