package claims

import "testing"

// TestExclusionsTruceNounQualifies: an inclusion cue whose truce noun qualifies the noun after
// it ("concerned by the ceasefire violations", "by the truce's fragility") says nothing of what
// the truce covers (exclusions_truce_modifier.go). Probes from Gaza and Sudan.
func TestExclusionsTruceNounQualifies(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: concerned by the ceasefire violations (Gaza)", "en", pubTue, gazaLead20 + "Hamas said it was concerned by the ceasefire violations.", "ceasefire.exclusions", nil},
		{"probe: concerned by the truce's fragility (Sudan)", "en", pubTue, sudanLead20 + "The RSF said in a statement that it is concerned by the truce's fragility.", "ceasefire.exclusions", nil},
		// Kept: the truce itself the object.
		{"not concerned by the truce (Sudan)", "en", pubTue, sudanLead20 + "The SPLM-N said in a statement that it is not concerned by the truce.", "ceasefire.exclusions", []string{"splm_n=excluded@splm_n"}},
		{"bound by the truce (Gaza)", "en", pubTue, gazaLead20 + "Hamas said it is bound by the truce.", "ceasefire.exclusions", []string{"hamas=not_excluded@hamas"}},
	})
}
