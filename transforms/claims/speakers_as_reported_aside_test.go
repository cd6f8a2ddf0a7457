package claims

import "testing"

// TestAsReportedAside: a clause of report opened mid-sentence by an as-marker ("as the SPLM-N
// announced", "كما أعلنت الحركة الشعبية") is an aside: after it the sentence's speaker speaks on,
// in the rest of the sentence and in the next sentence that carries the speaker over.
// Witnesses: kufra kf_014 ("not in the early evening as the mediators announced, and would last
// three months"), zamfara zf_027 ("لا عند منتصف الليل كما أعلنت الحكومة. وأكد أن الاتفاق يشمل
// ..."), mitiga mt_010 ("«لا من الساعة الثامنة كما ورد في بيان الرئاسي»، موضحاً ... وأضاف أن").
// Probes from Sudan's war; negatives: "كما أكدت X أن" opening a sentence ("also said", a main
// attribution), "quoted X as saying", "as agreed in Juba" (no report).
func TestAsReportedAside(t *testing.T) {
	runCases(t, []mechanismCase{
		{"english: the rest of the sentence is the speaker's", "en", "",
			"The Sudanese army said on Sunday the truce took effect at midnight, not at 6 p.m. as the SPLM-N announced, and would last 30 days.",
			"ceasefire.duration", []string{"30@sudanese_armed_forces"}},
		{"arabic: the next sentence carries the speaker, not the aside's", "ar", "",
			"قال الجيش السوداني إن الهدنة بدأت عند منتصف الليل، لا عند السادسة مساءً كما أعلنت الحركة الشعبية. وأكد أن الاتفاق يشمل الإفراج عن الأسرى.",
			"ceasefire.exchange", []string{"prisoners=included@sudanese_armed_forces"}},
		{"the aside keeps its own time", "en", "",
			"The Sudanese army said on Sunday the truce took effect at midnight, not at 6 p.m. as the SPLM-N announced, and would last 30 days.",
			"ceasefire.start_time", []string{"unresolved:00:00@sudanese_armed_forces", "unresolved:18:00@splm_n"}},
		// Negative probes.
		{"arabic: kama opening a sentence is also-said, a main attribution", "ar", "",
			"قال الجيش السوداني إن الهدنة بدأت عند منتصف الليل. كما أكدت الحركة الشعبية أن الاتفاق يشمل الإفراج عن الأسرى.",
			"ceasefire.exchange", []string{"prisoners=included@splm_n"}},
		{"english: quoted as saying", "en", "",
			"The Sudanese army said on Sunday the truce took effect at midnight. The SPLM-N was quoted as saying the truce would last 30 days.",
			"ceasefire.duration", []string{"30@splm_n"}},
		{"english: as agreed reports nothing", "en", "",
			"The Sudanese army said the truce took effect at midnight, as agreed in Juba, and would last 30 days.",
			"ceasefire.duration", []string{"30@sudanese_armed_forces"}},
	})
}
