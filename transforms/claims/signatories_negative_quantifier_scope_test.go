package claims

import "testing"

// TestSignatoriesNegativeDeterminerScope: a negation opening the clause negates the signing only
// as its subject's determiner (signatories_negative_quantifier.go): not "No sooner had X
// signed", a subject inverted after an auxiliary, nor "None of that stopped X, which signed",
// a clause of its own before the verb. Probes from Sudan.
func TestSignatoriesNegativeDeterminerScope(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: no sooner had the group signed (Sudan)", "en", pubTue, "No sooner had the RSF signed the truce than shelling resumed in El Fasher.", "ceasefire.signatory_groups", []string{"rapid_support_forces@outlet"}},
		{"probe: none of that stopped the group, which signed (Sudan)", "en", pubTue, "None of that stopped the RSF, which signed the truce on Tuesday.", "ceasefire.signatory_groups", []string{"rapid_support_forces@outlet"}},
		// Kept: the determiner of the subject, an auxiliary right before the verb.
		{"no faction had signed (Sudan)", "en", pubTue, "No faction had signed the truce by Tuesday, the UN said.", "ceasefire.signatory_groups", nil},
		{"neither group signed (Gaza)", "en", pubTue, "Neither Hamas nor Islamic Jihad signed the truce, Egyptian officials said.", "ceasefire.signatory_groups", nil},
	})
}
