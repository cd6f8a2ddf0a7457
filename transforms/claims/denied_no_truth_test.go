package claims

import "testing"

// TestNoTruthDenies: "لا صحة لـ" (there is no truth to) before reported content denies it as
// "نفى" does (lexicon denial), and "لا صحة له/لها" after the content dismisses it as "عار عن
// الصحة" does (lexicon dismissals). Review probes from Sudan and Yemen: "ولا صحة لما تردد عن أن
// الاتفاق جاء بوساطة إماراتية" read the truce agreed (status.came_about, feb448e), "الأنباء عن
// انهيار الهدنة لا صحة لها" read it collapsed. A claim asserted before the denial, in its own
// clause, stands.
func TestNoTruthDenies(t *testing.T) {
	const fasherLeadAr = "يسود الهدوء الحذر مدينة الفاشر في ظل الهدنة. "
	const taizLeadAr = "يسود الهدوء الحذر مدينة تعز في ظل الهدنة. "
	const gazaLeadAr = "يسود الهدوء الحذر مدينة غزة في ظل الهدنة. "
	runCases(t, []mechanismCase{
		{"no truth to what was said of the mediation (Sudan)", "ar", pubTueAr, fasherLeadAr + "ولا صحة لما تردد عن أن الاتفاق جاء بوساطة إماراتية.", "ceasefire.status", nil},
		{"no truth to reports of the collapse (Yemen)", "ar", pubTueAr, taizLeadAr + "ولا صحة للأنباء عن انهيار الهدنة.", "ceasefire.status",
			[]string{"in_force@outlet"}},
		{"reports of the collapse have no truth (Yemen)", "ar", pubTueAr, taizLeadAr + "وقال المتحدث إن الأنباء عن انهيار الهدنة لا صحة لها.", "ceasefire.status",
			[]string{"in_force@outlet"}},
		// Kept: asserted before the denial, in a clause of its own.
		{"in force, no truth to talk of breaches (Sudan)", "ar", pubTueAr, fasherLeadAr + "وأكد أن الهدنة دخلت حيز التنفيذ، ولا صحة لأي حديث عن خروقات.", "ceasefire.status",
			[]string{"in_force@outlet"}},
		{"the exchange included, no truth to its postponement (Gaza)", "ar", pubTueAr, gazaLeadAr + "وقال مسؤول في حماس إن الاتفاق يشمل تبادل الأسرى، ولا صحة لما نشر عن تأجيله.", "ceasefire.exchange",
			[]string{"prisoners=included@hamas"}},
	})
}
