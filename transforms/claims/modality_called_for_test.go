package claims

// A call verb with its infinitive marker right after it calls for what follows (calledFor,
// modality_called_for.go): manipur mp_016, sahara sh_003.

import "testing"

func TestCalledForIsDemand(t *testing.T) {
	runCases(t, []mechanismCase{
		{"called for a withdrawal, a participle", "ar", pubTueAr, sudanLead19Ar + "وقال الجيش إن الهدنة صامدة، داعياً إلى انسحاب قوات الدعم السريع من الأبيض.", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=required@sudanese_armed_forces~demanded"}},
		{"called for a release", "ar", pubTueAr, sudanLead19Ar + "وقال الجيش إن الهدنة صامدة. ودعا إلى الإفراج عن الأسرى.", "ceasefire.exchange",
			[]string{"prisoners=included@sudanese_armed_forces~demanded"}},
		// Near miss: the call follows the term, in another clause.
		{"the terms, then a call for a meeting", "ar", pubTueAr, sudanLead19Ar + "وقال الجيش إن الاتفاق يلزم قوات الدعم السريع بالانسحاب من الأبيض، ودعا إلى اجتماع للجنة المشتركة.", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=required@sudanese_armed_forces"}},
	})
}
