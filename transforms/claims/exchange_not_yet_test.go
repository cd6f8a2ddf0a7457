package claims

import "testing"

// TestExchangeNotYetTakenPlace: an exchange said not to have happened yet is what was seen so
// far, no term, as observedNone says of aid that has not arrived: "The SDF and SNA exchanged
// 23 bodies on Saturday; a prisoner swap has not yet taken place" (tishrin tr_031) read as
// included. Observation verbs "taken", "happened", "occurred" (lexicon observation_verbs) and
// observedNone for exchanges too. Probes from Syria and Yemen; near misses: a swap that will
// take place under the deal, a swap said not to be part of the deal.
func TestExchangeNotYetTakenPlace(t *testing.T) {
	const syriaLead = "The SDF and the Syrian National Army agreed a truce at the Tishreen Dam on Tuesday. "
	const yemenLead = "The Yemeni government and the Houthis agreed a truce in Taiz on Tuesday. "
	runCases(t, []mechanismCase{
		{"a prisoner swap has not yet taken place (Syria)", "en", pubTue,
			syriaLead + "The two sides exchanged 23 bodies on Saturday; a prisoner swap has not yet taken place.", "ceasefire.exchange", nil},
		{"no prisoner exchange has happened so far (Yemen)", "en", pubTue,
			yemenLead + "No prisoner exchange has happened so far, a Red Cross official said.", "ceasefire.exchange", nil},
		{"the release of detainees has not occurred (Yemen)", "en", pubTue,
			yemenLead + "The release of detainees has not occurred yet, the Houthis said.", "ceasefire.exchange", nil},
		// Near misses.
		{"a swap that will take place under the deal (Syria)", "en", pubTue,
			syriaLead + "A prisoner swap will take place under the deal next week, the SDF said.", "ceasefire.exchange",
			[]string{"prisoners=included@sdf"}},
		{"a swap not part of the deal (Yemen)", "en", pubTue,
			yemenLead + "A prisoner swap is not part of the deal, the Houthis said.", "ceasefire.exchange",
			[]string{"prisoners=not_included@houthis"}},
	})
}
