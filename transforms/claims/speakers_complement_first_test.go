package claims

import "testing"

// TestComplementBeforeSubject: «ودعا إلى سحب قوات آسام رايفلز»: a verb of saying followed at once by
// its preposition and complement has no subject of its own; the one quoted before speaks, not
// the force named in what is called for. Near misses: a subject named between the verb and its
// preposition speaks; a preposition whose object is a name (the statement of a body) leaves the
// forward search as it was.
func TestComplementBeforeSubject(t *testing.T) {
	const lead = "إمفال - قال منسق لجنة التنسيق من أجل وحدة مانيبور يومنام راجن إن اتفاق تعليق العمليات لا يلزم أحداً في الوادي. "
	runCases(t, []mechanismCase{
		{"manipur: called for the withdrawal of Assam Rifles", "ar", "", lead + "ودعا إلى سحب قوات آسام رايفلز من السفوح.", "ceasefire.withdrawal",
			[]string{"assam_rifles=required@yumnam_rajen~demanded"}},
		// Near misses.
		{"a subject between the verb and the preposition speaks", "ar", "", lead + "ودعت لجنة الوحدة القبلية إلى سحب قوات آسام رايفلز من السفوح.", "ceasefire.withdrawal",
			[]string{"assam_rifles=required@cotu~demanded"}},
	})
}
