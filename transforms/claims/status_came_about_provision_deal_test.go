package claims

import "testing"

// TestProvisionDealCameAboutIsNoTruce: a deal named by another provision ("اتفاق تبادل
// الأسرى") that came about through mediation tells of that deal, not the truce: status.came_about
// (feb448e) read "وقالت موسكو إن اتفاق تبادل الأسرى جاء بوساطة إماراتية" as the truce agreed.
// Review probes from Ukraine; the truce's own deal still reads.
func TestProvisionDealCameAboutIsNoTruce(t *testing.T) {
	const khersonLeadAr = "يسود الهدوء الحذر مدينة خيرسون في ظل الهدنة. "
	const gazaLeadAr = "يسود الهدوء الحذر مدينة غزة في ظل الهدنة. "
	runCases(t, []mechanismCase{
		{"the prisoner exchange deal came through mediation (Ukraine)", "ar", pubTueAr, khersonLeadAr + "وقالت موسكو إن اتفاق تبادل الأسرى جاء بوساطة إماراتية.", "ceasefire.status", nil},
		{"the verb first (Ukraine)", "ar", pubTueAr, khersonLeadAr + "وجاء اتفاق تبادل الأسرى بوساطة إماراتية.", "ceasefire.status", nil},
		// Kept.
		{"the truce's deal (Gaza)", "ar", pubTueAr, gazaLeadAr + "وجاء الاتفاق بوساطة مصرية.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}
