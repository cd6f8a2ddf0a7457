package claims

import "testing"

// TestRivalSpanNeedsTheTrucesLength: a bare count said by a rival account is a length of the
// truce only when the span before it is the truce's (the truce or the deal named before the
// verb, a duration cue, or the length asked); another span ("held for 700 days") gives none.
func TestRivalSpanNeedsTheTrucesLength(t *testing.T) {
	const gazaLead = "Israel and Hamas agreed to a ceasefire in Gaza on Tuesday. "
	runCases(t, []mechanismCase{
		{"hostages held for 700 days; Hamas says 200 (Gaza)", "en", pubTue,
			gazaLead + "Hostages have been held for 700 days; Hamas says 200.", "ceasefire.duration", nil},
		// Kept.
		{"the truce runs for 30 days; the Kremlin says three weeks (Ukraine)", "en", pubTue,
			"Russia and Ukraine agreed to a ceasefire on Tuesday. The truce runs for 30 days; the Kremlin says three weeks.", "ceasefire.duration",
			[]string{"30@outlet", "21@kremlin"}},
	})
}
