package claims

import "testing"

// TestSetsCueAfterSaying: a definite role noun right after a verb of saying or calling is that
// verb's subject or addressee; no name is read back from it across the clause before
// (sets_cue_after_saying.go): kadugli read a committee a mediator so.
func TestSetsCueAfterSaying(t *testing.T) {
	const lead = "توصلت بيروت ودمشق إلى هدنة على الحدود. "
	runCases(t, []mechanismCase{
		{"called on the mediation", "ar", "", lead + "وأضاف البيان أن الاتفاق «لا يمنح أي طرف حق الرد المنفرد على الخروقات، بل يحيلها إلى اللجنة العسكرية المشتركة»، ودعا الوساطة إلى التحقيق في القصف.", "ceasefire.mediators",
			nil},
		// A verb of saying, no demand: demandBetween (sets_said_that.go) does not read these;
		// without this rule the committee of the clause before is read a mediator.
		{"the mediation confirmed", "ar", "", lead + "وأضاف البيان أن الاتفاق «لا يمنح أي طرف حق الرد المنفرد على الخروقات، بل يحيلها إلى اللجنة العسكرية المشتركة»، وأكدت الوساطة أن التحقيق جار.", "ceasefire.mediators",
			nil},
		{"the mediators said", "ar", "", lead + "وأحال البيان الخروقات إلى اللجنة العسكرية المشتركة، وقال الوسطاء إن التحقيق جار.", "ceasefire.mediators",
			nil},
		{"probe: a pledge to guarantee keeps its subject", "ar", "", lead + "وأضافت المصادر أن الدوحة تعهدت بضمان تنفيذ الاتفاق.", "ceasefire.guarantors",
			[]string{"qatar@qatar"}},
	})
}
