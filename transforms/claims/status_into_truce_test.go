package claims

import "testing"

// TestSpanIntoTheTruce: "One week into the 90-day Port Sudan truce", "Two weeks into the fragile
// Gaza ceasefire" presuppose the truce in force, with words between "into the" and the truce
// noun (object truce_after: the noun within five tokens). Into a war, a siege or talks on a truce
// it says nothing of the truce.
func TestSpanIntoTheTruce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a week into the 90-day truce", "en", pubTue, "One week into the 90-day local truce, partners report no new casualties.", "ceasefire.status",
			[]string{"in_force@sources"}},
		{"two weeks into the fragile ceasefire, Gaza", "en", pubTue, "Two weeks into the fragile Gaza ceasefire, aid is still blocked.", "ceasefire.status",
			[]string{"in_force@outlet"}},
		{"into the war, Ukraine", "en", pubTue, "Three days into the war in Ukraine, Kyiv proposed a ceasefire.", "ceasefire.status",
			[]string{"proposed@outlet"}},
		{"into the siege, Sudan", "en", pubTue, "Two months into the siege of El Fasher, the RSF rejected a truce.", "ceasefire.status",
			[]string{"not_agreed@rapid_support_forces"}},
	})
}

// TestSpanIntoTheTruceKeepsTerm: the truce's own adjective after "into the" is its term, not
// time elapsed ("One week into the 90-day truce" keeps 90).
func TestSpanIntoTheTruceKeepsTerm(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a week into the 90-day truce: 90 days", "en", pubTue, "One week into the 90-day local truce, partners report no new casualties.", "ceasefire.duration",
			[]string{"90@sources"}},
	})
}
