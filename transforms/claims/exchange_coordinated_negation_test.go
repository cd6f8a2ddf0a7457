package claims

import "testing"

// TestNegatedVerbCoordinatedAfterTheTerm: "وتقتصر الهدنة على تسليم الجثامين، ولا تشمل تبادل
// الأسرى" is an "only" construction: the bodies are included, the rest is not. The negated
// predicate after the conjunction is a verb coordinated with the one governing the first term,
// with an object of its own; it negates that object. A negated predicate of the term itself
// ("تبادل الأسرى ليس جزءاً من الهدنة") still negates it.
func TestNegatedVerbCoordinatedAfterTheTerm(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: تقتصر الهدنة على ... ولا تشمل (Gaza)", "ar", pubTueAr, "وتقتصر الهدنة على تسليم الجثامين، ولا تشمل تبادل الأسرى.", "ceasefire.exchange",
			[]string{"bodies=included@outlet", "prisoners=not_included@outlet"}},
		{"probe: تشمل ... ولا تشمل (Gaza)", "ar", pubTueAr, "وتشمل الهدنة تسليم الجثامين، ولا تشمل تبادل الأسرى.", "ceasefire.exchange",
			[]string{"bodies=included@outlet", "prisoners=not_included@outlet"}},
		{"probe: يقتصر الاتفاق على فتح الطرق (Sudan), access", "ar", pubTueAr, sudanLead20Ar + "ويقتصر الاتفاق على فتح الطرق، ولا يشمل تبادل الأسرى.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"probe: يقتصر الاتفاق على فتح الطرق (Sudan), exchange", "ar", pubTueAr, sudanLead20Ar + "ويقتصر الاتفاق على فتح الطرق، ولا يشمل تبادل الأسرى.", "ceasefire.exchange",
			[]string{"prisoners=not_included@outlet"}},
		{"limited to the bodies, and not an exchange (Yemen)", "en", pubTue, "The truce is limited to the handover of bodies and does not include a prisoner exchange.", "ceasefire.exchange",
			[]string{"bodies=included@outlet", "prisoners=not_included@outlet"}},
		// Kept: the term's own negated predicate.
		{"تبادل الأسرى ليس جزءاً من الهدنة", "ar", pubTueAr, "تبادل الأسرى ليس جزءاً من الهدنة.", "ceasefire.exchange",
			[]string{"prisoners=not_included@outlet"}},
		{"إن تبادل الأسرى ليس جزءا من الاتفاق", "ar", pubTueAr, "وقالت الحكومة إن تبادل الأسرى ليس جزءا من الاتفاق.", "ceasefire.exchange",
			[]string{"prisoners=not_included@outlet"}},
		{"not part of the truce", "en", pubTue, "A prisoner exchange is not part of the truce.", "ceasefire.exchange",
			[]string{"prisoners=not_included@outlet"}},
		{"not only the bodies, but the prisoners too", "ar", pubTueAr, "ولا تقتصر الهدنة على تسليم الجثامين، بل تشمل تبادل الأسرى.", "ceasefire.exchange",
			[]string{"bodies=included@outlet", "prisoners=included@outlet"}},
	})
}
