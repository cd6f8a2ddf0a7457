package claims

import "testing"

// TestMonitorsBreachReferral: breaches referred to a body ("violations must be referred to the
// commission", "أي خرق يُحال إلى اللجنة", "تُحال الخروقات إلى", "بل يحيلها إلى") name the body
// that watches the truce. A referral of anything else (a case, a dispute), a breach word far
// back in another clause, a negated referral, a body-less referral and an English "referred to
// violations" (what a statement mentions) name none.
func TestMonitorsBreachReferral(t *testing.T) {
	const libyaLead = "The Government of National Unity and the Libyan National Army agreed to a ceasefire in Tripoli on Tuesday. "
	const libyaLeadAr = "اتفقت حكومة الوحدة الوطنية والجيش الوطني الليبي على وقف لإطلاق النار في طرابلس يوم الثلاثاء. "
	const congoLeadAr = "اتفقت الحكومة الكونغولية وحركة إم23 على وقف لإطلاق النار في غوما يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"violations must be referred to (Libya)", "en", pubTue, libyaLead + "Violations must be referred to the 5+5 Joint Military Commission, the statement said.", "ceasefire.monitors",
			[]string{"joint_military_commission@outlet"}},
		{"violations would be taken up by (Congo)", "en", pubTue, congoLead20 + "Any violation would be taken up by MONUSCO, the minister said.", "ceasefire.monitors",
			[]string{"monusco@outlet"}},
		{"violations go to (Sudan)", "en", pubTue, sudanLead20 + "\"Violations go to the African Union, full stop.\"", "ceasefire.monitors",
			[]string{"african_union@outlet"}},
		{"أي خرق يحال إلى (Libya)", "ar", pubTue, libyaLeadAr + "وأوضح البيان أن أي خرق يُحال إلى بعثة الأمم المتحدة للدعم في ليبيا.", "ceasefire.monitors",
			[]string{"unsmil@outlet"}},
		{"تحال الخروقات إلى (Congo)", "ar", pubTue, congoLeadAr + "وتُحال الخروقات إلى بعثة مونوسكو للنظر فيها.", "ceasefire.monitors",
			[]string{"monusco@outlet"}},
		{"بل يحيلها إلى (Libya)", "ar", pubTue, libyaLeadAr + "ولا يمنح الاتفاق أي طرف حق الرد على الخروقات، بل يحيلها إلى بعثة الأمم المتحدة للدعم في ليبيا.", "ceasefire.monitors",
			[]string{"unsmil@outlet"}},
		// Probes.
		{"probe: a case referred to a court (Sudan)", "en", pubTue, sudanLead20 + "The case was referred to the African Union's court in Arusha.", "ceasefire.monitors", nil},
		{"probe: referred to violations by a state (Gaza)", "en", pubTue, gazaLead20 + "The statement referred to violations by Israel and Egypt.", "ceasefire.monitors", nil},
		{"probe: a dispute in another clause (Congo)", "en", pubTue, congoLead20 + "Both sides traded accusations of violations, and the border dispute was referred to the African Union.", "ceasefire.monitors", nil},
		{"probe: violations not referred (Libya)", "en", pubTue, libyaLead + "Violations will not be referred to the United Nations, the ministry said.", "ceasefire.monitors", nil},
		{"probe: referred to the courts (Libya)", "en", pubTue, libyaLead + "The United Nations said violations would be referred to the courts.", "ceasefire.monitors", nil},
		{"probe: fighting could go to the capital (Sudan)", "en", pubTue, sudanLead20 + "Analysts fear the fighting could go to Khartoum.", "ceasefire.monitors", nil},
		{"probe: أحيل ملف إلى (Libya)", "ar", pubTue, libyaLeadAr + "وقال المصدر إن ملف المعتقلين يُحال إلى الأمم المتحدة.", "ceasefire.monitors", nil},
	})
}
