package claims

import "testing"

// TestAnsweredCoverageQuestion: an explainer's question about what the truce covers, answered by
// the next sentence with no verb of its own, gives the answer's places and groups as covered
// (left out for a negated or exclusion question) and a place of the country as partial scope.
// Witnesses: tishrin tr_038, mitiga mt_022, gorongosa gr_029. Probes from Yemen and Syria, English
// and Arabic; near misses: a question that names its object, another noun's coverage, an answer
// with a verb of its own, a report of fighting, a question about another topic.
func TestAnsweredCoverageQuestion(t *testing.T) {
	const explainer = "Explainer: what the Hodeidah truce says. "
	runCases(t, []mechanismCase{
		{"answer attributed after the list (Yemen)", "en", pubTue, explainer + "What does the truce cover? Hays and Saleef, according to the Yemeni government. Who guarantees it? Oman.", "ceasefire.exclusions",
			[]string{"hays=not_excluded@yemeni_government", "saleef=not_excluded@yemeni_government"}},
		{"the answer places the truce (Yemen)", "en", pubTue, explainer + "What does the truce cover? Hays and Saleef, according to the Yemeni government.", "ceasefire.scope",
			[]string{"partial@yemeni_government"}},
		{"attribution first, pronoun question (Syria)", "en", pubTue, "What the Tishrin truce says. What does it cover? According to the SDF, the Tishreen Dam and Kobani.", "ceasefire.exclusions",
			[]string{"tishreen_dam=not_excluded@sdf", "kobani=not_excluded@sdf"}},
		{"areas of a container and a locator are no members (Yemen)", "en", pubTue, explainer + "What does it cover? Six districts of Hodeidah province around the port, and the roads to Hays and Saleef.", "ceasefire.exclusions",
			[]string{"hays=not_excluded@outlet", "saleef=not_excluded@outlet"}},
		{"a negated question leaves out (Yemen)", "en", pubTue, explainer + "What does it not cover? Al-Qaeda, according to the government.", "ceasefire.exclusions",
			[]string{"aqap=excluded@yemeni_government"}},
		{"arabic answer (Yemen)", "ar", pubTueAr, "الهدنة في الحديدة: ماذا تشمل الهدنة؟ مديريتا حيس والصليف، بحسب الحكومة اليمنية.", "ceasefire.exclusions",
			[]string{"hays=not_excluded@yemeni_government", "saleef=not_excluded@yemeni_government"}},
		{"near miss: the question names its object", "en", pubTue, explainer + "Does the truce cover Hays? The government says yes.", "ceasefire.exclusions",
			nil},
		{"near miss: another noun's coverage", "en", pubTue, explainer + "What does the curfew cover? Hays and Saleef.", "ceasefire.exclusions",
			nil},
		{"near miss: a fighting report after the question", "en", pubTue, explainer + "What does the truce cover? Fighting continued in Hays on Monday.", "ceasefire.exclusions",
			nil},
		{"near miss: another topic's question", "en", pubTue, explainer + "Who guarantees it? Oman and Saudi Arabia.", "ceasefire.exclusions",
			nil},
		{"near miss: an answer with a verb of saying", "en", pubTue, explainer + "What does the truce cover? Nobody knows, the Houthis said of Hays.", "ceasefire.exclusions",
			nil},
	})
}
