package claims

import "testing"

// TestDefiniteSourceNoun: "the official said" takes up the unnamed source introduced before with
// that noun (or the speaker carried over), never a body named in what is said after the verb.
func TestDefiniteSourceNoun(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the official said: the official introduced before, not a name after the verb", "en", "",
			yemenLead + "An official in the Yemeni government said the truce was holding. The official said the Houthis must withdraw from the port of Hodeidah.",
			"ceasefire.withdrawal", []string{"houthis=required@yemeni_government"}},
		{"the official said set off by commas", "en", "",
			yemenLead + "An official in the Yemeni government said the truce was holding. Under the deal, the official said, the Houthis must withdraw from the port of Hodeidah.",
			"ceasefire.withdrawal", []string{"houthis=required@yemeni_government"}},
		// Negative probes: a body's noun goes back to the body (Sudan), a name before the verb
		// speaks, an indefinite source stays a source.
		{"the ministry said keeps the body named before", "en", "",
			"The Sudanese foreign ministry welcomed the truce in El Fasher. The ministry said the Rapid Support Forces must withdraw from the city.",
			"ceasefire.withdrawal", []string{"rapid_support_forces=required@sudan_foreign_ministry"}},
		{"an indefinite official is a source", "en", "",
			yemenLead + "An official said the Houthis must withdraw from the port of Hodeidah.",
			"ceasefire.withdrawal", []string{"houthis=required@sources"}},
	})
}
