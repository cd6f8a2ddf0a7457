package claims

import "testing"

// TestStateObserved: a provision's noun as the subject of a state that lasts, told in the
// indicative, reports the situation, no term: "Medical evacuations from Kadugli remain pending"
// (kadugli kd_025), "Relief camps in Moirang still lack winter clothing" (manipur mp_031),
// "Access to Sadr City remains unimpeded" (greenzone gz_038), «لا يزال ملف الأسرى أكثر البنود
// غموضاً» (kadugli kd_026). Probes from Yemen and Sudan; near misses: a modal before the state
// word (a term), the deal named after it, the object of a release described as still held, a
// cue that ends in "remains".
func TestStateObserved(t *testing.T) {
	const yemenLead = "The Yemeni government and the Houthis agreed a truce in Taiz on Tuesday. "
	const sudanLead = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"medical evacuations remain pending (Yemen)", "en", pubTue,
			yemenLead + "Medical evacuations from the old city remain pending, a hospital director said.", "ceasefire.humanitarian", nil},
		{"humanitarian access is still patchy (Yemen)", "en", pubTue,
			yemenLead + "Three days into the truce, humanitarian access to the eastern districts is still patchy, a UN official said.", "ceasefire.humanitarian", nil},
		{"لا يزال ملف الأسرى غامضاً (Sudan)", "ar", pubTue,
			sudanLead + "بعد ستة أيام على توقيع الاتفاق، لا يزال ملف الأسرى أكثر البنود غموضاً.", "ceasefire.exchange", nil},
		{"ممرات الإغاثة لا تزال مغلقة (Sudan)", "ar", pubTue,
			sudanLead + "وقالت منظمات الإغاثة إن الممرات الإنسانية إلى المدينة لا تزال مغلقة منذ أسبوع.", "ceasefire.humanitarian", nil},
		// Near misses.
		{"the corridor will remain open (Yemen)", "en", pubTue,
			yemenLead + "The humanitarian corridor to the city will remain open around the clock, the UN envoy said.", "ceasefire.humanitarian",
			[]string{"aid_access=included@un_envoy"}},
		{"remains part of the agreement (Yemen)", "en", pubTue,
			yemenLead + "The prisoner exchange remains part of the agreement, the UN envoy said.", "ceasefire.exchange",
			[]string{"prisoners=included@un_envoy"}},
		{"a release of a captive still held (Sudan)", "ar", pubTue,
			sudanLead + "ومن المتوقع، بحسب مصدر في الوساطة، أن يُفرج بموجب الاتفاق عن مخطوف رابع ما زال محتجزاً.", "ceasefire.exchange",
			[]string{"hostages=included@sources"}},
		{"the return of mortal remains (Yemen)", "en", pubTue,
			yemenLead + "The agreement provides for unhindered humanitarian access and for the return of mortal remains through the ICRC.", "ceasefire.exchange",
			[]string{"bodies=included@outlet"}},
	})
}
