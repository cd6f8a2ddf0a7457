package claims

// "part of" in a noun phrase ("the Lebanese part of Hawsh al-Sayyed Ali", "the eastern part of
// X") names a part of a place, not its coverage; "X is (not) part of the agreement" still does.

import "testing"

func TestExclusionPartOfPlace(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the lebanese part of a border town", "en", "", "Lebanon and Syria agreed on Wednesday to halt eight days of border fighting. Beirut says Syrian troops must leave the Lebanese part of Hawsh al-Sayyed Ali.", "ceasefire.exclusions",
			nil},
		// Probes (Yemen): the predicate "is part of" / "is not part of" keeps its reading.
		{"is part of the agreement", "en", "", yemenLead + "The government says Mocha is part of the agreement.", "ceasefire.exclusions",
			[]string{"mokha=not_excluded@yemeni_government"}},
		{"is not part of the truce", "en", "", yemenLead + "The government says Mocha is not part of the truce.", "ceasefire.exclusions",
			[]string{"mokha=excluded@yemeni_government"}},
		{"the old part of a city, then the port is part of the deal", "en", "", yemenLead + "Officials said the old part of Taiz was quiet, and Mocha is part of the deal.", "ceasefire.exclusions",
			[]string{"mokha=not_excluded@sources"}},
	})
}
