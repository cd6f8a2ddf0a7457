package claims

import "testing"

// TestStatementHeaderSpeaks: a header naming a statement and its author, set off by a colon with
// no verb of saying ("Statement posted by X:", "Excerpt from the statement of X:", "بيان صادر عن
// X:", "جاء في بيان لـX:"), gives what follows the colon, and a quotation it opens, to the author;
// a header naming only what the statement is about, a verb of saying before the colon, or a
// statement noun deep in the sentence does not.
func TestStatementHeaderSpeaks(t *testing.T) {
	runCases(t, []mechanismCase{
		{"english header: statement posted by a body", "en", "", yemenLead + "Statement posted on Telegram by the Houthis at 10 p.m.: \"The truce excludes Hays.", "ceasefire.exclusions",
			[]string{"hays=excluded@houthis"}},
		{"english header: the quotation it opens runs on", "en", "", yemenLead + "Statement posted on Telegram by the Houthis at 10 p.m.: \"We have agreed to stop firing. The truce excludes Hays.\"", "ceasefire.exclusions",
			[]string{"hays=excluded@houthis"}},
		{"english header: excerpt from the statement of a body", "en", "", "Excerpt from the statement of the Rapid Support Forces, May 14: \"The truce does not cover Zamzam camp.\"", "ceasefire.exclusions",
			[]string{"zamzam_camp=excluded@rapid_support_forces"}},
		{"arabic header: statement issued by a body", "ar", "", yemenLeadAr + "بيان صادر عن الحوثيين: الهدنة تستثني مديرية حيس.", "ceasefire.exclusions",
			[]string{"hays=excluded@houthis"}},
		{"english header: the body's own side speaking of itself stays the body", "en", "", "Excerpt from the statement of the Houthis: \"Yemen welcomes the truce, which excludes Hays.\"", "ceasefire.exclusions",
			[]string{"hays=excluded@houthis"}},
		// Negative probes: the header names no author, or a verb names the speaker.
		{"a header naming only the topic is the outlet's", "en", "", yemenLead + "Statement on the truce in Hodeidah: the truce excludes Hays.", "ceasefire.exclusions",
			[]string{"hays=excluded@outlet"}},
		{"a body the header says the statement is about is no author", "en", "", yemenLead + "Statement on the Houthis, Tuesday: the truce excludes Hays.", "ceasefire.exclusions",
			[]string{"hays=excluded@outlet"}},
		{"a verb of saying before the colon names its subject", "en", "", yemenLead + "The Yemeni government said in a statement on Tuesday: \"The truce excludes Hays.\"", "ceasefire.exclusions",
			[]string{"hays=excluded@yemeni_government"}},
		{"a statement noun deep in the sentence is no header", "en", "", yemenLead + "Fighting eased in Hodeidah hours before the latest statement from the Houthis on Tuesday: the truce excludes Hays.", "ceasefire.exclusions",
			[]string{"hays=excluded@outlet"}},
		{"arabic: a headline colon without a statement noun", "ar", "", yemenLeadAr + "الحديدة: الهدنة تستثني مديرية حيس.", "ceasefire.exclusions",
			[]string{"hays=excluded@outlet"}},
	})
}
