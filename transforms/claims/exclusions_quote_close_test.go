package claims

// Exclusion subjects bounded by the quotation and by a content clause: a quoted coverage
// predicate closed by its quotation mark and a comma lists nothing after it (the narrator's next
// clause names other groups and places); a "that" with a subject of its own after it opens a
// content clause ("must leave X and that Y is covered"), no relative clause about the noun before.

import "testing"

func TestExclusionQuotedPredicateClosed(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic quoted negated coverage, then the ministry accuses another group", "ar", "", syriaLeadAr + "وأكدت الوزارة في بيان أن الهدنة «لن تشمل تنظيم داعش»، واتهمت جبهة النصرة بالقتال في إدلب.", "ceasefire.exclusions",
			[]string{"isis=excluded@syrian_defence_ministry"}},
		{"english quoted coverage, then the speaker accuses another group", "en", "", syriaLead + "Moscow said the truce \"does not cover ISIS\", and accused the Nusra Front of shelling Idlib.", "ceasefire.exclusions",
			[]string{"isis=excluded@russia"}},
		// Probes: an unquoted list goes on past "and"; a quotation holding the whole list keeps
		// every member; a relative clause about the noun before still names it.
		{"arabic unquoted list of two groups", "ar", "", syriaLeadAr + "وأكدت الوزارة أن الهدنة لن تشمل تنظيم داعش وجبهة النصرة.", "ceasefire.exclusions",
			[]string{"isis=excluded@syrian_defence_ministry", "jabhat_fatah_al_sham=excluded@syrian_defence_ministry"}},
		{"english quoted list of two groups", "en", "", syriaLead + "Moscow said the truce \"does not cover ISIS or the Nusra Front\", its foreign ministry added.", "ceasefire.exclusions",
			[]string{"isis=excluded@russia", "jabhat_fatah_al_sham=excluded@russia"}},
	})
}

func TestExclusionThatClauseWithItsOwnSubject(t *testing.T) {
	runCases(t, []mechanismCase{
		{"and that with a subject of its own", "en", "", yemenLead + "The government says Houthi fighters must leave Hodeidah and that Taiz is covered.", "ceasefire.exclusions",
			[]string{"taiz=not_excluded@yemeni_government"}},
		{"and that after a place object", "en", "", yemenLead + "The government says Houthi fighters must leave the port and that Taiz is covered.", "ceasefire.exclusions",
			[]string{"taiz=not_excluded@yemeni_government"}},
		// Probe: a relative clause with no subject of its own is about the noun before it.
		{"relative clause about the place before", "en", "", yemenLead + "The army said it would not shell Mocha, which is not covered by the truce.", "ceasefire.exclusions",
			[]string{"mokha=excluded@yemeni_army"}},
	})
}
