package claims

import "testing"

// TestPronounAgreement: "he"/"she" refer back to a person (or one individual speaking for a
// body), "it" to a body, past speakers that cannot be what the pronoun stands for.
func TestPronounAgreement(t *testing.T) {
	runCases(t, []mechanismCase{
		{"it skips plural sources back to the body", "en", "", yemenLead + "The truce took effect at midnight, the Yemeni government said in a statement. The Houthis first proposed a pause last week, diplomats said. Oman will act as guarantor of the truce, it added.", "ceasefire.guarantors",
			[]string{"oman@yemeni_government"}},
		{"she skips a body back to the person", "en", "", yemenLead + "UN envoy Lars Eriksen said the truce would last 30 days. The Houthis welcomed the deal. The Yemeni government denied reports of a secret annex. Asked about Oman, she said the truce is guaranteed by Oman.", "ceasefire.guarantors",
			[]string{"oman@lars_eriksen"}},
		{"he takes up the person the paragraph opens on", "en", "", yemenLead + "Ahmed al-Awadi was blunter. \"Nobody is guaranteeing anything. Oman is the only guarantor,\" he told reporters.", "ceasefire.guarantors",
			[]string{"only:oman@ahmed_al_awadi"}},
		// Negative probes: the pronoun keeps a speaker that agrees, and takes no name from
		// what is said or from plural sources.
		{"she keeps an official of a body", "en", "", yemenLead + "The truce took effect at midnight, a UN official said. The truce is guaranteed by Oman, she said.", "ceasefire.guarantors",
			[]string{"oman@un"}},
		{"he after plural residents is carried, not the residents", "en", "", "Sri Lanka's army and the LTTE agreed to a truce. Residents said the night was quiet. The truce is guaranteed by Norway, he said.", "ceasefire.guarantors",
			[]string{"norway@local_residents"}},
		{"it after an unattributed statement is not an earlier speaker", "en", "", yemenLead + "The Houthis said the truce would last 30 days. The Yemeni government's statement was narrower. The truce, it said, is guaranteed by Oman.", "ceasefire.guarantors",
			[]string{"oman@yemeni_government"}},
		{"he does not take a name of what is said", "en", "", yemenLead + "Lars Eriksen spoke in Muscat. The truce is guaranteed by Oman and the Houthis, he said.", "ceasefire.guarantors",
			[]string{"oman@lars_eriksen"}},
	})
}
