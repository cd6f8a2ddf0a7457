package claims

import "testing"

// TestDeniedReachingAndCommitment: a negating determiner on the subject of a passive of reaching
// the truce ("no deal had been reached", "No agreement was signed") denies it, as "had not been
// reached" does; a denial that any deal was reached in a relative clause on a side ("Radaa,
// which denied ... that any deal had been reached, said ...") is that side's not_agreed, where
// "which did not sign" stays what one side did; "was committed to the truce" is the side's
// agreed, "committed to reaching a ceasefire" or to talks is not.
func TestDeniedReachingAndCommitment(t *testing.T) {
	const lead = "Fighting raged in Hodeidah on Monday as mediators pushed for a ceasefire. "
	runCases(t, []mechanismCase{
		{"no deal had been reached", "en", pubTue, lead + "Gunfire has died down, our reporter says, although the Houthis insisted two hours ago that no deal had been reached.", "ceasefire.status",
			[]string{"not_agreed@houthis"}},
		{"no agreement was signed", "en", pubTue, lead + "No agreement was signed in Muscat, the Houthis said.", "ceasefire.status",
			[]string{"not_agreed@houthis"}},
		{"a relative clause denying any deal, then committed", "en", pubTue, lead + "The Houthis, who denied on Tuesday night that any deal had been reached, said in a statement they were committed to the truce.", "ceasefire.status",
			[]string{"not_agreed@houthis", "agreed@houthis"}},
		{"probe: a deal had been reached", "en", pubTue, lead + "The Houthis said a deal had been reached.", "ceasefire.status",
			[]string{"agreed@houthis"}},
		{"probe: no doubt a deal had been reached", "en", pubTue, lead + "Officials said there was no doubt a deal had been reached.", "ceasefire.status",
			[]string{"agreed@sources"}},
		{"probe: a relative clause of one side not signing", "en", pubTue, "The RSF and the Sudanese army agreed to a truce in El Fasher. The Darfur Joint Force, which did not sign the agreement, said it would respect the truce.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: committed to reaching a ceasefire", "en", pubTue, "Kyiv is committed to reaching a ceasefire on the Black Sea, the minister said.", "ceasefire.status",
			nil},
		{"probe: committed to talks, not to a truce", "en", pubTue, lead + "The government is committed to peace talks, not to a ceasefire.", "ceasefire.status",
			nil},
	})
}

// TestProposedExtensionIsNoProposal: proposing to extend the truce ("is expected to propose
// extending the truce by a month", "اقترحت الأمم المتحدة تمديد الهدنة شهراً") proposes its
// extension, not the truce (the extension convention); proposing a truce that could be
// extended is still its proposal.
func TestProposedExtensionIsNoProposal(t *testing.T) {
	runCases(t, []mechanismCase{
		{"expected to propose extending", "en", pubTue, yemenLead + "The UN is expected to propose extending the truce by a month at talks in Muscat on Saturday.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic proposed extending", "ar", pubTueAr, yemenLeadAr + "واقترحت الأمم المتحدة تمديد الهدنة شهراً.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: proposed a truce that could be extended", "en", pubTue, "Qatar proposed a 30-day ceasefire in El Fasher that could be extended.", "ceasefire.status",
			[]string{"proposed@outlet"}},
	})
}
