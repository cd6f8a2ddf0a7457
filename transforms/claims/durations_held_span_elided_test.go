package claims

import "testing"

// TestHeldSpanElidedUnit: a bare number held by a side takes the unit of a span before it only
// where that span is told as the truce's length (a duration cue or frame: "runs for thirty
// days; the Houthis still count sixty"). A span that only qualifies the truce noun ("the 30-day
// truce") while the clause speaks of something else leaves the number that thing's count: "has
// been violated repeatedly; the UN counts 40" counts violations. Probes from Gaza, Sudan and
// Yemen.
func TestHeldSpanElidedUnit(t *testing.T) {
	const pub = "2028-02-20T12:00:00+03:00"
	runCases(t, []mechanismCase{
		{"a count of violations after a qualified truce (Gaza)", "en", pub,
			"The 30-day truce between Israel and Hamas has been violated repeatedly; the UN counts 40.", "ceasefire.duration",
			[]string{"30@outlet"}},
		{"a count of the dead after a qualified truce (Sudan)", "en", pub,
			"The 60-day truce in Kadugli has not stopped the killing; the SPLM-N counts 200.", "ceasefire.duration",
			[]string{"60@outlet"}},
		{"kept: the length told, the unit left out (Yemen)", "en", pub,
			"The truce in Taiz lasts thirty days; the Houthis still count sixty.", "ceasefire.duration",
			[]string{"30@outlet", "60@houthis"}},
	})
}
