package claims

import "testing"

// TestLexiconDeEscalation: "de-escalation" names a truce in English as «التهدئة» does in Arabic
// (already a ceasefire noun there): marib's mb_013 ("The de-escalation on the Marib front will
// take effect at 6 a.m. on Thursday ... and will last thirty days", "Al-Jawf is outside the
// de-escalation") read nothing before it. "outside the de-escalation" joins "outside the truce",
// "outside the pact" among the exclusion wordings. Near misses: a de-escalation no one agreed
// (a call, a hope) states no term; "escalation" alone is no truce.
func TestLexiconDeEscalation(t *testing.T) {
	runCases(t, []mechanismCase{
		{"de-escalation lasts thirty days (Yemen)", "en", pubTue, "The de-escalation will last thirty days, the Houthis said.", "ceasefire.duration",
			[]string{"30@houthis"}},
		{"Arabic counterpart: التهدئة تستمر ثلاثين يوماً (Yemen, ar)", "ar", pubTueAr, "وقال المتحدث باسم الحوثيين إن التهدئة تستمر ثلاثين يوماً.", "ceasefire.duration",
			[]string{"30@houthis"}},
		{"outside the de-escalation (Yemen)", "en", pubTue, "Taiz is outside the de-escalation, the Houthis added.", "ceasefire.exclusions",
			[]string{"taiz=excluded@houthis"}},
		{"near miss: an escalation lasts, no truce (Yemen)", "en", pubTue, "The escalation will last thirty days, the Houthis said.", "ceasefire.duration", nil},
		{"near miss: outside the city, no truce (Yemen)", "en", pubTue, "Fighters gathered outside Taiz, the Houthis said.", "ceasefire.exclusions", nil},
	})
}
