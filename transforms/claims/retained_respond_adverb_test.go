package claims

import "testing"

// TestRespondWithMannerAdverb: a manner adverb between the verb of responding and its object
// (lexicon cues "الرد منفرداً على أي خرق", "الرد عسكرياً على", "respond unilaterally to any
// violation", "respond militarily to any attack"), as "respond firmly to any violation" already
// is: «لا يحق لأي من الطرفين الرد منفرداً على أي خرق» (chad cd_009), «ولا يحق لأي طرف الرد
// منفرداً على أي خرق» (kufra kf_019), «لا يحق لأي من الطرفين الرد عسكرياً على أي خرق»
// (waziristan wz_017). Probes from Yemen and Sudan; near misses: a response to another thing
// than a breach or an attack.
func TestRespondWithMannerAdverb(t *testing.T) {
	const yemenLead = "The Yemeni government and the Houthis agreed a truce in Taiz on Tuesday. "
	const sudanLead = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"لا يحق لأي من الطرفين الرد منفرداً على أي خرق (Sudan)", "ar", pubTue,
			sudanLead + "وأوضح الوسيط أنه لا يحق لأي من الطرفين الرد منفرداً على أي خرق، بل تُحال الخروقات إلى لجنة المراقبة.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=not_retained@outlet"}},
		{"سيرد الجيش عسكرياً على الخروقات (Sudan)", "ar", pubTue,
			sudanLead + "وقال الجيش السوداني إنه يحتفظ بحق الرد عسكرياً على الخروقات.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@sudanese_armed_forces"}},
		{"no side shall respond unilaterally to any violation (Yemen)", "en", pubTue,
			yemenLead + "The UN envoy said no side shall respond unilaterally to any violation; complaints go to the committee.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=not_retained@un_envoy"}},
		{"will respond militarily to any attack (Yemen)", "en", pubTue,
			yemenLead + "The Houthis said they would respond militarily to any attack on their positions.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@houthis"}},
		// Near misses.
		{"respond militarily to a protest: no breach (Yemen)", "en", pubTue,
			yemenLead + "Police said they would not respond militarily to the protest in the city centre.", "ceasefire.retained_rights", nil},
		{"الرد منفرداً على رسالة: no breach (Sudan)", "ar", pubTue,
			sudanLead + "وقال الوزير إن الحكومة تدرس الرد منفرداً على رسالة المبعوث.", "ceasefire.retained_rights", nil},
	})
}
