package claims

import "testing"

// TestOwnStateBySpeaker: where an article places its truce only in passing or not at all, a
// state whose own government says it brokered the truce is the war's own state, written as that
// government (sets_own_state.go, ownStateBySpeaker; tishrin tr_023 "Damascus claims a
// Syrian-American mediation", in a brief comparing the truce with Gaza's). Probes: said by
// another, a state the gazetteer casts as a mediator, a theatre placed elsewhere, the government
// a side of the truce.
func TestOwnStateBySpeaker(t *testing.T) {
	const gazaAside = " Unlike the Gaza ceasefire of January 2025, this one was born of a flood risk."
	runCases(t, []mechanismCase{
		{"english: the capital claims its own mediation, the theatre in passing", "en", "",
			"Damascus claims a Syrian-American mediation produced the dam truce." + gazaAside, "ceasefire.mediators",
			[]string{"syrian_government,united_states@syrian_government"}},
		{"arabic: the foreign ministry, the truce placed nowhere", "ar", "",
			"قالت وزارة الخارجية والمغتربين السورية إن الهدنة عند السد تمت بوساطة سورية-أمريكية.", "ceasefire.mediators",
			[]string{"syrian_government,united_states@syrian_foreign_ministry"}},

		// Probes.
		{"probe: said by another state", "en", "",
			"Washington says a Syrian-American mediation produced the dam truce." + gazaAside, "ceasefire.mediators",
			[]string{"syria,united_states@united_states"}},
		{"probe: a state the gazetteer casts as a mediator", "en", "",
			"Doha says a Qatari-American mediation produced the truce." + gazaAside, "ceasefire.mediators",
			[]string{"qatar,united_states@qatar"}},
		{"probe: the theatre placed elsewhere", "en", "",
			"A ceasefire in Gaza took effect on Sunday. Damascus claims a Syrian-American mediation produced the truce.", "ceasefire.mediators",
			[]string{"syria,united_states@syrian_government"}},
		{"probe: the government is a side", "en", "",
			"The Syrian government and the armed opposition agreed to a truce on Thursday. Damascus claims a Syrian-American mediation produced the truce.", "ceasefire.mediators",
			[]string{"syria,united_states@syrian_government"}},
	})
}
