package claims

import "testing"

// TestDeniedReportedContent: a denial governs the content it names ("ما تداولته وسائل إعلام عن
// ...", "what media reported about", "reports of") even with its subject between them, as a
// verb-first sentence puts it ("نفى مصدر مسؤول في وزارة الخارجية ما ..."): the reported
// mediator, monitor or length is what is denied. Probes: a confirming verb of the same shape, a
// new verb of saying after the denial, and a denial of something else.
func TestDeniedReportedContent(t *testing.T) {
	runCases(t, []mechanismCase{
		{"denied what media circulated about a mediation, subject between (Sudan)", "ar", pubTueAr,
			yemenLeadAr + "نفى مصدر مسؤول في وزارة الخارجية اليمنية ما تداولته وسائل إعلام عن وساطة قطرية موازية.", "ceasefire.mediators", nil},
		{"denied what media reported about monitors, subject between", "ar", pubTueAr,
			yemenLeadAr + "نفت مصادر في وزارة الدفاع اليمنية ما أوردته وسائل إعلام عن نشر مراقبين من الأمم المتحدة.", "ceasefire.monitors", nil},
		{"denying what media repeat about a length", "ar", pubTueAr,
			yemenLeadAr + "وأضاف المتحدث أن الهدنة مفتوحة، نافياً ما تردده وسائل إعلام عن مرحلة أولى مدتها خمسة عشر يوماً.", "ceasefire.duration", nil},
		{"denied what media reported about a mediation (en)", "en", pubTue,
			yemenLead + "The foreign ministry denied what some media reported about a Qatari mediation of the truce.", "ceasefire.mediators", nil},
		// Probes.
		{"probe: confirmed what media reported (Gaza)", "ar", pubTueAr,
			"اتفقت إسرائيل وحماس على وقف لإطلاق النار في غزة يوم الثلاثاء. أكد مصدر مسؤول في وزارة الخارجية المصرية ما تداولته وسائل إعلام عن وساطة قطرية موازية.", "ceasefire.mediators",
			[]string{"qatar@egyptian_foreign_ministry"}}, // مصدر مسؤول في الوزارة speaks for it (speakers_source_official_test.go)
		{"probe: a new verb of saying after the denial (Sudan)", "ar", pubTueAr,
			"اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر يوم الثلاثاء. نفى الجيش السوداني ما تداولته وسائل إعلام عن خروقات، مؤكداً أن الوساطة السعودية مستمرة.", "ceasefire.mediators",
			[]string{"saudi_arabia@sudanese_armed_forces"}},
		{"probe: denied something else, the length stands (Ukraine)", "en", pubTue,
			"Russia and Ukraine agreed to a ceasefire along the front line on Monday. Kyiv denied what Russian media reported about shelling near Kharkiv and said the truce would last 30 days.", "ceasefire.duration",
			[]string{"30@ukrainian_government"}},
	})
}
