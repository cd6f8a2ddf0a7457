package claims

import "testing"

// TestSignatoryGroupsSingledOut: names an "only" word closes right before the signing verb
// signed, and no other group did (signatory_groups_singled_out.go): "X alone signed", "X alone
// among the armed groups had signed", "الجبهة وحدها وقّعت"; an only word elsewhere, or none,
// leaves the list open.
func TestSignatoryGroupsSingledOut(t *testing.T) {
	const ituriLead = "The Ituri ceasefire signed in Kampala is holding. "
	runCases(t, []mechanismCase{
		{"X alone signed (ituri it_039)", "en", pubTue, ituriLead + "The government says CODECO alone signed for the armed groups; Kalonji repeated on Wednesday that the Convention for the Popular Revolution (CRP) \"signed nothing\".", "ceasefire.signatory_groups", []string{"only:codeco@congolese_government"}},
		{"X alone among the armed groups had signed (ituri it_009)", "en", pubTue, ituriLead + "Kalonji said that CODECO alone among Ituri's armed groups had signed the agreement.", "ceasefire.signatory_groups", []string{"only:codeco@aime_kalonji"}},
		{"X alone signed, Arabic", "ar", pubTueAr, ituriLead + "وقال كالونجي إن كوديكو وحدها وقّعت الاتفاق.", "ceasefire.signatory_groups", []string{"only:codeco@aime_kalonji"}},
		{"X and Y alone signed", "en", pubTue, ituriLead + "Kalonji said the government and CODECO alone signed the deal.", "ceasefire.signatory_groups", []string{"only:codeco,congolese_government@aime_kalonji"}},
		// Near misses: the list stays open.
		{"probe: no only word", "en", pubTue, ituriLead + "The government says CODECO signed for the armed groups.", "ceasefire.signatory_groups", []string{"codeco@congolese_government"}},
		{"probe: alone after the verb's object qualifies no subject", "en", pubTue, ituriLead + "Kalonji said CODECO signed the agreement, and the army alone will answer attacks.", "ceasefire.signatory_groups", []string{"codeco@aime_kalonji"}},
		{"probe: the only word qualifies another verb", "en", pubTue, ituriLead + "Kalonji said CODECO alone controls the Djugu hills and signed the agreement.", "ceasefire.signatory_groups", nil},
		{"probe: a denied signing", "en", pubTue, ituriLead + "Kalonji denied that CODECO alone had signed the agreement.", "ceasefire.signatory_groups", nil},
	})
}
