package claims

// "does not shield X" reads as "does not cover X"; a place after "of" or "from" right behind a
// group, or behind its fighters, is the group's home, not a place left out or covered of its
// own ("the smugglers of Hermel", "ISIS fighters from Raqqa").

import "testing"

func TestExclusionGroupHome(t *testing.T) {
	runCases(t, []mechanismCase{
		{"does not shield, the group of a town", "en", "", "Lebanon and Syria agreed on Wednesday to halt eight days of border fighting. The same official said the truce does not shield \"the smugglers of Hermel\".", "ceasefire.exclusions",
			[]string{"hermel_clans=excluded@outlet"}},
		{"fighters from a city (Syria)", "en", "", syriaLead + "The truce does not shield ISIS fighters from Raqqa.", "ceasefire.exclusions",
			[]string{"isis=excluded@outlet"}},
		// Probes: a place coordinated with the group is a member of its own; "shield" with no
		// group or place names nothing.
		{"group or city", "en", "", syriaLead + "The truce does not cover ISIS or Raqqa.", "ceasefire.exclusions",
			[]string{"isis=excluded@outlet", "raqqa=excluded@outlet"}},
		{"shield civilians from hunger (Sudan)", "en", "", "The army and the RSF agreed to a ceasefire in El Fasher on Sunday. Aid groups said the truce does not shield civilians from hunger.", "ceasefire.exclusions",
			nil},
	})
}
