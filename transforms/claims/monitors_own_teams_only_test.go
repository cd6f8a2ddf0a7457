package claims

import "testing"

// TestMonitorsOwnTeamsOnly: the speaker's own observers qualified by "alone" or "only" ("Our
// observers alone will verify compliance") are the speaker's body, exhaustively; without it the
// set stays open.
func TestMonitorsOwnTeamsOnly(t *testing.T) {
	const sudanLead = "The Sudanese army and the RSF agreed to a truce in El Fasher on Tuesday. "
	runCases(t, []mechanismCase{
		{"our observers alone", "en", "", sudanLead + "\"Our observers alone will verify compliance,\" the African Union's commissioner said.", "ceasefire.monitors",
			[]string{"only:african_union@african_union"}},
		{"only its observers", "en", "", sudanLead + "The African Union said only its observers would verify compliance.", "ceasefire.monitors",
			[]string{"only:african_union@african_union"}},
		// Probe: no "only".
		{"its observers", "en", "", sudanLead + "The African Union said its observers would verify compliance.", "ceasefire.monitors",
			[]string{"african_union@african_union"}},
	})
}
