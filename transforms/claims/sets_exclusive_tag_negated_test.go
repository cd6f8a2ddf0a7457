package claims

import "testing"

// TestExclusiveTagNegatedOnly: a tag that negates its "only" word ("..., and not the only one",
// «وليست الضامن الوحيد») says there are other members: no exhaustive set (sets_exclusive_tag.go).
// Probes from Gaza.
func TestExclusiveTagNegatedOnly(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: and not the only one (Gaza)", "en", pubTue, gazaLead20 + "Egypt is a guarantor of this agreement, and not the only one.", "ceasefire.guarantors", []string{"egypt@outlet"}},
		{"probe: وليست الضامن الوحيد (Gaza)", "ar", pubTueAr, gazaLead20Ar + "ومصر هي الضامن للاتفاق، وليست الضامن الوحيد.", "ceasefire.guarantors", []string{"egypt@outlet"}},
		// Kept.
		{"and the only one (Gaza)", "en", pubTue, gazaLead20 + "Egypt is the guarantor of this agreement, and the only one.", "ceasefire.guarantors", []string{"only:egypt@outlet"}},
		{"ولا ضامن غيرها (Gaza)", "ar", pubTueAr, gazaLead20Ar + "ومصر هي الضامن للاتفاق، ولا ضامن غيرها.", "ceasefire.guarantors", []string{"only:egypt@outlet"}},
	})
}
