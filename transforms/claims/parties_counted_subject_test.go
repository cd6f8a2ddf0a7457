package claims

import "testing"

// TestPartiesCountedSubject: a counted side noun as the subject of a predicate of binding, of
// being a party or of signing announces the sides after the punctuation closing the predicate
// ("Only two sides are formally bound: X and Y", "Only two forces are party to the deal - X and
// Y -", "Only two parties signed it, X and Y"), or a definite side noun does ("the sides it
// says are bound by the deal: X, Y and Z"); a name of the deal inside the predicate ("the Kuala
// Lumpur ceasefire") is passed, and a capital after a locative ("in Rome") signs nothing
// (parties_counted_subject.go, signersRule).
func TestPartiesCountedSubject(t *testing.T) {
	runCases(t, []mechanismCase{
		{"only two sides are bound: X and Y", "en", "", "The truce in Jenin held overnight. Only two sides are formally bound: the PA security services and the Jenin Brigade, according to the text circulated by the Egyptian delegation.", "ceasefire.parties",
			[]string{"only:jenin_brigade,pa_security_forces@outlet"}},
		{"only two forces are party to the deal - X and Y -", "en", "", "The ceasefire held overnight. Only two forces are party to the deal - the Iraqi army and the Peshmerga - and any militia that fires will be treated as a violator.", "ceasefire.parties",
			[]string{"only:iraqi_army,peshmerga@outlet"}},
		{"only two parties signed it, X and Y", "en", "", "The ceasefire now in force in the centre was not made in Rome. Only two parties signed it, the Government and the Junta; Renamo is not among them.", "ceasefire.parties",
			[]string{"only:jmsn,mozambican_government@outlet"}},
		{"only two parties signed it: the signers", "en", "", "The ceasefire now in force in the centre was not made in Rome. Only two parties signed it, the Government and the Junta; Renamo is not among them.", "ceasefire.signatory_groups",
			[]string{"only:jmsn,mozambican_government@outlet"}},
		{"a deal named by its venue inside the predicate", "en", "", "The ceasefire held overnight. Only two forces are party to the Kuala Lumpur ceasefire: the army and the BIFF.", "ceasefire.parties",
			[]string{"only:armed_forces_of_the_philippines,biff@outlet"}},
		{"a list of items qualified after their names", "en", "", "The truce held overnight. It names the sides it says are bound by the deal: the Brigade itself, Islamic Jihad's fighters in the camp, Hamas's local wing and the PA security services.", "ceasefire.parties",
			[]string{"hamas,jenin_brigade,pa_security_forces,palestinian_islamic_jihad@outlet"}},
		{"a capital after a locative is no signer", "en", "", "Tonight in Rome the Junta and the Maputo regime signed the ceasefire.", "ceasefire.signatory_groups",
			[]string{"jmsn,mozambican_government@outlet"}},

		// Probes: a negated predicate, a predicate of another kind, who says it after the
		// comma, a count that is no subject.
		{"not bound", "en", "", "The truce in Yemen held overnight. Two sides are not bound by it: the Houthis and the Giants Brigades.", "ceasefire.parties",
			nil},
		{"attended the ceremony", "en", "", "The ceasefire held overnight. Only two parties attended the ceremony, the Government and the Junta.", "ceasefire.parties",
			nil},
		{"who says it after the comma", "en", "", "The ceasefire held overnight. Only two parties signed it, Qatar and Egypt said.", "ceasefire.signatory_groups",
			nil},
		{"a count after the subject", "en", "", "The ceasefire held. The army and two militias are party to the deal, Sudan said: the RSF and the SPLM-N disagree.", "ceasefire.parties",
			nil},
	})
}
