package claims

// The quote box: a quotation closed by a dash and then its speaker.

import "testing"

// TestQuoteBoxSpeakerAfterDash: "\"...,\" - Name, title" and "«...» — Name" quote the name after the dash.
func TestQuoteBoxSpeakerAfterDash(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a hyphen after the closing quote names the speaker", "en", "", yemenLead + "\"The United Nations will monitor the port,\" - Lars Eriksen, UN envoy.", "ceasefire.monitors",
			[]string{"un@lars_eriksen"}},
		{"an em dash after the closing quote names the speaker", "en", "", yemenLead + "\"Oman will guarantee this truce.\" — Lars Eriksen", "ceasefire.guarantors",
			[]string{"oman@lars_eriksen"}},
		{"a quotation of several sentences closed by a dash", "en", "", yemenLead + "\"Nothing else was signed. The United Nations will monitor the port,\" - Lars Eriksen, UN envoy.", "ceasefire.monitors",
			[]string{"un@lars_eriksen"}},
		{"arabic guillemets and a dash", "ar", "", yemenLeadAr + "«ستراقب الأمم المتحدة الهدنة في الحديدة» - أحمد العوضي، وزير الإعلام.", "ceasefire.monitors",
			[]string{"un@ahmed_al_awadi"}},
		{"a quoted term before a dash is no quotation", "en", "", yemenLead + "Under the \"new formula\" - Lars Eriksen's words - the United Nations will monitor the port.", "ceasefire.monitors",
			[]string{"un@outlet"}},
		{"a dash inside the narration names no speaker", "en", "", yemenLead + "The United Nations will monitor the port - a task it took on in 2018.", "ceasefire.monitors",
			[]string{"un@outlet"}},
	})
}

// TestStatementOwnerIntroducesQuote: "جاء في بيان X: «...»", "according to a statement by X:" quote X.
func TestStatementOwnerIntroducesQuote(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic it came in a statement of the body, then a quotation", "ar", "", yemenLeadAr + "جاء في بيان الحكومة اليمنية: «ستراقب الأمم المتحدة الهدنة في الحديدة».", "ceasefire.monitors",
			[]string{"un@yemeni_government"}},
		{"arabic it came in a statement issued by the body, that", "ar", "", yemenLeadAr + "وجاء في بيان صادر عن الحوثيين، اليوم الأربعاء، أن «الأمم المتحدة ستراقب الهدنة في الحديدة».", "ceasefire.monitors",
			[]string{"un@houthis"}},
		{"arabic it came in the statement issued by the body", "ar", "", yemenLeadAr + "وجاء في البيان الصادر عن الحوثيين أن الأمم المتحدة ستراقب الهدنة في الحديدة.", "ceasefire.monitors",
			[]string{"un@houthis"}},
		{"according to a statement by the body, then a quotation", "en", "", yemenLead + "According to a statement by the Houthis: \"The United Nations will monitor the port.\"", "ceasefire.monitors",
			[]string{"un@houthis"}},
	})
}
