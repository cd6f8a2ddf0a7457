package claims

import "testing"

// TestDurationsRunVerb: "run" with a span and no "for" ("runs 30 days", "runs only thirty
// days", "truce to ... run 30 days") gives the truce's length as "runs for" and "lasts" did
// (lexicon duration cue "run"): marib mb_037 "The Houthis ... insist it runs only thirty days",
// tishrin tr_039 "truce to start at midnight Wednesday local time, run 30 days". Near miss:
// talks that ran three days.
func TestDurationsRunVerb(t *testing.T) {
	runCases(t, []mechanismCase{
		{"runs only thirty days (Yemen)", "en", pubTue, "The Houthis insist the truce runs only thirty days.", "ceasefire.duration",
			[]string{"30@houthis"}},
		{"a pronoun for the truce: it runs (Yemen)", "en", pubTue, "The government and the Houthis agreed a truce in Taiz on Monday. The Houthis insist it runs only thirty days.", "ceasefire.duration",
			[]string{"30@houthis"}},
		{"headline infinitive: truce to start ..., run 30 days (Yemen)", "en", pubTue, "The Houthis say the truce will run 30 days.", "ceasefire.duration",
			[]string{"30@houthis"}},
		{"runs for 40 days still reads (Yemen)", "en", pubTue, "The Houthis say the truce runs for 40 days.", "ceasefire.duration",
			[]string{"40@houthis"}},
		{"near miss: the talks ran three days (Yemen)", "en", pubTue, "The talks in Muscat ran three days, the Houthis said.", "ceasefire.duration", nil},
	})
}
