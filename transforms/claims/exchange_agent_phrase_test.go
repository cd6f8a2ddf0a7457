package claims

import "testing"

// TestExchangeNegatedPastAgent: a participle and its agent between the captive noun and the
// negated predicate ("Detainees held by the security services are not part of the
// arrangement", "المحتجزين من قبل الحوثيين ليسوا جزءاً") do not hide the negation: not included.
// An agent phrase before an affirmative predicate, or a negation that belongs to another noun,
// leaves the release included.
func TestExchangeNegatedPastAgent(t *testing.T) {
	runCases(t, []mechanismCase{
		{"held by a named group, not part of", "en", pubTue, yemenLead + "Prisoners held by the Houthis are not part of the deal, the government said.", "ceasefire.exchange",
			[]string{"prisoners=not_included@yemeni_government"}},
		{"held by a definite noun, not part of", "en", pubTue, yemenLead + "Detainees held by the security services are not part of the arrangement, the governor said.", "ceasefire.exchange",
			[]string{"prisoners=not_included@outlet"}},
		{"held by a definite noun of two words, not covered", "en", pubTue, yemenLead + "Detainees held by the coast guard are not covered by the truce, officials said.", "ceasefire.exchange",
			[]string{"prisoners=not_included@sources"}},
		{"arabic agent phrase", "ar", pubTueAr, yemenLeadAr + "وقالت الحكومة إن الأسرى المحتجزين من قبل الحوثيين ليسوا جزءاً من الاتفاق.", "ceasefire.exchange",
			[]string{"prisoners=not_included@yemeni_government"}},
		{"probe: held by a group, freed under the deal (Sudan)", "en", pubTue, "Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. Prisoners held by the RSF will be freed under the deal, the army said.", "ceasefire.exchange",
			[]string{"prisoners=included@sudanese_armed_forces"}},
		{"probe: the negation of another noun after the agent (Gaza)", "en", pubTue, "Israel and Hamas agreed to a ceasefire in Gaza on Tuesday. Hostages held by Hamas will be released in the first phase, and the ceasefire does not cover the West Bank, mediators said.", "ceasefire.exchange",
			[]string{"hostages=included@sources"}},
	})
}
