package claims

import "testing"

// TestMonitorsAndNobodyElse: an "only" phrase holding a negation (", and nobody else,", ", and no
// one else,", "، دون سواهما،") makes the list before it exhaustive; its negation neither denies
// the list nor opens a contrast that leaves names out. A contrast ("and not the two armies")
// still does.
func TestMonitorsAndNobodyElse(t *testing.T) {
	runCases(t, []mechanismCase{
		{"one body, and nobody else", "en", "", yemenLead + "The United Nations, and nobody else, will monitor the truce.", "ceasefire.monitors",
			[]string{"only:un@outlet"}},
		{"two bodies, and no one else", "en", "", yemenLead + "The United Nations and Oman, and no one else, will monitor the truce.", "ceasefire.monitors",
			[]string{"only:oman,un@outlet"}},
		{"arabic two bodies, none but them", "ar", "", yemenLeadAr + "وقال البيان إن الأمم المتحدة وسلطنة عمان، دون سواهما، ستتوليان مراقبة الهدنة.", "ceasefire.monitors",
			[]string{"only:oman,un@outlet"}},
		// Probe: a contrast leaves the names after it out and says no "only".
		{"a contrast is no only", "en", "", yemenLead + "The United Nations, and not the Saudi-led coalition, will monitor the truce.", "ceasefire.monitors",
			[]string{"un@outlet"}},
	})
}
