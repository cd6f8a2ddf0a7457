package claims

import "testing"

// TestEndsAfterSpan: an end verb with "after" (lexicon duration cues "ends after", "runs out
// after", «تنتهي بعد») before a span tells the truce's term, as "expires after" does: «وأن مدته
// تنتهي بعد ثلاثين يوماً من دخوله حيز التنفيذ ما لم يُمدَّد» (redsea rs_033), «إن الهدنة
// السارية منذ منتصف ليل الأحد الاثنين تنتهي بعد ثلاثين يوماً ما لم تُمدَّد» (sulaymaniyah
// sl_039). Probes from Yemen and Sudan; near misses: talks that end after a span, a truce that
// ended (past) after a span, fighting that ends.
func TestEndsAfterSpan(t *testing.T) {
	const yemenLead = "The Yemeni government and the Houthis agreed a truce in Taiz on Tuesday. "
	const sudanLead = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"the truce ends after thirty days (Yemen)", "en", pubTue,
			yemenLead + "A military source said the truce ends after thirty days unless it is extended.", "ceasefire.duration",
			[]string{"30@sources"}},
		{"the truce runs out after two weeks (Yemen)", "en", pubTue,
			yemenLead + "The truce runs out after two weeks, the UN envoy's office said.", "ceasefire.duration",
			[]string{"14@un_envoy"}},
		{"الهدنة تنتهي بعد (Sudan)", "ar", pubTue,
			sudanLead + "وقال مصدر عسكري إن الهدنة تنتهي بعد سبعة أيام ما لم تُمدَّد.", "ceasefire.duration",
			[]string{"7@sources"}},
		{"مدتها تنقضي بعد (Sudan)", "ar", pubTue,
			sudanLead + "وأكد الجيش السوداني أن الهدنة تنقضي بعد عشرة أيام من سريانها.", "ceasefire.duration",
			[]string{"10@sudanese_armed_forces"}},
		// Near misses.
		{"talks that end after three days (Yemen)", "en", pubTue,
			yemenLead + "The talks in Amman end after three days, a diplomat said.", "ceasefire.duration", nil},
		{"a truce that ended after two days (Yemen)", "en", pubTue,
			yemenLead + "The last truce, in 2019, ended after two days of fighting.", "ceasefire.duration", nil},
	})
}
