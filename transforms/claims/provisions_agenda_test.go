package claims

import "testing"

// TestOnTalksAgenda: a provision after an agenda word is a subject of talks to come, no term:
// «إن الجلسات ستبحث «وقفاً فورياً لإطلاق النار وتبادل الجثامين والأسرى»» (kufra kf_003,
// kf_004), «وإن جدول أعمالها سيشمل ملف الأسرى» (kadugli kd_028). Probes from Yemen and Sudan;
// near misses: the agreement named between the agenda word and the provision, a provision
// before the agenda word.
func TestOnTalksAgenda(t *testing.T) {
	const yemenLead = "The Yemeni government and the Houthis agreed a truce in Taiz on Tuesday. "
	const sudanLead = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"the next round will discuss a prisoner exchange (Yemen)", "en", pubTue,
			yemenLead + "The UN envoy said the next round in Amman will discuss a prisoner exchange and the reopening of roads.", "ceasefire.exchange", nil},
		{"ستبحث تبادل الأسرى (Sudan)", "ar", pubTue,
			sudanLead + "وقال رئيس لجنة الوساطة إن الجلسات ستبحث «تثبيت الهدنة وتبادل الأسرى والجثامين».", "ceasefire.exchange", nil},
		{"جدول أعمالها سيشمل ملف الأسرى (Sudan)", "ar", pubTue,
			sudanLead + "وقال مصدر حكومي إن الوساطة حددت موعداً لانطلاق الجولة، وإن جدول أعمالها سيشمل ملف الأسرى.", "ceasefire.exchange", nil},
		// Near misses.
		{"the agreement named between: its exchange is a term (Yemen)", "en", pubTue,
			yemenLead + "The committee will discuss how the agreement's prisoner exchange is to be carried out, the UN envoy said.", "ceasefire.exchange",
			[]string{"prisoners=included@un_envoy"}},
		{"not covered: a provision before the agenda word (Yemen)", "en", pubTue,
			yemenLead + "Humanitarian corridors to the city are on the agenda of Monday's session, the UN envoy said.", "ceasefire.humanitarian",
			[]string{"aid_access=included@un_envoy"}},
		{"a provision before the agenda word (Sudan)", "ar", pubTue,
			sudanLead + "وقال الوسيط إن الاتفاق ينص على تبادل الأسرى، وإن الجولة المقبلة ستبحث الانسحاب.", "ceasefire.exchange",
			[]string{"prisoners=included@outlet"}},
	})
}
