package claims

import "testing"

// TestSingularFieldSource: "a Turkish security source", "a Saudi military source": a singular
// source with field words before the noun is read like "a source" (the gazetteer's bare noun),
// and the state before the field words speaks. Qualified by its field alone ("a military source
// added") it is `sources`, as "a senior military official" already is; "the source said"
// carries the speaker before.
func TestSingularFieldSource(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a state's adjective before the field word", "en", "",
			yemenLead + "A Saudi security source said the Houthis must withdraw from the port of Hodeidah.",
			"ceasefire.withdrawal", []string{"houthis=required@saudi_arabia"}},
		{"two field words", "en", "",
			"The Sudanese army and the RSF have agreed to a truce in El Fasher. A Sudanese senior military source said the Rapid Support Forces must withdraw from the city.",
			"ceasefire.withdrawal", []string{"rapid_support_forces=required@sudan"}},
		// Probes (Sudan, Yemen): the field alone names no body; the definite noun carries the
		// speaker before; a plural source keeps its state.
		{"a field word alone is a source", "en", "",
			"The Sudanese army and the RSF have agreed to a truce in El Fasher, the army said on Sunday. The Rapid Support Forces must withdraw from the city, a military source added.",
			"ceasefire.withdrawal", []string{"rapid_support_forces=required@sources"}},
		{"the source said carries the speaker before", "en", "",
			yemenLead + "The Saudi foreign ministry welcomed the deal. The source said the Houthis must withdraw from the port of Hodeidah.",
			"ceasefire.withdrawal", []string{"houthis=required@saudi_foreign_ministry"}},
		{"plural security sources keep their state", "en", "",
			yemenLead + "Saudi security sources said the Houthis must withdraw from the port of Hodeidah.",
			"ceasefire.withdrawal", []string{"houthis=required@saudi_arabia"}},
	})
}
