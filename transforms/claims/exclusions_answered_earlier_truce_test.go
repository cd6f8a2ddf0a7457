package claims

import "testing"

// TestCoverageQuestionOfAnEarlierTruce: an explainer's question on what an earlier truce covered
// (a year before the article's) is answered with that truce's coverage, not this one's.
func TestCoverageQuestionOfAnEarlierTruce(t *testing.T) {
	const gazaLead = "Israel and Hamas agreed to a ceasefire in Gaza on Tuesday. "
	const gazaLeadAr = "اتفقت إسرائيل وحماس على وقف لإطلاق النار في غزة يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"What did the 2024 truce cover? (Gaza)", "en", pubTue,
			gazaLead + "What did the 2024 truce cover? Only Rafah and Khan Younis.", "ceasefire.exclusions", nil},
		{"ماذا شملت هدنة عام 2024؟ (Gaza)", "ar", pubTue,
			gazaLeadAr + "ماذا شملت هدنة عام 2024؟ رفح وخان يونس فقط.", "ceasefire.exclusions", nil},
		// Kept: this truce's coverage.
		{"ماذا تشمل الهدنة؟ (Gaza)", "ar", pubTue,
			gazaLeadAr + "ماذا تشمل الهدنة؟ رفح وخان يونس.", "ceasefire.exclusions",
			[]string{"rafah=not_excluded@outlet", "khan_younis=not_excluded@outlet"}},
	})
}
