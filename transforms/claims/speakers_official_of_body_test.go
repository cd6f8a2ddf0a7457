package claims

// An official of a named body said: the verb of a reduced relative before it ("the arrangement
// announced last night") does not carry the previous sentence's speaker over it.

import "testing"

// TestOfficialOfBodyAfterParticiple: "Under the arrangement announced last night, ..., a Houthi official said".
func TestOfficialOfBodyAfterParticiple(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a participle after a noun yields to the official named later", "en", "", yemenLead + "Residents in Hodeidah said the guns were silent. Under the arrangement announced last night, the United Nations will monitor the port, a Houthi official said.", "ceasefire.monitors",
			[]string{"un@houthis"}},
		{"a draft circulated by one state, according to a source", "en", "", yemenLead + "Residents in Hodeidah said the guns were silent. A draft circulated by Oman proposes a halt for an initial thirty days, according to a UN official.", "ceasefire.duration",
			[]string{"30@un~proposed"}},
		{"an official of a named body after another speaker", "en", "", yemenLead + "Lars Eriksen said the guns were silent. The United Nations will monitor the port, an official of the Yemeni government said.", "ceasefire.monitors",
			[]string{"un@yemeni_government"}},
		{"arabic a source in a named body after another speaker", "ar", "", yemenLeadAr + "وقال أحمد العوضي إن الهدوء يسود الحديدة. وأوضح مصدر في الحكومة اليمنية أن الأمم المتحدة ستراقب الهدنة.", "ceasefire.monitors",
			[]string{"un@yemeni_government"}},
		{"a participle with no later speaker keeps the carried speaker", "en", "", yemenLead + "Lars Eriksen said the guns were silent. Under the arrangement announced last night, fighting will stop and the United Nations will monitor the port.", "ceasefire.monitors",
			[]string{"un@lars_eriksen"}},
	})
}

// TestSameSourceTakesUpEarlierSpeaker: "the same official said", "according to the same source" carry the source quoted before.
func TestSameSourceTakesUpEarlierSpeaker(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the same official is the body's official quoted before", "en", "", yemenLead + "Both sides agreed to exchange prisoners, a Houthi official said. The same official said the United Nations will monitor the port.", "ceasefire.monitors",
			[]string{"un@houthis"}},
		{"according to the same source", "en", "", yemenLead + "Omani mediators shuttled between the delegations, a UN official said. The United Nations will monitor the port, according to the same source.", "ceasefire.monitors",
			[]string{"un@un"}},
		{"arabic the same source after the noun", "ar", "", yemenLeadAr + "وقال مسؤول حوثي إن الطرفين اتفقا على تبادل الأسرى. وأضاف المصدر ذاته أن الأمم المتحدة ستراقب الهدنة.", "ceasefire.monitors",
			[]string{"un@houthis"}},
	})
}
