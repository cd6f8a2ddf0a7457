package claims

import "testing"

// TestProvisionsExceptiveObject: negation and an exception word right before a provision make
// "only": the provision is included (marib mb_025: «إن اتفاق مأرب لا يتضمن سوى تبادل الجثامين»
// read bodies not included). Near misses: a plain negation leaves it out; an exception word
// with no negation before it is no restriction.
func TestProvisionsExceptiveObject(t *testing.T) {
	runCases(t, []mechanismCase{
		{"لا يتضمن سوى تبادل الجثامين (Yemen, ar)", "ar", pubTueAr, "وقال المتحدث باسم الحوثيين إن اتفاق الهدنة لا يتضمن سوى تبادل الجثامين.", "ceasefire.exchange",
			[]string{"bodies=included@houthis"}},
		{"لا ينص إلا على تبادل الأسرى (Yemen, ar)", "ar", pubTueAr, "وقال المتحدث باسم الحوثيين إن اتفاق الهدنة لا ينص إلا على تبادل الأسرى.", "ceasefire.exchange",
			[]string{"prisoners=included@houthis"}},
		{"does not provide for anything other than (Yemen)", "en", pubTue, "The truce does not provide for anything other than the exchange of bodies, the Houthis said.", "ceasefire.exchange",
			[]string{"bodies=included@houthis"}},
		{"near miss: a plain negation leaves it out (Yemen, ar)", "ar", pubTueAr, "وقال المتحدث باسم الحوثيين إن اتفاق الهدنة لا يتضمن تبادل الجثامين.", "ceasefire.exchange",
			[]string{"bodies=not_included@houthis"}},
	})
}
