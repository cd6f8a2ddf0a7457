package claims

import "testing"

// TestUnnamedPeopleSpeak: a bare plural noun of people as the subject of a verb of saying
// ("drivers said", "Delegates said", "two brokers noted") is `sources`; a definite or possessed
// noun, a passive participle with its agent and a name the gazetteer knows are not.
func TestUnnamedPeopleSpeak(t *testing.T) {
	runCases(t, []mechanismCase{
		{"drivers said after a comma", "en", "",
			yemenLead + "Trucks were moving again on the coastal road, and the Houthis must withdraw from the port of Hodeidah under the deal, drivers said.",
			"ceasefire.withdrawal", []string{"houthis=required@sources"}},
		{"a modifier before the plural", "en", "",
			yemenLead + "The Houthis must withdraw from the port of Hodeidah under the deal, local aid workers said.",
			"ceasefire.withdrawal", []string{"houthis=required@sources"}},
		{"delegates open the sentence", "en", "",
			"The Sudanese army and the RSF have agreed to a truce in El Fasher. Delegates said the Rapid Support Forces must withdraw from the city.",
			"ceasefire.withdrawal", []string{"rapid_support_forces=required@sources"}},
		{"a number before the plural", "en", "",
			"The Sudanese army and the RSF have agreed to a truce in El Fasher. The Rapid Support Forces must withdraw from the city, two brokers noted.",
			"ceasefire.withdrawal", []string{"rapid_support_forces=required@sources"}},
		// Negative probes (Syria, Sudan, Yemen): a possessed or definite noun refers back to
		// a body named before; a participle with its agent is no subject; a name speaks.
		{"their commanders said", "en", "",
			"The Sudanese army and the RSF have agreed to a truce in El Fasher. The Rapid Support Forces must withdraw from the city, their commanders said.",
			"ceasefire.withdrawal", []string{"rapid_support_forces=required@rapid_support_forces"}},
		{"the fighters said", "en", "",
			yemenLead + "The Houthis must withdraw from the port of Hodeidah under the deal, the fighters said.",
			"ceasefire.withdrawal", []string{"houthis=required@houthis"}},
		{"terms described by a named body", "en", "",
			"The Sudanese army and the RSF have agreed to a truce in El Fasher. Under the terms described by the African Union, the Rapid Support Forces must withdraw from the city.",
			"ceasefire.withdrawal", []string{"rapid_support_forces=required@african_union"}},
		{"mediators are the article's one mediator", "en", "",
			"The Sudanese army and the RSF have agreed to a truce in El Fasher, brokered by the African Union. The Rapid Support Forces must withdraw from the city, mediators said.",
			"ceasefire.withdrawal", []string{"rapid_support_forces=required@african_union"}},
		{"a named body before the verb", "en", "",
			"The Sudanese army and the RSF have agreed to a truce in El Fasher. The Rapid Support Forces must withdraw from the city, the African Union said.",
			"ceasefire.withdrawal", []string{"rapid_support_forces=required@african_union"}},
	})
}
