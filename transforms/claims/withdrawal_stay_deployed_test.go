package claims

import "testing"

// TestWithdrawalStayDeployed: "will remain deployed" ("ستبقى منتشرة", "تظل منتشرة") says no
// withdrawal, like "تبقى في مواقعها"; a bare definite force noun as its subject ("أن القوات
// ستبقى منتشرة", "the troops will stay in their positions") is the speaker's own force. Said by
// a mediator or by residents, the bare noun names nobody.
func TestWithdrawalStayDeployed(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the forces will remain deployed, in a side's statement", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون في بيان إن القوات ستبقى منتشرة عند مداخل الميناء.", "ceasefire.withdrawal",
			[]string{"houthis=not_required@houthis"}},
		{"named force remains deployed (Sudan)", "ar", pubTueAr, "اتفق الجيش وقوات الدعم السريع على هدنة في الفاشر يوم الثلاثاء. وقال الجيش إن قوات الدعم السريع تظل منتشرة شرق المدينة رغم الهدنة.", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=not_required@sudanese_armed_forces"}},
		{"english: the troops will stay in their positions", "en", pubTue, "Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. The army said the troops will stay in their positions around the city.", "ceasefire.withdrawal",
			[]string{"sudanese_armed_forces=not_required@sudanese_armed_forces"}},
		{"probe: a mediator's bare noun (Yemen)", "ar", pubTueAr, yemenLeadAr + "وقال المبعوث الأممي إن القوات ستبقى منتشرة على خطوط التماس حتى توقيع الاتفاق النهائي.", "ceasefire.withdrawal",
			nil},
		{"probe: residents' bare noun (Libya)", "ar", pubTueAr, "اتفقت حكومة الوحدة الوطنية وقوات حفتر على وقف لإطلاق النار في سرت يوم الثلاثاء. وقال سكان إن القوات ما زالت منتشرة في الشوارع.", "ceasefire.withdrawal",
			nil},
	})
}
