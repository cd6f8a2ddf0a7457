package claims

import "testing"

// TestMonitorsWatchedSpectators: "watched by" names a monitor only as an arrangement, future or
// ongoing ("will be watched by", "is to be watched by", "is being watched by", "is watched by"); a
// past passive of watching reports spectators of an event ("The signing of the truce was watched
// by diplomats", "the announcement was watched by millions on television"), or a party's concern,
// and names no monitor. Probes from Gaza, the Black Sea, Yemen and Libya.
func TestMonitorsWatchedSpectators(t *testing.T) {
	const libyaLead = "The Government of National Unity and the Libyan National Army agreed to a ceasefire in Tripoli on Tuesday. "
	runCases(t, []mechanismCase{
		{"will be watched by (Yemen)", "en", "", yemenLead + "Compliance with the truce will be watched by UN observers.", "ceasefire.monitors",
			[]string{"un@outlet"}},
		{"is to be watched by (Libya)", "en", "", libyaLead + "The ceasefire is to be watched by a joint military committee and UN observers.", "ceasefire.monitors",
			[]string{"un@outlet"}},
		{"is being watched by (Gaza)", "en", "", gazaLeadEn + "The truce is being watched by Egyptian officers at the crossing.", "ceasefire.monitors",
			[]string{"egypt@outlet"}},
		{"probe: the signing was watched by diplomats (Gaza)", "en", "", gazaLeadEn + "The signing of the truce was watched by diplomats from Egypt and Qatar.", "ceasefire.monitors",
			nil},
		{"probe: the announcement was watched on television (Gaza)", "en", "", gazaLeadEn + "The truce announcement was watched by millions of Israelis on television.", "ceasefire.monitors",
			nil},
		{"probe: a deal watched with concern (Black Sea)", "en", "", blackSeaLead + "The deal was watched by Turkey with concern.", "ceasefire.monitors",
			nil},
		{"probe: a ceremony watched by envoys (Libya)", "en", "", libyaLead + "The ceasefire ceremony in Geneva was watched by envoys from Egypt and Turkey.", "ceasefire.monitors",
			nil},
	})
}
