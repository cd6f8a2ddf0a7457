package claims

import "testing"

// TestStanceVerbNeedsATerm: a verb of stance attributes only where its role marker opens a term
// of the truce ("as guarantors", "as covering"; speakers_stance_verbs.go). "regards Qatar as a
// key partner", "regards Hamas as a terrorist organisation", "sees the truce as fragile" read
// no term, and what the sentence goes on to say is the outlet's. Probes from Gaza and Ukraine.
func TestStanceVerbNeedsATerm(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: regards a state as a partner, then the mediators (Gaza)", "en", pubTue, gazaLead20 + "Washington regards Qatar as a key partner, and Qatar and Egypt mediated the truce.", "ceasefire.mediators", []string{"egypt,qatar@outlet"}},
		{"probe: regards a group as terrorist, then an exclusion (Gaza)", "en", pubTue, gazaLead20 + "Israel regards Hamas as a terrorist organisation, and the truce excludes Rafah.", "ceasefire.exclusions", []string{"rafah=excluded@outlet"}},
		{"probe: sees the truce as fragile, then the guarantors (Ukraine)", "en", pubTue, "Russia and Ukraine agreed to a ceasefire across Ukraine on Tuesday. Kyiv sees the truce as fragile, but Turkey and the UN guarantee it.", "ceasefire.guarantors", []string{"turkey,un@outlet"}},
		// Kept: a role after the marker.
		{"counts a state as a guarantor (Gaza)", "en", pubTue, gazaLead20 + "Israel counts Egypt as a guarantor of the truce.", "ceasefire.guarantors", []string{"egypt@israel"}},
	})
}
