package claims

import "testing"

// TestVenueFightingLocative: talks on a truce placed somewhere may open elsewhere ("Talks on a
// truce in El Fasher opened in Jeddah"), but a locative right after a fighting word places the
// fighting around the talks, not the talks ("opened on Monday amid fighting in Rafah").
func TestVenueFightingLocative(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: amid fighting in Rafah (Gaza)", "en", pubTue, "Talks on a truce in Gaza opened on Monday amid fighting in Rafah.", "talks.venue", nil},
		{"probe: despite clashes in Omdurman (Sudan)", "en", pubTue, "Talks on a truce in El Fasher opened on Monday despite clashes in Omdurman.", "talks.venue", nil},
		// Kept.
		{"opened in Jeddah (Sudan)", "en", pubTue, "Talks on a truce in El Fasher opened in Jeddah on Monday.", "talks.venue", []string{"jeddah@outlet"}},
		{"resumed in Cairo amid shelling in Rafah (Gaza)", "en", pubTue, "Talks on a truce in Gaza resumed in Cairo on Monday amid shelling in Rafah.", "talks.venue", []string{"cairo@outlet"}},
	})
}
