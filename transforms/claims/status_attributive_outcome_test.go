package claims

import "testing"

// An attributive "proposed" on the truce noun and an effort that "resulted in" an agreement
// state the truce's status.
func TestStatusAttributiveProposalAndOutcome(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic proposed truce, feminine noun", "ar", "", "قال مسؤول حوثي إن الهدنة المقترحة في الحديدة لا تقتصر على المدينة.", "ceasefire.status",
			[]string{"proposed@houthis"}},
		{"arabic proposed agreement, masculine noun", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن الاتفاق المقترح يشمل مدينة الحديدة.", "ceasefire.status",
			[]string{"agreed@outlet", "proposed@yemeni_government"}},
		{"arabic efforts resulted in an agreement", "ar", "", "أعلنت الأمم المتحدة أن جهودها أسفرت عن اتفاق بين الحوثيين والحكومة اليمنية على وقف إطلاق النار في الحديدة.", "ceasefire.status",
			[]string{"agreed@un"}},
		{"english talks resulted in a truce", "en", "", "The UN said the talks had resulted in a truce between the Houthis and the Yemeni government in Hodeidah.", "ceasefire.status",
			[]string{"agreed@un"}},
	})
}

// TestStatusHeldVerb: the Arabic verb of a truce holding (صمدت) in its finite forms, as the
// participle (صامدة) already was; negated or conditional holding states nothing.
func TestStatusHeldVerb(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic the truce held", "ar", "", "صمدت الهدنة بين الحوثيين والحكومة اليمنية في الحديدة لليوم الثالث على التوالي.", "ceasefire.status",
			[]string{"in_force@outlet"}},
		{"arabic the truce did not hold", "ar", "", "لم تصمد الهدنة بين الحوثيين والحكومة اليمنية في الحديدة أكثر من يومين.", "ceasefire.status",
			nil},
		{"arabic if the truce holds", "ar", "", "قال الحوثيون إنهم سيفرجون عن الأسرى إذا صمدت الهدنة في الحديدة.", "ceasefire.status",
			nil},
	})
}
