package claims

import "testing"

// TestSignatoryGroupsDateline: the city of a dateline with no date or outlet ("KAMPALA - ") is
// where the report was filed, not a signer standing for its state (parties.go signersRule,
// sets_dateline.go datelineName); a capital named as a side in the sentence still signs.
func TestSignatoryGroupsDateline(t *testing.T) {
	runCases(t, []mechanismCase{
		{"bare dateline before the signers (ituri it_007)", "en", pubTue, "KAMPALA - Congo's government and the CODECO militia signed a ceasefire in Kampala on Thursday to halt fighting in Ituri province, after talks brokered by Uganda and the African Union.", "ceasefire.signatory_groups", []string{"codeco,congolese_government@outlet"}},
		{"dateline with date and outlet", "en", pubTue, "KAMPALA, Aug 12 (Equator Press Wire) - Congo's government and the CODECO militia signed a ceasefire in Kampala on Thursday.", "ceasefire.signatory_groups", []string{"codeco,congolese_government@outlet"}},
		// Near miss: a capital standing for its government inside the sentence signs.
		{"probe: Kinshasa and CODECO signed", "en", pubTue, "The Ituri ceasefire is holding. Kinshasa and CODECO signed the ceasefire in Kampala on Thursday.", "ceasefire.signatory_groups", []string{"codeco,congolese_government@outlet"}},
	})
}
