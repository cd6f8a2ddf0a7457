package claims

import "testing"

// TestLongerNameAfterArticle: a definite article that opens one name ("the Aïr", a place of
// agadez's file) and the longer name of another entity right after it ("Aïr and Azawagh
// Liberation Front") read as the longer name: agadez ag_016 "Welcomes the ceasefire agreed in
// Algiers between the Government of the Republic of Niger and the Aïr and Azawagh Liberation
// Front" lost its sides, and the Front as speaker was the outlet. The same overlap ("the X" as
// one entity's alias, "X ..." opening a longer alias of another) is in 298 alias pairs of the
// development files ("the government" / "government spokesman Nabil al-Shamiri", "the group" /
// "Group for the Support of Islam and Muslims"). Near misses: "the Aïr" alone stays the place,
// before "and" with another place too.
func TestLongerNameAfterArticle(t *testing.T) {
	const pub = "2039-03-19T17:00:00+03:00"
	const lead = "Niger's government and the FLAA agreed a ceasefire. "
	runCases(t, []mechanismCase{
		{"between ... and the Aïr and Azawagh Liberation Front (ag_016)", "en", pub,
			"1. Welcomes the ceasefire agreed in Algiers between the Government of the Republic of Niger and the Aïr and Azawagh Liberation Front, and commends Algeria for its mediation;", "ceasefire.parties",
			[]string{"flaa,nigerien_government@outlet"}},
		{"the Front as speaker", "en", pub,
			"The Aïr and Azawagh Liberation Front said the ceasefire excludes the Djado plateau.", "ceasefire.exclusions",
			[]string{"djado_plateau=excluded@flaa"}},
		// Near misses: the place.
		{"the Aïr and the Djado plateau: places", "en", pub,
			lead + "The FLAA said the ceasefire covers the Aïr and the Djado plateau.", "ceasefire.exclusions",
			[]string{"air_mountains=not_excluded@flaa", "djado_plateau=not_excluded@flaa"}},
		{"the Aïr and Agadez: places", "en", pub,
			lead + "The FLAA said the ceasefire covers the Aïr and Agadez.", "ceasefire.exclusions",
			[]string{"air_mountains=not_excluded@flaa", "agadez=not_excluded@flaa"}},
	})
}
