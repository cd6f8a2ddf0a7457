package claims

import "testing"

// TestAnsweredSetInAnExplainer: an explainer's short question on who guarantees, mediates or
// monitors the truce is answered by the names that open the next sentence, each by whoever the
// answer names for it (ituri it_019, mitiga mt_022, tishrin tr_038). Not: a rhetorical question
// in an opinion piece answered by a clause ("It depends whom you ask"), an answer that does not
// name the members (a side's wish: "Iran wants the United Nations to do so"), a question on
// another deal, an answer naming a value of another topic (a mediator's cue of its own).
func TestAnsweredSetInAnExplainer(t *testing.T) {
	runCases(t, []mechanismCase{
		{"guarantors, according to", "en", "", yemenLead + "Who guarantees it? Oman and the United Nations, according to the Houthis.", "ceasefire.guarantors",
			[]string{"oman,un@houthis"}},
		{"mediators, exhaustive, says", "en", "", yemenLead + "Who mediated? Oman, and only Oman, Houthi officials say.", "ceasefire.mediators",
			[]string{"only:oman@houthis"}},
		{"monitors of the truce", "en", "", yemenLead + "Who monitors the truce? The United Nations, according to the Houthis.", "ceasefire.monitors",
			[]string{"un@houthis"}},
		{"arabic guarantors, bhasab", "ar", "", yemenLeadAr + "من يضمن الهدنة؟ سلطنة عمان والأمم المتحدة، بحسب الحوثيين.", "ceasefire.guarantors",
			[]string{"oman,un@houthis"}},
		// "with X at its side" adds a member (bamenda bm_016, gorongosa gr_029); a quoted
		// answer with its "only" (chad cd_016).
		{"a member at its side", "en", "", yemenLead + "Who mediated? Oman, with the United Nations at its side.", "ceasefire.mediators",
			[]string{"oman,un@outlet"}},
		{"quoted answer, alone", "en", "", yemenLead + "Who mediated? \"Oman, and Oman alone.\"", "ceasefire.mediators",
			[]string{"only:oman@outlet"}},
		// An opening "According to X," and "and nobody else" (cabinda cb_022).
		{"according to first, nobody else", "en", "", yemenLead + "Who guarantees it? According to the Houthis, the United Nations and nobody else.", "ceasefire.guarantors",
			[]string{"only:un@houthis"}},
		// Near misses.
		{"rhetorical question answered by a clause", "en", "", yemenLead + "Who guarantees it? It depends whom you ask.", "ceasefire.guarantors",
			nil},
		{"the answer is a side's wish, not the members", "en", "", yemenLead + "Who monitors it? The Houthis want the United Nations to do so.", "ceasefire.monitors",
			nil},
		{"a question on another deal", "en", "", yemenLead + "Who mediated the prisoner swap? Oman, according to the Houthis.", "ceasefire.mediators",
			nil},
		{"the answer names another topic's value", "en", "", yemenLead + "Who guarantees it? Oman hosted the talks, the Houthis say.", "ceasefire.guarantors",
			nil},
		{"arabic the answer names another topic's value", "ar", "", yemenLeadAr + "من يضمن الهدنة؟ سلطنة عمان استضافت المحادثات، بحسب الحوثيين.", "ceasefire.guarantors",
			nil},
	})
}
