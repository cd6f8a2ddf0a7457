package claims

import "testing"

// TestRetainedNegationStopsAtComma: a negation through the right's subject does not reach past a
// comma, where another clause speaks ("No attack will go unanswered, and our forces have the
// right to respond": the coordinator is glued to the next word in Arabic).
func TestRetainedNegationStopsAtComma(t *testing.T) {
	const congoLeadAr = "اتفقت الحكومة الكونغولية وحركة إم23 على وقف لإطلاق النار في غوما يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"لن يبقى أي هجوم دون رد، وللقوات حق الرد (Congo)", "ar", pubTue,
			congoLeadAr + "ولن يبقى أي هجوم دون رد، وللقوات حق الرد بالسلاح على أي خرق.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@outlet"}},
		// Kept: the negation in the right's own clause.
		{"لا يحق لأي طرف الرد بالسلاح (Congo)", "ar", pubTue,
			congoLeadAr + "لا يحق لأي طرف الرد بالسلاح على أي خرق.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=not_retained@outlet"}},
	})
}
