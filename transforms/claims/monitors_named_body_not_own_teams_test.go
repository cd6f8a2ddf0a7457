package claims

import "testing"

// TestMonitorsNamedBodyNotOwnTeams: a monitoring word inside a body's proper name ("notify the
// Joint Monitoring Committee") is that body, not the speaker's own teams, though a pronoun
// stands before it; the speaker's own observers still monitor.
func TestMonitorsNamedBodyNotOwnTeams(t *testing.T) {
	const chadLead = "The Chadian government and the FNRT agreed to a ceasefire on Tuesday. "
	runCases(t, []mechanismCase{
		{"a pronoun before a committee's name", "en", pubTue,
			chadLead + "Aid convoys can now move \"as long as they notify the Joint Monitoring Committee 48 hours ahead\", a WFP logistics officer said.", "ceasefire.monitors",
			nil},
		// Probe: the speaker's own monitors.
		{"its own observers", "en", pubTue,
			chadLead + "The African Union said its observers would monitor the truce.", "ceasefire.monitors",
			[]string{"african_union@african_union"}},
	})
}
