package claims

import "testing"

// TestMonitorsBreachRaised: breaches or complaints raised to a body ("تُرفع الخروقات إلى لجنة",
// "تُرفع الشكاوى إلى", "every complaint shall be referred to") name the body that watches the
// truce, as "يُحال إلى" does (lexicon breach_referral cues ترفع/يرفع; breach_words الشكاوى,
// complaints). Raising anything else (a report, prices) names none.
func TestMonitorsBreachRaised(t *testing.T) {
	const libyaLead = "The Libyan National Army and the GNU agreed to a ceasefire in Tripoli on Tuesday. "
	const libyaLeadAr = "اتفقت حكومة الوحدة الوطنية والجيش الوطني الليبي على وقف لإطلاق النار في طرابلس يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"ترفع الخروقات إلى اللجنة", "ar", pubTue,
			libyaLeadAr + "وقال المتحدث إن الاتفاق لا يجيز الرد بالقوة، وإنما تُرفع الخروقات إلى اللجنة العسكرية المشتركة 5+5.", "ceasefire.monitors",
			[]string{"joint_military_commission@outlet"}},
		{"ترفع الشكاوى إلى اللجنة", "ar", pubTue,
			libyaLeadAr + "وأوضح البيان أنه لا يحق لأي طرف الرد بالسلاح، وإنما تُرفع الشكاوى إلى اللجنة العسكرية المشتركة 5+5.", "ceasefire.monitors",
			[]string{"joint_military_commission@outlet"}},
		{"every complaint shall be referred to", "en", pubTue,
			libyaLead + "No party shall resort to arms in response to any violation; every complaint shall be referred to the 5+5 Joint Military Commission.", "ceasefire.monitors",
			[]string{"joint_military_commission@outlet"}},
		// Probes: a report or a ban raised to a body is no breach.
		{"ترفع تقريرها إلى مجلس الأمن", "ar", pubTue,
			libyaLeadAr + "وقالت البعثة إنها سترفع تقريرها الشهري إلى مجلس الأمن.", "ceasefire.monitors", nil},
		{"a report referred to the council", "en", pubTue,
			libyaLead + "The mission's monthly report will be referred to the Security Council.", "ceasefire.monitors", nil},
	})
}
