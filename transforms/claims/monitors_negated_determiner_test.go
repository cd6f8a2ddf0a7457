package claims

import "testing"

// TestMonitorsNegatedDeterminer: a body a negation determines right before it ("with no U.N.
// observers present") is not there to monitor; the monitor the sentence names besides stays,
// and so does an undetermined or affirmed body ("U.N. observers will monitor").
func TestMonitorsNegatedDeterminer(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: with no U.N. observers present (Sudan)", "en", pubTue, sudanLead20 + "The army, with no U.N. observers present, will monitor the truce.", "ceasefire.monitors",
			[]string{"sudanese_armed_forces@outlet"}},
		{"probe: no U.N. observers will monitor (Sudan)", "en", pubTue, sudanLead20 + "No U.N. observers will monitor the truce.", "ceasefire.monitors", nil},
		{"U.N. observers will monitor (Sudan)", "en", pubTue, sudanLead20 + "U.N. observers will monitor the truce.", "ceasefire.monitors",
			[]string{"un@outlet"}},
		{"MONUSCO will monitor (Congo)", "en", pubTue, congoLead20 + "MONUSCO will monitor the ceasefire.", "ceasefire.monitors",
			[]string{"monusco@outlet"}},
	})
}
