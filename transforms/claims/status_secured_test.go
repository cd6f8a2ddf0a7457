package claims

import "testing"

// TestSecuringPresupposesTheTruce: a part in securing the truce, or having helped secure it
// ("played a part in securing the Lebanon-Syria truce", "helped secure the ceasefire"), is the
// truce as an effort's result: agreed by whoever says the sentence, as "led to the truce" is.
// Not: securing something else (a release), trying to help secure one.
func TestSecuringPresupposesTheTruce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a part in securing the truce", "en", pubTue, "DOHA, Oct 14 (Gulf Wire) - Qatar played a part in securing the Sudan truce alongside Saudi Arabia, two Gulf diplomats said.", "ceasefire.status",
			[]string{"agreed@sources"}},
		{"helped secure the ceasefire", "en", pubTue, "Qatar helped secure the ceasefire in Hodeidah, diplomats said.", "ceasefire.status",
			[]string{"agreed@sources"}},
		{"probe: securing a release", "en", pubTue, "Qatar played a part in securing the release of prisoners held by the Houthis, diplomats said.", "ceasefire.status",
			nil},
		{"probe: trying to help secure one", "en", pubTue, "Qatar is trying to help secure a ceasefire in Hodeidah, diplomats said.", "ceasefire.status",
			nil},
	})
}
