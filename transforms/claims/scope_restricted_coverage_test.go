package claims

import "testing"

// TestScopeRestrictedCoverage: a coverage cue restricted by a negation and an except word (إلا,
// سوى) to an area noun or a sub-national place makes the truce partial, the places named or not.
// Witnesses: manipur mp_011 «ولا يشمل الاتفاق إلا مناطق السفوح», mp_034 «ولا تتضمن الهدنة سوى
// مناطق السفوح»; bamenda bm_036 (past an insert «، وفق الرواية الرسمية،»); waziristan wz_008 «ولا
// يشمل إلا المناطق القبلية المدمجة» (the verb's own subject); probes from Yemen and Sudan. Near
// misses: a restricted provision (prisoners), a verb that is no coverage, another body's
// restriction (a curfew).
func TestScopeRestrictedCoverage(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the agreement between cue and except word (Manipur, ar)", "ar", pubTueAr, "دخل وقف إطلاق النار حيز التنفيذ منتصف الليل. ولا يشمل الاتفاق إلا مناطق السفوح، إذ تبقى الجماعات المتمردة في الوادي خارجه.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"a coordinated verb with its own subject (Pakistan, ar)", "ar", pubTueAr, "وقال المصدر إن وقف إطلاق النار يبدأ عند منتصف الليل، ولا يشمل إلا المناطق القبلية.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"past an insert between commas (Cameroon, ar)", "ar", pubTueAr, "ولا تشمل الهدنة، وفق الرواية الرسمية، سوى المناطق الناطقة بالإنجليزية.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"probe: a named city after سوى (Yemen, ar)", "ar", pubTueAr, "وقال المسؤول إن الهدنة لا تشمل سوى مدينة تعز.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"probe: districts of a state (Sudan, ar)", "ar", pubTueAr, "وأوضح المتحدث أن وقف العدائيات لا يشمل إلا المناطق الحدودية مع جنوب السودان.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"near miss: restricted to a provision, no place (ar)", "ar", pubTueAr, "وقال المسؤول إن الاتفاق لا يشمل إلا تبادل الأسرى.", "ceasefire.scope", nil},
		{"near miss: a verb that is no coverage (ar)", "ar", pubTueAr, "وقال المسؤول إن المفاوضين لا يريدون إلا مناطق السفوح.", "ceasefire.scope", nil},
		{"near miss: a curfew restricted to areas, no truce (ar)", "ar", pubTueAr, "وقال المسؤول إن حظر التجول لا يشمل إلا المناطق الحدودية.", "ceasefire.scope", nil},
	})
}
