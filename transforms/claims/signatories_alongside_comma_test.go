package claims

import "testing"

// TestSignatoriesAlongsideAfterComma: a comma may set off "alongside X" right after the signing
// clause, but one before other words opens another phrase (signatories_alongside.go): "its
// forces having fought alongside the Sudanese army" names an ally in arms, no co-signer.
func TestSignatoriesAlongsideAfterComma(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: fought alongside, after a comma (Sudan)", "en", pubTue, "The SPLM-N signed the truce in Juba, its forces having fought alongside the Sudanese army in Kordofan.", "ceasefire.signatory_groups", []string{"splm_n@outlet"}},
		// Kept: the alongside phrase itself set off by the comma.
		{"a comma right before alongside (Sudan)", "en", pubTue, "The RSF signed the truce on Tuesday, alongside the SPLM-N.", "ceasefire.signatory_groups", []string{"rapid_support_forces,splm_n@outlet"}},
	})
}
