package claims

import "testing"

// TestRetainedRightRemoved: a verb of taking a right away before it turns its polarity ("يُسقط
// عن الطرفين أي حق في الرد أو الثأر": not retained; "does not take away our right to answer any
// attack": retained). Probes: the verb after the right, or far from it in another clause.
func TestRetainedRightRemoved(t *testing.T) {
	const iraqLeadAr = "اتفقت عشيرتا البو محمد والبو صالح على هدنة في البصرة يوم الثلاثاء. "
	const libyaLead = "Two Zintan and Mashashiya tribes agreed to a truce in the Nafusa mountains on Tuesday. "
	runCases(t, []mechanismCase{
		{"ar: the truce takes away any right to respond or to avenge (Iraq)", "ar", pubTueAr,
			iraqLeadAr + "وقال الشيخ إن الهدنة تُسقط عن الطرفين أي حق في الرد أو الثأر.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=not_retained@outlet"}},
		{"en: does not take away the right to answer any attack (Libya)", "en", pubTue,
			libyaLead + "Elders said the truce does not take away their right to answer any attack.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@clan_elders"}},
		{"en: the agreement strips both sides of the right to retaliate (Sudan)", "en", pubTue,
			"Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. The agreement strips both sides of the right to retaliate.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=not_retained@outlet"}},
		// Probes.
		{"probe: the removal after the right (Yemen)", "en", pubTue,
			yemenLead + "The Houthis said they retain the right to respond to any attack, after the deal stripped the tribes of their heavy weapons.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@houthis"}},
		{"probe: a truce that may fall, after the right (Gaza)", "ar", pubTueAr,
			"اتفقت إسرائيل وحماس على وقف لإطلاق النار في غزة يوم الثلاثاء. وقال المتحدث إن الحركة تحتفظ بحق الرد على أي خرق، وإن القصف قد يسقط الهدنة.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@outlet"}},
	})
}
