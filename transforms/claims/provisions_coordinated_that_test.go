package claims

import "testing"

// TestInclusionStopsAtCoordinatedThat: a negated inclusion ("لا يشمل", "does not cover") governs
// the provisions of its own clause; a that-clause coordinated after it ("، وأن", ", and that")
// has its own predicate, so a right or release it states keeps its polarity. Inside one clause
// the negated inclusion still negates.
func TestInclusionStopsAtCoordinatedThat(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic: outlaws left out, and the right kept", "ar", pubTueAr, yemenLeadAr + "وشددت الحكومة في بيان على أن الهدنة لا تشمل الخارجين على القانون، وأن القوات تحتفظ بحقها في الرد على أي اعتداء.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@yemeni_government"}},
		{"english: criminals not covered, and that the right is kept", "en", pubTue, yemenLead + "The government said the truce does not cover criminal gangs, and that its forces keep the right to respond to any attack.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@yemeni_government"}},
		{"probe: the negated inclusion in the same clause (Sudan)", "ar", pubTueAr, "اتفق الجيش وقوات الدعم السريع على هدنة في الفاشر يوم الثلاثاء. وقال الجيش إن الاتفاق لا يشمل الرد على الخروقات بالقوة.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=not_retained@sudanese_armed_forces"}},
		{"probe: a release left out in the same clause (Libya)", "ar", pubTueAr, "اتفقت حكومة الوحدة الوطنية وقوات حفتر على وقف لإطلاق النار يوم الثلاثاء. وقالت الحكومة إن الاتفاق لا يشمل الإفراج عن المحتجزين.", "ceasefire.exchange",
			[]string{"prisoners=not_included@government_of_national_unity"}},
	})
}
