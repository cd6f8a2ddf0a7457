package claims

import "testing"

// TestMonitorsAffiliatedObservers: «مراقبين تابعين للأمم المتحدة» (observers belonging to the
// UN): the plural and accusative of the adjective «تابع» (lexicon
// attribution_adjective_homographs: تابعين, تابعون, تابعان, تابعا) are no verb of saying, so the
// body after them is a member, not a speaker.
func TestMonitorsAffiliatedObservers(t *testing.T) {
	runCases(t, []mechanismCase{
		{"observers belonging to the UN will take on monitoring breaches", "ar", "", yemenLeadAr + "وأشارت الوزارة إلى أن مراقبين تابعين للأمم المتحدة سيتولون رصد الخروقات.", "ceasefire.monitors",
			[]string{"un@outlet"}},
		{"a team belonging to the UN, accusative", "ar", "", yemenLeadAr + "وأضاف البيان أن فريقاً تابعاً للأمم المتحدة سيراقب الهدنة.", "ceasefire.monitors",
			[]string{"un@outlet"}},
		{"observers belonging to the UN, nominative", "ar", "", yemenLeadAr + "وقال المتحدث إن مراقبين تابعون للأمم المتحدة سيصلون الأسبوع المقبل لمراقبة الهدنة.", "ceasefire.monitors",
			[]string{"un@outlet"}},
	})
}
