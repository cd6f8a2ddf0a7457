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

// TestExclusionGroupHomeBeforeInsert: past a parenthetical "he added" the passive predicate's
// subject is the group whose home the place names, not the place.
func TestExclusionGroupHomeBeforeInsert(t *testing.T) {
	runCases(t, []mechanismCase{
		{"fighters operating out of a city, he added", "en", "", syriaLead + "ISIS fighters operating out of Raqqa, he added, are not covered by any ceasefire.", "ceasefire.exclusions",
			[]string{"isis=excluded@outlet"}},
		{"smuggling networks out of a town, he added", "en", "", "Lebanon and Syria agreed on Wednesday to halt eight days of border fighting. The smuggling networks operating out of Hermel, he added, are not covered by any ceasefire.", "ceasefire.exclusions",
			[]string{"hermel_clans=excluded@outlet"}},
		// Probe: a town named as such stays the subject.
		{"the town of, he added", "en", "", syriaLead + "The town of Afrin, he added, is not covered by the truce.", "ceasefire.exclusions",
			[]string{"afrin=excluded@outlet"}},
	})
}
