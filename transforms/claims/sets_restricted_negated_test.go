package claims

import "testing"

// TestRestrictedListNegatedPastAuxiliaries: a restriction negated before its auxiliaries ("will
// not be limited to", "has not been limited to") makes no exhaustive list (sets_restricted_to.go),
// as «لن تقتصر» does. Probes from Sudan and Gaza.
func TestRestrictedListNegatedPastAuxiliaries(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: has not been limited to (Gaza)", "en", pubTue, gazaLead20 + "Mediation has not been limited to Egypt and Qatar, a diplomat said.", "ceasefire.mediators", []string{"egypt,qatar@sources"}},
		{"probe: will not be limited to (Sudan)", "en", pubTue, sudanLead20 + "Monitoring will not be limited to the African Union and IGAD, a diplomat said.", "ceasefire.monitors", []string{"african_union,igad@sources"}},
		// Kept.
		{"was limited to (Gaza)", "en", pubTue, gazaLead20 + "The mediation was limited to Qatar, officials said.", "ceasefire.mediators", []string{"only:qatar@sources"}},
	})
}
