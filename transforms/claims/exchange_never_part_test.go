package claims

import "testing"

// TestProvisionNeverPartOfTheDeal: "was never part of the deal" negates the provision before
// it as "was not part of the deal" does (abyei ab_035 'The release of abducted people, he said,
// "was never part of the deal"' read included); the lexicon negated predicate "never part".
// Probes from Gaza, Ukraine and Sudan, in two topics; "never" that does not open "part" (a
// release never in doubt) leaves the provision included.
func TestProvisionNeverPartOfTheDeal(t *testing.T) {
	const gazaLead = "Israel and Hamas agreed to a ceasefire in Gaza on Tuesday. "
	const ukraineLead = "Russia and Ukraine agreed to a maritime truce in the Black Sea on Tuesday. "
	const sudanLead = "Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. "
	runCases(t, []mechanismCase{
		{"the release of hostages, with an aside, never part of the deal (Gaza)", "en", pubTue,
			gazaLead + `The release of hostages, he said, "was never part of the deal", and talks on it would follow.`, "ceasefire.exchange",
			[]string{"hostages=not_included@outlet"}},
		{"a prisoner exchange never part of the truce (Ukraine)", "en", pubTue,
			ukraineLead + "A prisoner exchange was never part of the truce, the Ukrainian foreign ministry said.", "ceasefire.exchange",
			[]string{"prisoners=not_included@ukrainian_foreign_ministry"}},
		{"aid access never part of it (Sudan)", "en", pubTue,
			sudanLead + "Humanitarian access was never part of the agreement, the army spokesman said.", "ceasefire.humanitarian",
			[]string{"aid_access=not_included@sudanese_armed_forces"}},
		// Kept.
		{"a release never in doubt stays included (Gaza)", "en", pubTue,
			gazaLead + "The deal provides for the release of hostages, which was never in doubt, mediators said.", "ceasefire.exchange",
			[]string{"hostages=included@sources"}},
		{"part of the deal, no never (Sudan)", "en", pubTue,
			sudanLead + "The release of prisoners is part of the deal, the RSF said.", "ceasefire.exchange",
			[]string{"prisoners=included@rapid_support_forces"}},
	})
}
