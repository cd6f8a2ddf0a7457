package claims

import "testing"

// TestExchangeCountAfterAgent: a count after an exchange cue counts the captives or the dead
// (TestExchangeCountNoSignatories), but one after a passive agent word counts who releases or
// holds them ("the release of prisoners by 14 armed groups that signed the deal", "hostages held
// by 12 factions that signed it"): a signatories count as before. Probes from Sudan and Colombia.
func TestExchangeCountAfterAgent(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the release of prisoners by 14 armed groups that signed (Sudan)", "en", pubTue,
			"Sudan's army and armed movements agreed to a truce on Monday. It provides for the release of prisoners by 14 armed groups that signed the deal.", "ceasefire.signatories",
			[]string{"factions=14@outlet"}},
		{"hostages held by 12 factions that signed it (Colombia)", "en", pubTue,
			"Colombia's government and armed groups agreed to a ceasefire on Monday. The deal provides for the release of hostages held by 12 factions that signed it.", "ceasefire.signatories",
			[]string{"factions=12@outlet"}},
		// Kept: the captives counted right after the release.
		{"probe: the release of 40 fighters held by the army (Sudan)", "en", pubTue,
			"Sudan's army and the RSF agreed to a truce in El Fasher; the deal also provides for the release of 40 RSF fighters held by the army.", "ceasefire.signatories",
			nil},
	})
}
