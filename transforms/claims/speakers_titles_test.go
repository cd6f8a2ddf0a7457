package claims

import "testing"

// TestTitledReferences: a definite title for a person ("the envoy said") refers back to the
// person named before with that title; who reads the agreement's text out states it; a verb of
// saying with a feminine ending and a conjunction is no preposition reading (ولفتت).
func TestTitledReferences(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the envoy said: the person named before with that title", "en", "", yemenLead + "The UN special envoy, Lars Eriksen, read out the text in Muscat. The truce will be guaranteed by Oman and Saudi Arabia, the envoy said.", "ceasefire.guarantors",
			[]string{"oman,saudi_arabia@lars_eriksen"}},
		{"according to the text read out by a body's envoy, Name", "en", "", yemenLead + "The truce lasts 30 days, according to the text read out by the UN's envoy for Yemen, Lars Eriksen.", "ceasefire.duration",
			[]string{"30@lars_eriksen"}},
		{"arabic verb with feminine ending after a conjunction", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية في بيان إن الهدنة بدأت. ولفتت الحكومة إلى أن الهدنة لا تشمل تنظيم القاعدة.", "ceasefire.exclusions",
			[]string{"aqap=excluded@yemeni_government"}},
		// Negative probes: a title nobody named before, a text read by no one, a text only
		// seen, a preposition glued to a noun.
		{"the envoy with no one named: not a name of what is said", "en", "", yemenLead + "The truce will be guaranteed by Oman, the envoy said.", "ceasefire.guarantors",
			[]string{"oman@outlet"}},
		{"according to the text of the agreement: the outlet", "en", "", yemenLead + "The truce lasts 30 days, according to the text of the agreement.", "ceasefire.duration",
			[]string{"30@outlet"}},
		{"a text read out in Bosnia by nobody named", "en", "", "The Bosnian Serb army and the Bosnian government agreed to a truce. The truce lasts 30 days, according to the text read out by a spokesman in Sarajevo.", "ceasefire.duration",
			[]string{"30@outlet"}},
		{"a preposition on a noun stays a preposition", "ar", "", yemenLeadAr + "ولفترة ثلاثين يوماً تستمر الهدنة.", "ceasefire.duration",
			[]string{"30@outlet"}},
	})
}
