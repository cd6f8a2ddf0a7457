package claims

import "testing"

// TestSignedWithNamesSidesOfTheTruceOnly: "X signed a truce with Y" names the truce's sides
// only when both can be sides of the war and what they signed is no deal of another kind.
func TestSignedWithNamesSidesOfTheTruceOnly(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a memorandum signed with the UN (Sudan)", "en", pubTue,
			"Sudan's army signed a memorandum with the United Nations on aid access on Tuesday.", "ceasefire.parties", nil},
		{"a mining deal signed with the US, after the ceasefire (Congo)", "en", pubTue,
			"The Congolese government signed a mining deal with the United States on Tuesday, days after the ceasefire with M23.", "ceasefire.parties", nil},
		// Kept.
		{"signed a ceasefire with M23 (Congo)", "en", pubTue,
			"The Congolese government signed a ceasefire with M23 in Doha on Tuesday.", "ceasefire.parties",
			[]string{"congolese_government,m23@outlet"}},
		{"وقعت الحكومة اتفاق وقف إطلاق النار مع إم23 (Congo)", "ar", pubTue,
			"وقعت الحكومة الكونغولية اتفاق وقف إطلاق النار مع حركة إم23 في الدوحة.", "ceasefire.parties",
			[]string{"congolese_government,m23@outlet"}},
	})
}
