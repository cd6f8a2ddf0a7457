package claims

import "testing"

// TestMonitorsTalksInLaterClause: talks named only in a later clause that a comma and a
// complementizer open ("، على أن تُعقد المحادثات المقبلة") are another provision: the
// monitoring word before them still watches the truce. An observer seat at talks named in the
// cue's own clause stays out.
func TestMonitorsTalksInLaterClause(t *testing.T) {
	runCases(t, []mechanismCase{
		{"monitoring, then talks on condition", "ar", "", yemenLeadAr + "ومن المقرر أن تراقب الأمم المتحدة الالتزام بالقواعد الأساسية، على أن تُعقد المحادثات المقبلة بعد أسبوعين.", "ceasefire.monitors",
			[]string{"un@outlet"}},
		// Probe: an observer at the talks, in the same clause.
		{"an observer at the talks", "ar", "", yemenLeadAr + "وستحضر إيران المحادثات المقبلة بصفة مراقب، على أن تُعقد بعد أسبوعين.", "ceasefire.monitors",
			nil},
	})
}
