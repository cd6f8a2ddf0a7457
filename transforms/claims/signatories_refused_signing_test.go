package claims

import "testing"

// TestSignatoriesRefusedSigning: a count of gangs or factions is the signatories beside a verb
// of signing; a signing they refused, or one negated, is no such verb ("Five gangs rejected the
// truce and refused to sign it" counts the holdouts, not the signers).
func TestSignatoriesRefusedSigning(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: five gangs refused to sign (Colombia)", "en", pubTue, "The Colombian government and the ELN agreed to a ceasefire in Catatumbo on Monday. Five gangs rejected the truce and refused to sign it.", "ceasefire.signatories", nil},
		{"probe: three gangs did not sign (Haiti)", "en", pubTue, "Three gangs did not sign the truce, police said.", "ceasefire.signatories", nil},
		{"probe: four gangs refused to sign (Haiti, ar)", "ar", pubTueAr, "ورفضت أربع عصابات التوقيع على الهدنة.", "ceasefire.signatories", nil},
		// Kept.
		{"nine armed factions signed (Colombia)", "en", pubTue, "Nine armed factions signed the truce in Cali on Monday.", "ceasefire.signatories", []string{"factions=9@outlet"}},
		{"leaders of 12 gangs signed (Jamaica)", "en", pubTue, "Leaders of 12 gangs in Spanish Town signed the peace accord on Friday, police said.", "ceasefire.signatories", []string{"factions=12@outlet"}},
	})
}
