package claims

import "testing"

// TestRivalAccountElidedUnit: a side's bare number after a verb of saying ("the TTP says
// forty-five") takes the unit of a counted span before it only where that span is told as the
// truce's length (a duration cue or frame, as heldSpanAt asks) or is itself a side's account
// ("Thirty days, say the mediators"). A span that only qualifies the truce noun ("The 60-day
// truce") while the clause speaks of something else leaves the number that thing's count:
// "has not stopped the killing; the SPLM-N speaks of 200" counts the dead, not days. Probes
// from Sudan, Gaza and Pakistan.
func TestRivalAccountElidedUnit(t *testing.T) {
	const pub = "2028-02-20T12:00:00+03:00"
	runCases(t, []mechanismCase{
		{"a count of the dead after a qualified truce (Sudan)", "en", pub,
			"The 60-day truce in Kadugli has not stopped the killing; the SPLM-N speaks of 200.", "ceasefire.duration",
			[]string{"60@outlet"}},
		{"a count of violations after a qualified truce (Gaza)", "en", pub,
			"The 30-day truce between Israel and Hamas has been violated repeatedly; Hamas speaks of 40.", "ceasefire.duration",
			[]string{"30@outlet"}},
		// Kept. (The mediators' own thirty days, a span fronted before its verb of saying, is
		// not read here: not this rule's.)
		{"kept: the first span itself said (Pakistan)", "en", pub,
			"Thirty days, say the mediators of the truce in Waziristan; the TTP says forty-five.", "ceasefire.duration",
			[]string{"45@ttp"}},
		{"kept: the bare number fronted, the verb after a comma (Iraqi Kurdistan)", "en", pub,
			"The truce in Sinjar lasts thirty days, the consulate says; fifteen, says the PUK.", "ceasefire.duration",
			[]string{"30@outlet", "15@puk"}},
		{"not: a fronted count of something else (Sudan)", "en", pub,
			"The 60-day truce in Kadugli has not stopped the killing; 200, says the SPLM-N.", "ceasefire.duration",
			[]string{"60@outlet"}},
		{"not: the fronted number goes on past the subject (Iraqi Kurdistan)", "en", pub,
			"The truce in Sinjar lasts thirty days, the consulate says; fifteen, says the PUK, were killed.", "ceasefire.duration",
			[]string{"30@outlet"}},
		{"kept: the length told by a duration cue (Pakistan)", "en", pub,
			"The truce in Waziristan lasts thirty days, the mediators say; the TTP says forty-five.", "ceasefire.duration",
			[]string{"30@outlet", "45@ttp"}},
	})
}
