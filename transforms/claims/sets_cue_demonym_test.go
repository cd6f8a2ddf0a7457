package claims

// A demonym right before a mediation cue ("through Qatari intermediaries") names the mediator;
// a name further back, past more than one word, is another phrase's: frozen hormuz's "on the
// phone with Jerusalem and, through Qatari intermediaries, Tehran" read Israel and Iran as
// mediators of their own truce.

import "testing"

// TestCueDemonymEndsTheMembers: probes from Gaza, Ukraine and Sudan, and coordinated names right
// before the demonym that stay members.
func TestCueDemonymEndsTheMembers(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: the sides an envoy phoned", "en", "", gazaLead + "Officials said the U.S. envoy had spent days on the phone with Jerusalem and, through Qatari intermediaries, with Hamas before the truce.", "ceasefire.mediators",
			[]string{"qatar@sources"}},
		{"probe: moscow spoken to", "en", "", ukraineLead17 + "Diplomats said the Turkish envoy spoke with Moscow and, through Saudi intermediaries, with Kyiv before the deal.", "ceasefire.mediators",
			[]string{"saudi_arabia@sources"}},
		{"probe: port sudan visited", "en", "", sudanLead18 + "Diplomats said the UN envoy reached Port Sudan and, through Saudi intermediaries, the RSF before the truce.", "ceasefire.mediators",
			[]string{"saudi_arabia@sources"}},
		{"coordinated names right before the demonym stay", "en", "", "Delegates said the two sides were expected to reconvene in Nairobi on May 25 for political talks under IGAD and Kenyan auspices.", "talks.sponsors",
			[]string{"igad,kenya@sources~expected"}},
		{"two demonyms on the cue", "en", "", sudanLead18 + "The truce was reached through Saudi and U.S. facilitators, officials said.", "ceasefire.mediators",
			[]string{"saudi_arabia,united_states@sources"}},
	})
}
