package claims

import "testing"

// TestNegatedHesitationAffirms: "will not hesitate to retaliate", «لن تتردد القوات في الرد»
// keep the right: the negation is of the hesitating (lexicon hesitation_verbs). Kept: a
// negation of the act itself, a negation through the right's subject, a hesitation told
// in another clause.
func TestNegatedHesitationAffirms(t *testing.T) {
	const congoLead = "Kinshasa and M23 agreed to a ceasefire on Tuesday. "
	const congoLeadAr = "اتفقت الحكومة الكونغولية وحركة إم23 على وقف لإطلاق النار في غوما يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"لن تتردد القوات في الرد بالقوة (Congo)", "ar", pubTue,
			congoLeadAr + "ولن تتردد القوات في الرد بالقوة على أي خرق.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@outlet"}},
		{"لن تتردد القوات في الرد بالسلاح (Congo)", "ar", pubTue,
			congoLeadAr + "ولن تتردد القوات في الرد بالسلاح على أي خرق.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@outlet"}},
		{"will not hesitate for a moment to retaliate (Congo)", "en", pubTue,
			congoLead + "Our forces will not hesitate for a moment to retaliate against any violation.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@outlet"}},
		{"will not hesitate to retaliate (Congo)", "en", pubTue,
			congoLead + "Our forces will not hesitate to retaliate against any violation.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@outlet"}},
		// Kept negated.
		{"no one keeps a right to retaliate (Congo)", "en", pubTue,
			congoLead + "No one keeps a right to retaliate; violations go to the commission.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=not_retained@outlet"}},
		{"hesitated, and will not retaliate (Gaza)", "en", pubTue,
			"Israel and Hamas agreed to a ceasefire on Tuesday. The army hesitated, and will not retaliate for now.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=not_retained@outlet"}},
	})
}
