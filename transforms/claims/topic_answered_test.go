package claims

import "testing"

// TestTopicAnsweredInAnExplainer: an explainer's short question on the truce's start or length
// ("When does it start?", "How long?"), or a label ("Start:", "Length:"), makes the times or
// spans of the answer the truce's, each by whoever the answer names for it. Not: a question on
// another subject ("How long have you lived here?", "When did the fighting start?"). Probes from
// Yemen, Sudan and Libya.
func TestTopicAnsweredInAnExplainer(t *testing.T) {
	const pub = "2025-10-15T08:00:00Z" // a Wednesday
	runCases(t, []mechanismCase{
		{"question on the start, two accounts (Yemen)", "en", pub, "The Taiz truce: five questions. When does it start? The government says 00:00 on Friday; the Houthis say 6 a.m. Thursday.", "ceasefire.start_time",
			[]string{"2025-10-16T21:00:00Z@yemeni_government", "2025-10-16T03:00:00Z@houthis"}},
		{"label: Start: (Sudan)", "en", pub, "What the Jeddah ceasefire in Sudan says. Start: midnight on Friday, according to the army.", "ceasefire.start_time",
			[]string{"2025-10-17T22:00:00Z@sudanese_armed_forces"}},
		{"question on the length (Libya)", "en", pub, "The Tripoli ceasefire in Libya: what we know. How long? Ninety days, renewable.", "ceasefire.duration",
			[]string{"90@outlet"}},
		{"label: Length: (Yemen)", "en", pub, "The Taiz truce: what we know. Length: thirty days; the Houthis say sixty.", "ceasefire.duration",
			[]string{"30@outlet", "60@houthis"}},
		// A second side's answer in the sentence after the first's (ituri it_019: "When did it
		// start? The government says midnight on Friday, Bunia time (2200 GMT). CODECO says noon
		// on Saturday, ...").
		{"second account, next sentence (Yemen)", "en", pub, "The Taiz truce: five questions. When does it start? The government says 00:00 on Friday. The Houthis say 6 a.m. Thursday.", "ceasefire.start_time",
			[]string{"2025-10-16T21:00:00Z@yemeni_government", "2025-10-16T03:00:00Z@houthis"}},
		// Not about the truce.
		{"no account between: the next sentence is not an answer", "en", pub, "The Taiz truce: five questions. When does it start? At 00:00 on Friday. The Houthis say 6 a.m. Thursday.", "ceasefire.start_time",
			[]string{"2025-10-16T21:00:00Z@outlet"}},
		{"a second account of another subject's question", "en", pub, "The truce in Yemen holds. When did the fighting start? The army says Sunday. The Houthis say 6 a.m. Thursday.", "ceasefire.start_time",
			nil},
		{"a question on another subject", "en", pub, "The truce in Yemen holds. How long have you lived here? Ten years, she said.", "ceasefire.duration",
			nil},
		{"the fighting's start", "en", pub, "The truce in Yemen holds. When did the fighting start? Clashes began on Sunday in Taiz.", "ceasefire.start_time",
			nil},
	})
}
