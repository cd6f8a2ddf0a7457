package claims

import "testing"

// TestMonitorsTermActionCoordinated: a coordinator between a term's action and the monitoring
// cue opens another predicate of the truce (monitors_term_action_before.go): "The truce will
// enter into force at midnight and be monitored by the AU" keeps the AU. Probes from Sudan.
func TestMonitorsTermActionCoordinated(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: enter into force and be monitored (Sudan)", "en", pubTue, sudanLead20 + "The truce will enter into force at midnight and be monitored by the African Union.", "ceasefire.monitors", []string{"african_union@outlet"}},
		{"probe: provides for the return and will be monitored (Sudan)", "en", pubTue, sudanLead20 + "The deal provides for the return of displaced people and will be monitored by IGAD.", "ceasefire.monitors", []string{"igad@outlet"}},
		// Kept: the act's own supervisor.
		{"aid entry monitored (Sudan)", "en", pubTue, sudanLead20 + "Aid entry into Zamzam camp will be monitored by the UN.", "ceasefire.monitors", nil},
	})
}
