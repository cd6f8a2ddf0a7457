package claims

import "testing"

// TestVerbLettersInName: a verb of saying matched inside a gazetteer name is no verb: «بينوه»
// (BINUH, Haiti's UN mission) reads as «بين» (explained) with a suffix, and "the state
// government" holds "state". Read as a verb it opened a new report between a denial and its
// content (deniedClauseWithin: the denied release read as included) and made an attribution of
// its own. Probes: a real verb of saying between the denial and the content still starts a
// report of its own; a denial of the same reach with the UN named keeps its reading.
func TestVerbLettersInName(t *testing.T) {
	runCases(t, []mechanismCase{
		{"ar: BINUH between a denial and its content (Haiti)", "ar", "",
			"ونفى مسؤول في بينوه في بورت أو برنس أن تكون الهدنة بين العصابات قد تضمنت أي إفراج عن الرهائن.",
			"ceasefire.exchange", []string{"hostages=not_included@binuh~hedged"}},
		{"probe ar: the UN named, same denial (Haiti)", "ar", "",
			"ونفى مسؤول في الأمم المتحدة أن تكون الهدنة بين العصابات قد تضمنت أي إفراج عن الرهائن.",
			"ceasefire.exchange", []string{"hostages=not_included@un~hedged"}},
		{"probe ar: a real verb of saying between starts a report of its own (Yemen)", "ar", "",
			yemenLeadAr + "ونفى وزير الخارجية اليمني ذلك، وأكد المتحدث باسم الحوثيين أن الهدنة تضمنت الإفراج عن الأسرى.",
			"ceasefire.exchange", []string{"prisoners=included@houthis"}},
	})
}
