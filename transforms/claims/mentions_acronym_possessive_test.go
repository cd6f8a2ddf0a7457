package claims

// An acronym with a possessive clitic ("the AU's monitoring team", "IGAD's") is still the
// acronym written in capitals; the same letters in lower case stay a word.

import "testing"

func TestAcronymPossessive(t *testing.T) {
	lead := "Sudan's army and the Rapid Support Forces agreed to a humanitarian truce in El Fasher. "
	runCases(t, []mechanismCase{
		{"the AU's monitoring team", "en", "", lead + "The AU's monitoring team has not yet deployed, a U.N. official told us.", "ceasefire.monitors",
			[]string{"african_union@un"}},
		{"curly possessive", "en", "", lead + "The AU’s monitoring team has not yet deployed, a U.N. official told us.", "ceasefire.monitors",
			[]string{"african_union@un"}},
		{"not only the AU's but also IGAD's", "en", "", lead + "What is new this time, analysts say, is that the mediation is not only the AU's but also IGAD's.", "ceasefire.mediators",
			[]string{"african_union,igad@analysts"}},
		// Near miss: the same letters in lower case are no acronym.
		{"lower case letters", "en", "", lead + "The au's monitoring team has not yet deployed, a U.N. official told us.", "ceasefire.monitors",
			nil},
	})
}
