package claims

import "testing"

// TestScopeTruceLocatives: "for" and "around" right after the truce noun place it as "in" does
// (lexicon truce_locatives; the shared convention's "a ceasefire for northern Shan State", "a
// 30-day ceasefire around Las Anod"). A span after "for", a country, or "around" that does not
// follow the truce noun places nothing.
func TestScopeTruceLocatives(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a ceasefire for a city", "en", pubTue, "The government and the Houthis have agreed a ceasefire for Taiz, the envoy's office said.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"a ceasefire around a town (Somaliland)", "en", pubTue, "Somaliland's army and the SSC-Khatumo administration agreed on Tuesday to a 30-day ceasefire around Las Anod.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"probe: a ceasefire for two weeks", "en", pubTue, "The Houthis and the Yemeni government agreed to a ceasefire for two weeks on Tuesday.", "ceasefire.scope",
			nil},
		{"probe: a ceasefire for the whole country (Libya)", "en", pubTue, "Libya's rival governments agreed to a ceasefire for Libya on Tuesday.", "ceasefire.scope",
			nil},
		{"probe: fighting around a town after the truce (Mali)", "en", pubTue, "Mali's junta and the FLA agreed to a truce on Tuesday. Fighting around Kidal continued overnight, residents said.", "ceasefire.scope",
			nil},
	})
}
