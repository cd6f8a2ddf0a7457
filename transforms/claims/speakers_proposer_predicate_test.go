package claims

import "testing"

// TestProposerNotItsPredicate: the actor named right after an Arabic verb of proposing is the
// proposer (finalize.go agentAfterVerb) unless the claim's role follows it right after: then the
// role is its predicate and the name is who is proposed ("واقتُرح الاتحاد الأفريقي وسيطاً": the
// passive, undiacritized, reads as the active), and unless the verb is negated (a proposal not
// made is nobody's). Probes from Sudan, Congo and Gaza; kept: a name that proposes a truce
// between others, a state that proposes itself as guarantor.
func TestProposerNotItsPredicate(t *testing.T) {
	const sudanAr = "اتفق الجيش السوداني وقوات الدعم السريع على هدنة. "
	const gazaAr = "اتفقت إسرائيل وحماس على وقف إطلاق النار. "
	runCases(t, []mechanismCase{
		{"the AU proposed as mediator (Sudan)", "ar", "", sudanAr + "واقتُرح الاتحاد الأفريقي وسيطاً في المحادثات.", "ceasefire.mediators",
			[]string{"african_union@outlet~proposed"}},
		{"Qatar proposed as mediator (Congo)", "ar", "", "اتفقت كينشاسا وحركة إم 23 على وقف إطلاق النار. واقتُرحت قطر وسيطاً في المحادثات المقبلة.", "ceasefire.mediators",
			[]string{"qatar@outlet~proposed"}},
		{"a proposal not made (Gaza)", "ar", "", "ولم تقترح مصر هدنة بين إسرائيل وحماس بعد.", "ceasefire.parties",
			[]string{"hamas,israel@outlet~proposed"}},
		// Kept.
		{"the AU proposes a truce between the sides (Sudan)", "ar", "", "اقترح الاتحاد الأفريقي هدنة بين الجيش السوداني وقوات الدعم السريع.", "ceasefire.parties",
			[]string{"rapid_support_forces,sudanese_armed_forces@african_union~proposed"}},
		{"Turkey proposes itself as guarantor (Gaza)", "ar", "", gazaAr + "واقترحت تركيا نفسها ضامناً للاتفاق.", "ceasefire.guarantors",
			[]string{"turkey@turkey~proposed"}},
	})
}
