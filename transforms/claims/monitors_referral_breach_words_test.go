package claims

import "testing"

// TestMonitorsReferralNeedsBreachWord: a referral names the body that watches the truce only
// for breaches (lexicon breach_words: violations, خرق), not for any fighting word: the wounded
// of a shelling referred to the Red Cross are patients, and the ICRC no monitor.
func TestMonitorsReferralNeedsBreachWord(t *testing.T) {
	const sudanLead = "Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. "
	const sudanLeadAr = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة في الفاشر يوم الثلاثاء. "
	const libyaLeadAr = "اتفقت حكومة الوحدة الوطنية والجيش الوطني الليبي على وقف لإطلاق النار في طرابلس يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"the wounded of a shelling referred to the ICRC (Sudan)", "en", pubTue,
			sudanLead + "Civilians wounded in the shelling were referred to the International Committee of the Red Cross, medics said.", "ceasefire.monitors", nil},
		{"جرحى القصف يحالون إلى الصليب الأحمر (Sudan)", "ar", pubTue,
			sudanLeadAr + "وقال مسعفون إن جرحى القصف يحالون إلى مستشفى اللجنة الدولية للصليب الأحمر.", "ceasefire.monitors", nil},
		// Kept: breaches referred.
		{"violations go to the JMC (Libya)", "en", pubTue,
			"The Libyan National Army and the GNU agreed to a ceasefire in Tripoli on Tuesday. Violations go to the 5+5 Joint Military Commission, the statement said.", "ceasefire.monitors",
			[]string{"joint_military_commission@outlet"}},
		{"تحال الخروقات إلى اللجنة (Libya)", "ar", pubTue,
			libyaLeadAr + "وتحال الخروقات إلى اللجنة العسكرية المشتركة 5+5.", "ceasefire.monitors",
			[]string{"joint_military_commission@outlet"}},
	})
}
