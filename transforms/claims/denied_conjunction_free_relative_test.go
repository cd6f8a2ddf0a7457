package claims

import "testing"

// TestFreeRelativeWithConjunctionIsContent: "وما يُتداول عن ..." opens reported content as
// the bare "ما يُتداول" does: a dismissal after it ("عار عن الصحة") denies what it reports.
func TestFreeRelativeWithConjunctionIsContent(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: وما يتداول ... عار عن الصحة (Yemen)", "ar", pubTueAr, yemenLeadAr + "وما يتداول عن شمول الهدنة لتبادل الأسرى عار عن الصحة.", "ceasefire.exchange",
			[]string{"prisoners=not_included@outlet"}},
		{"probe: وما يُتداول ... لا أساس له (Yemen)", "ar", pubTueAr, yemenLeadAr + "وما يُتداول عن تضمن الهدنة تبادل الأسرى لا أساس له.", "ceasefire.exchange",
			[]string{"prisoners=not_included@outlet"}},
		{"probe: وما يشاع (Gaza)", "ar", pubTueAr, gazaLead20Ar + "وما يشاع عن شمول الهدنة لتبادل الأسرى عار عن الصحة.", "ceasefire.exchange",
			[]string{"prisoners=not_included@outlet"}},
		// The bare form, as before.
		{"ما يتداول ... عار عن الصحة (Yemen)", "ar", pubTueAr, yemenLeadAr + "ما يتداول عن شمول الهدنة لتبادل الأسرى عار عن الصحة.", "ceasefire.exchange",
			[]string{"prisoners=not_included@outlet"}},
		// No dismissal: the truce's term stands.
		{"وما زالت الهدنة تشمل تبادل الأسرى (Yemen)", "ar", pubTueAr, yemenLeadAr + "وما زالت الهدنة تشمل تبادل الأسرى.", "ceasefire.exchange",
			[]string{"prisoners=included@outlet"}},
	})
}
