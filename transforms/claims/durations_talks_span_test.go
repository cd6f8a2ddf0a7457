package claims

import "testing"

// TestSpanOfTalksIsNoTerm: "N days of talks" measures the talks that produced the truce (gold
// traps in manipur, kirkuk, portsudan, sahara, gaza), even with a duration word near it ("a
// pact for Manipur's foothill districts after two days of tripartite talks"); a span of the
// truce itself stays its term.
func TestSpanOfTalksIsNoTerm(t *testing.T) {
	runCases(t, []mechanismCase{
		{"two days of tripartite talks after a pact for a place (Manipur)", "en", pubIST,
			"Kuki-Zo armed groups and Meitei village volunteers have agreed to a suspension of operations pact for Manipur's foothill districts after two days of tripartite talks in New Delhi.", "ceasefire.duration",
			nil},
		{"three days of talks after a ceasefire for a place (Kashmir)", "en", pubIST,
			"India and Pakistan agreed to a ceasefire for the Line of Control after three days of talks between their DGMOs.", "ceasefire.duration",
			nil},
		{"two days of talks after a ceasefire for a place (Gaza)", "en", pubIST,
			"Hamas and Israel agreed to a ceasefire for northern Gaza after two days of talks in Cairo.", "ceasefire.duration",
			nil},
		// The truce's own span stays.
		{"the term, then talks", "en", pubIST,
			"Hamas and Israel agreed to a ceasefire for two days after talks in Cairo.", "ceasefire.duration",
			[]string{"2@outlet"}},
		{"days of calm are the truce's", "en", pubIST,
			"Hamas and Israel agreed to a ceasefire for two days of calm in Gaza.", "ceasefire.duration",
			[]string{"2@outlet"}},
		{"six months after two days of talks", "en", pubIST,
			"After two days of talks, India and Pakistan agreed to a ceasefire along the Line of Control for six months.", "ceasefire.duration",
			[]string{"[181,184]@outlet"}},
	})
}
