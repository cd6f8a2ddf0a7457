package claims

import "testing"

// TestFacilitatorsMediate: facilitators are mediators (lexicon en mediators + facilitator,
// facilitators, as 'facilitate' and 'facilitated by'): a list of demonyms before the noun, a
// list before 'as facilitators'. Probes: facilitating aid, a denied role.
func TestFacilitatorsMediate(t *testing.T) {
	runCases(t, []mechanismCase{
		{"demonyms before facilitators join the brokers", "en", "", yemenLead + "The truce, brokered by the UN with Omani and Saudi facilitators, takes effect at noon.", "ceasefire.mediators",
			[]string{"oman,saudi_arabia,un@outlet"}},
		{"capitals described as facilitators", "en", "", yemenLead + "The truce binds both sides, a Saudi official said, describing Muscat and Riyadh as facilitators of a Yemeni-led process.", "ceasefire.mediators",
			[]string{"oman,saudi_arabia@saudi_arabia"}},

		// Probes.
		{"facilitating aid is no mediation", "en", "", yemenLead + "Aid agencies said the UN would facilitate aid deliveries to Hodeidah.", "ceasefire.mediators",
			nil},
		{"a state that is not a facilitator", "en", "", yemenLead + "Oman said it was not a facilitator of the deal.", "ceasefire.mediators",
			nil},
	})
}
