package claims

import "testing"

// TestRetainedNegatedSubject: a right whose subject is a negative quantifier, or whose entitling
// modal is negated with an "any" phrase for who is entitled, is not retained, however far the
// negation stands from the right ("No one keeps a right to retaliate", «لا يحق لأي طرف الرد
// بالسلاح على أي خرق»); a response by arms to a breach names the right as a response by force
// does. Witnesses: gorongosa gr_011, zamfara zf_013 (waziristan wz_017 has the same negation
// with «الرد عسكرياً»). Probes from Yemen and Syria; near misses: a negation that is another
// verb's ("Nothing ... limits our right", «لا أحد يمنع قواتها من الرد» in TestRetainedQuotedCue),
// a negation in a clause before ("no attack would go unanswered and they keep"), a closed
// quotation before the right, a response by arms to protesters.
func TestRetainedNegatedSubject(t *testing.T) {
	runCases(t, []mechanismCase{
		{"no one keeps a right (Yemen)", "en", pubTue, yemenLead + "No one keeps a right to retaliate.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=not_retained@outlet"}},
		{"no side will be allowed (Yemen)", "en", pubTue, yemenLead + "No side will be allowed to retaliate.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=not_retained@outlet"}},
		{"arabic no party is entitled, by arms (Yemen)", "ar", pubTueAr, yemenLeadAr + "ولا يحق لأي طرف الرد بالسلاح على أي خرق، وإنما تُرفع الشكاوى إلى اللجنة.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=not_retained@outlet"}},
		{"arabic neither side is entitled (Syria)", "ar", "", syriaLeadAr + "ولا يحق لأي من الطرفين الرد على أي خرق.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=not_retained@outlet"}},
		{"arabic a kept right to respond by arms (Syria)", "ar", "", syriaLeadAr + "وتحتفظ المعارضة بحق الرد بالسلاح على أي خرق.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@outlet"}},
		{"near miss: the negation limits, the right is kept", "en", pubTue, yemenLead + "Nothing in this arrangement limits our right to defend our ships.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@outlet"}},
		{"near miss: a negation in a clause before", "en", pubTue, yemenLead + "No attack would go unanswered and they keep the right to retaliate.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@outlet"}},
		{"near miss: a closed quotation before the right", "ar", pubTueAr, yemenLeadAr + "وأشار المستشار إلى أن بلاده \"لم توقّع أي اتفاق\"، وأنها تحتفظ بحق الرد على أي خرق.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@outlet"}},
		{"near miss: arms against protesters", "ar", "", syriaLeadAr + "وهدد الجيش بالرد بالسلاح على المتظاهرين.", "ceasefire.retained_rights",
			nil},
	})
}
