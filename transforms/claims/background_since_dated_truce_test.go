package claims

import "testing"

// TestBackgroundSinceDatedTruce: "since" before an article and a year dates a noun, an earlier
// truce ("since a 2022 truce broke down", "since the 2018 agreement collapsed"), not a span
// reaching the present: the sentence is background (sinceYear, earlierYear). "since 2022",
// "since March 2022" still name a span.
func TestBackgroundSinceDatedTruce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: since a dated truce broke down (Pakistan)", "en", pubTue, "The TTP, which Islamabad blames for a surge in attacks since a 2022 truce broke down, has long demanded the reversal of the merger.", "ceasefire.status", nil},
		{"probe: since the dated agreement collapsed (Yemen)", "en", pubTue, "Fighting around Hodeidah has flared repeatedly since the 2018 truce collapsed, residents said.", "ceasefire.status", nil},
		{"probe: since a dated ceasefire collapsed (Libya)", "en", pubTue, "Militias have clashed in Tripoli since a 2020 ceasefire collapsed, the mission said.", "ceasefire.status", nil},
		// Kept: a span from a bare year reaches the present.
		{"since a bare year: the truce has held (Ukraine)", "en", pubTue, "The truce has held since 2024, officials said.", "ceasefire.status", []string{"in_force@sources"}},
	})
}
