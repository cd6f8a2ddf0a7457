package claims

import "testing"

// TestVenueCityInSiteName: a building or office named with its city is one gazetteer name
// ("the Palestinian embassy in Beirut", "Government House, Gusau"): talks held there are held in
// the city that ends the name. A person's title naming a city is who takes part, a site that is
// a place of its own stays the venue, and a context alias inside a name names no city.
func TestVenueCityInSiteName(t *testing.T) {
	const ainLead = "Fatah and Hamas agreed to a ceasefire in Ain al-Hilweh on Sunday. "
	const zamLead = "The Zamfara State Government signed a peace accord with three armed groups on Thursday. "
	runCases(t, []mechanismCase{
		{"talks held at an embassy in a city (Lebanon)", "en", pubTue, ainLead + "Talks on a lasting arrangement will be held at the Palestinian embassy in Beirut, officials said.", "talks.venue",
			[]string{"beirut@sources"}},
		{"talks at a building, then its city after a comma (Nigeria)", "en", pubTue, zamLead + "The accord was reached after two days of talks at Government House, Gusau.", "talks.venue",
			[]string{"gusau@outlet"}},
		// Probes.
		{"probe: talks about the building, not at it (Lebanon)", "en", pubTue, ainLead + "Talks on reopening the Palestinian embassy in Beirut have stalled.", "talks.venue",
			nil},
		{"probe: talks with a person whose title names a city (Nigeria)", "en", pubTue, zamLead + "The accord was reached after two days of talks with the Emir of Maru.", "talks.venue",
			nil},
		{"probe: a site of its own stays the venue (Lebanon, Tripoli)", "en", pubTue, "Bab al-Tabbaneh and Jabal Mohsen agreed to a ceasefire on Friday after talks at Dar al-Fatwa in Tripoli.", "talks.venue",
			[]string{"dar_al_fatwa_tripoli@outlet"}},
	})
}
