package claims

// A party's own compliance with the truce told as a state (Arabic ملتزم ب + truce noun) is the
// truce in force; compliance promised on a condition that follows it is not (ceasefire.status).

import "testing"

// TestCommittedToTheTruce: «ملتزمة بالهدنة» states compliance; a condition after it, an
// agreement noun for object, or a demand does not.
func TestCommittedToTheTruce(t *testing.T) {
	runCases(t, []mechanismCase{
		// kd_023_minbar, gz_039_thabat, sl_019_saha.
		{"arabic forces committed to the cessation", "ar", "", yemenLeadAr + "وقال الناطق باسم الحوثيين إن قوات الجماعة ملتزمة بوقف إطلاق النار.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@houthis"}},
		{"arabic committed to the truce since an hour", "ar", "", yemenLeadAr + "وأضاف الحوثيون أن قواتهم ملتزمة بالهدنة منذ السادسة من مساء الأحد.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@houthis"}},
		// mt_034_souqnow: متمسك, holding fast to it.
		{"arabic holding fast to the ceasefire", "ar", "", yemenLeadAr + "وقال الحوثيون إن الجماعة متمسكة بوقف إطلاق النار رغم الاستفزازات.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@houthis"}},
		// kf_027_minbarzuwaya, sj_004_shingalnews, mn_034_minbarmoro: a condition on the other side.
		{"arabic committed as long as the other side complies", "ar", "", yemenLeadAr + "وقال الحوثيون إن الجماعة «ملتزمة بالهدنة ما التزم بها الطرف الآخر».", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic committed so long as the other side is", "ar", "", yemenLeadAr + "وقال الحوثيون إن قواتهم ملتزمة بالهدنة ما دام الطرف الآخر ملتزماً بها.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		// sl_035_nabd: committed to the signed agreement is its agreed claim, not a state.
		{"arabic committed to the agreement is no state of the truce", "ar", "", yemenLeadAr + "وقال الحوثيون إن الجماعة ملتزمة بالاتفاق الموقع في مسقط.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@houthis"}},
		{"arabic a call to be committed is a demand", "ar", "", yemenLeadAr + "ودعت الأمم المتحدة الطرفين إلى أن يكونا ملتزمين بالهدنة.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic committed to a provision is not the truce", "ar", "", yemenLeadAr + "وقال الحوثيون إن الجماعة ملتزمة بتسليم الأسرى.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		// kk_031_baghdadledger: in force until a date unless extended is a term, not a state.
		{"in force unless extended", "en", "", yemenLead + "He said the ceasefire would remain in force until July 8 unless the joint committee extends it.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"the truce remains in force", "en", "", yemenLead + "The UN said the ceasefire remains in force across Hodeidah.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@un"}},
	})
}
