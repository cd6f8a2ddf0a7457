package claims

import "testing"

// TestCityBeforeHostAgent: a city right before a host participle with its agent is the venue,
// and only the agent hosts (venue_host_agent.go; gorongosa gr_009, gr_010 "talks in Rome hosted
// by the Community of Sant'Egidio" gave Italy as a sponsor). Probes: the capital's own state as
// the agent, the city as the active host, a participle with no agent.
func TestCityBeforeHostAgent(t *testing.T) {
	runCases(t, []mechanismCase{
		{"mozambique: a capital before 'hosted by' a lay community", "en", "",
			"The government and the JMSN agreed to a ceasefire in Sofala after four days of talks in Rome hosted by the Community of Sant'Egidio.", "talks.sponsors",
			[]string{"sant_egidio@outlet"}},
		{"sudan: a capital before 'hosted by' the African Union", "en", "",
			"The army and the RSF agreed to a truce in Darfur after talks in Riyadh hosted by the African Union.", "talks.sponsors",
			[]string{"african_union@outlet"}},

		// Probes.
		{"probe: the capital's own state is the agent", "en", "",
			"The army and the RSF agreed to a truce in Darfur after talks in Riyadh hosted by Saudi Arabia.", "talks.sponsors",
			[]string{"saudi_arabia@outlet"}},
		{"probe: the capital hosts, active", "en", "",
			"Riyadh hosted the talks at which the army and the RSF agreed to a truce in Darfur.", "talks.sponsors",
			[]string{"saudi_arabia@outlet"}},
	})
}
