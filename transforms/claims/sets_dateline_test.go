package claims

import "testing"

// TestDatelineNoMember: the dateline's city names no member (sets_dateline.go): «أديس أبابا
// (ونا) - أعلن الاتحاد الأفريقي، في بيان صدر باسم الوسطاء، تمديد الهدنة» (elfasher ef_026) gave
// Ethiopia's government as mediator (the English one keeps the body the statement speaks
// for). Kept: a city opening the sentence as its subject.
func TestDatelineNoMember(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic dateline before the mediators' statement", "ar", "", "أديس أبابا (ونا) - أعلن الاتحاد الأفريقي، في بيان صدر باسم الوسطاء، تمديد الهدنة الإنسانية في الفاشر سبعة أيام إضافية.", "ceasefire.mediators",
			nil},
		{"english dateline before the mediators' statement", "en", "", "ADDIS ABABA, July 15 (TSW) - The African Union, in a statement issued in the name of the mediators, extended the humanitarian truce in El Fasher by seven days.", "ceasefire.mediators",
			[]string{"african_union@outlet"}},
		{"kept: a city as the subject", "en", "", "Doha, which mediated the truce between the Houthis and the government, said the talks would resume.", "ceasefire.mediators",
			[]string{"qatar@outlet"}},
	})
}
