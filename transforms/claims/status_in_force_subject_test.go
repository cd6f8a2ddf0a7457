package claims

import "testing"

// TestInForceNeedsTheTruceForSubject: "is now in force", "remains in effect" are predicates
// many nouns take (a state of emergency, a curfew, sanctions); they say the truce is in force
// only with the truce or the deal for their subject, not with the truce named after them
// ("despite the truce").
func TestInForceNeedsTheTruceForSubject(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: a state of emergency in force despite the truce (Congo)", "en", pubTue, "A state of emergency is now in force in North Kivu despite the truce.", "ceasefire.status", nil},
		{"probe: a curfew remains in effect after the ceasefire (Sudan)", "en", pubTue, "A night curfew remains in effect in Khartoum after the ceasefire, the governor said.", "ceasefire.status", nil},
		{"probe: sanctions still in force despite the truce (Libya)", "en", pubTue, "UN sanctions on the armed groups are still in force despite the ceasefire.", "ceasefire.status", nil},
		{"probe: martial law was in force before the truce (Ukraine)", "en", pubTue, "Martial law was in force across the region before the truce.", "ceasefire.status", nil},
		// Kept.
		{"the ceasefire is now in force (Gaza)", "en", pubTue, "The ceasefire in Gaza is now in force.", "ceasefire.status",
			[]string{"in_force@outlet"}},
		{"the truce remains in effect (Sudan)", "en", pubTue, "The truce in El Fasher remains in effect, the army said.", "ceasefire.status",
			[]string{"in_force@sudanese_armed_forces"}},
		{"an appositive between the truce and the predicate (Lebanon)", "en", pubTue, "The truce, agreed last Friday at Dar al-Fatwa, remains in force.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"a pronoun after the deal (Yemen)", "en", pubTue, "The Houthis and the government signed a ceasefire in Hodeidah. It is still in force.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
	})
}
