package claims

import "testing"

// TestSetsQualifiedPredicate: a role noun's predicate names its only holders past a qualifier of
// the noun (sets_qualified_predicate.go), and "خالصة", "entirely" make them the only ones
// (lexicon only): hermel, kadugli and taiz each had an exhaustive mediator side unread so
// (their frozen dumps too); waziristan's ("solely by the Islamic Emirate") is still unread.
// Probe: a predicate with no word of exclusiveness.
func TestSetsQualifiedPredicate(t *testing.T) {
	const lead = "توصلت بيروت ودمشق إلى هدنة على الحدود. "
	const leadEn = "A ceasefire between Lebanon and Syria took hold on Tuesday. "
	runCases(t, []mechanismCase{
		{"between phrase, then a copula and the adjective", "ar", "", lead + "نفى مصدر مسؤول في وزارة الدفاع السعودية ما تداولته وسائل إعلام عن وساطة قطرية موازية، مؤكداً أن «الوساطة بين بيروت ودمشق كانت سعودية خالصة من أولها إلى آخرها».", "ceasefire.mediators",
			[]string{"only:saudi_arabia@saudi_defence_ministry"}},
		{"prepositional phrase, then a quoted adjective", "ar", "", lead + "قال الناطق الرسمي باسم القوات المسلحة إن الوساطة في مفاوضات جوبا «قطرية خالصة، ولا دور فيها لأي طرف آخر».", "ceasefire.mediators",
			[]string{"only:qatar@outlet"}},
		{"english passive agent, quoted", "en", "", leadEn + "The mediation was conducted \"solely by Qatar\" and no third country played any role, Rahimi said.", "ceasefire.mediators",
			[]string{"only:qatar@saifullah_rahimi"}},
		{"english entirely", "en", "", leadEn + "Jordan is hosting, not mediating, the official stressed: \"The mediation is entirely the U.N. envoy's.\"", "ceasefire.mediators",
			[]string{"only:un@outlet"}},

		// Probes.
		{"probe: arabic no word of exclusiveness", "ar", "", lead + "قال المصدر إن الوساطة بين بيروت ودمشق كانت صعبة على قطر.", "ceasefire.mediators",
			nil},
	})
}
