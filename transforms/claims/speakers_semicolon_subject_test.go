package claims

import "testing"

// TestInvertedSubjectStopsAtSemicolon: the subject of a verb of saying that follows what it
// says ("thirty days, say the mediators") is looked for after the verb only up to the
// semicolon that closes its clause: the name of the next clause ("; the TTP says forty-five")
// is the other side of the explainer line, not the first side's speaker. Stop 32's
// explainer-line misses (Waziristan, Cabinda; "Thirty days, says the consulate; fifteen, says
// the PUK" in the frozen Iraqi Kurdistan dump). Near misses: the subject named inside the
// clause still speaks ("says the TTP;", "say officials;").
func TestInvertedSubjectStopsAtSemicolon(t *testing.T) {
	const pub = "2028-02-20T12:00:00+03:00"
	runCases(t, []mechanismCase{
		{"the subject left unnamed before the semicolon (Pakistan)", "en", pub,
			"The ceasefire in Waziristan. Length: thirty days, say the mediators; the TTP says forty-five.", "ceasefire.duration",
			[]string{"30@outlet", "45@ttp"}},
		{"not: the subject named inside the clause (Pakistan)", "en", pub,
			"The truce in Waziristan lasts thirty days, says the TTP; the army says forty-five.", "ceasefire.duration",
			[]string{"30@ttp", "45@pakistan_army"}},
		{"not: unnamed officials inside the clause (Pakistan)", "en", pub,
			"The truce in Waziristan lasts thirty days, say officials; the TTP says forty-five.", "ceasefire.duration",
			[]string{"30@sources", "45@ttp"}},
	})
}
