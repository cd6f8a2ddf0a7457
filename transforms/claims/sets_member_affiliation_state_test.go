package claims

import "testing"

// TestMemberAffiliationThirdState: a person who brokers for a third state's ministry is written
// as that state, as the ministry itself is (gold README, set members are bodies: "Cuba's foreign
// minister" → cuba, "المبعوث القطري" → qatar): memberID resolves the person's affiliation the way
// it resolves a body named outright. Probe: a body of the war's own state acts as itself.
func TestMemberAffiliationThirdState(t *testing.T) {
	runCases(t, []mechanismCase{
		{"en: a third state's envoy (Thailand-Cambodia)", "en", pubTue,
			"The ceasefire between Thailand and Cambodia was brokered by Azman Rahim, Malaysia's special envoy for the border.",
			"ceasefire.mediators", []string{"malaysia@outlet"}},
		{"en: a third state's spokesman (Gaza)", "en", pubTue,
			"The truce between Israel and Hamas was mediated by Egyptian Foreign Ministry spokesman Tamer Abdel Aziz.",
			"ceasefire.mediators", []string{"egypt@outlet"}},
		{"probe en: a body of the war's own state (Mindanao)", "en", pubTue,
			"The ceasefire between the MILF and the BIFF in Maguindanao was brokered by Rashid Lumabao.",
			"ceasefire.mediators", []string{"bangsamoro_government@outlet"}},
	})
}
