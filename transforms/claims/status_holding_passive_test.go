package claims

// A phrase the holding verb opens ("held up") after a copula is its passive: "the ceasefire
// was held up by disputes" was delayed, not in force; "has held up" is.

import "testing"

func TestHoldingPhrasePassiveIsNoInForce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: held up by disputes", "en", pubTue, gazaCalls19 + "The ceasefire was held up by disputes over the prisoner lists.", "ceasefire.status", nil},
		{"probe: has been held up by objections", "en", pubTue, callsLead19 + "The truce has been held up by the army's objections to the monitoring plan.", "ceasefire.status", nil},
		{"probe: the truce deal is being held up", "en", pubTue, callsLead19 + "The truce deal is being held up by disputes over El Fasher.", "ceasefire.status", nil},
		{"probe: held back", "en", pubTue, callsLead19 + "The truce has been held back by the army's objections.", "ceasefire.status", nil},
		{"the truce has held up", "en", pubTue, gazaLead19 + "The ceasefire has held up despite sporadic shelling.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"the truce held up on Monday", "en", pubTue, gazaLead19 + "The ceasefire held up on Monday, medics said.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@sources"}},
	})
}
