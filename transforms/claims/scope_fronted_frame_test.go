package claims

import "testing"

// TestFrontedProposalFrame: a clause told under a fronted proposal frame ("Under the UN
// proposal, the truce would cover Sirte", «وبموجب المقترح الأممي، تشمل الهدنة مدينة سرت») is
// the proposal's: hedged, no asserted covered part or term. Under a deal or an agreement the
// clause stays asserted.
func TestFrontedProposalFrame(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: under the UN proposal, would cover Sirte (Libya)", "en", pubTue, "Under the UN proposal, the truce would cover Sirte.", "ceasefire.exclusions", nil},
		{"probe: under the UN proposal, scope proposed (Libya)", "en", pubTue, "Under the UN proposal, the truce would cover Sirte.", "ceasefire.scope",
			[]string{"partial@un~proposed"}},
		{"probe: under the UN proposal, 60 days (Libya)", "en", pubTue, "Under the UN proposal, the truce would last 60 days.", "ceasefire.duration",
			[]string{"60@un~proposed"}},
		{"probe: بموجب المقترح الأممي تشمل الهدنة سرت (Libya)", "ar", pubTueAr, "وبموجب المقترح الأممي، تشمل الهدنة مدينة سرت.", "ceasefire.exclusions", nil},
		{"probe: وفق المقترح المصري ستين يوماً (Gaza)", "ar", pubTueAr, "ووفق المقترح المصري، تستمر الهدنة ستين يوماً.", "ceasefire.duration",
			[]string{"60@egypt~proposed"}},
		// Kept.
		{"under the deal (Libya)", "en", pubTue, "Under the deal, the truce covers Sirte.", "ceasefire.exclusions",
			[]string{"sirte=not_excluded@outlet"}},
		{"بموجب الاتفاق (Libya)", "ar", pubTueAr, "وبموجب الاتفاق، تشمل الهدنة مدينة سرت.", "ceasefire.exclusions",
			[]string{"sirte=not_excluded@outlet"}},
		{"the UN said (Libya)", "en", pubTue, "The truce covers Sirte, the UN said.", "ceasefire.exclusions",
			[]string{"sirte=not_excluded@un"}},
	})
}
