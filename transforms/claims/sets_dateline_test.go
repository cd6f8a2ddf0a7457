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

// TestHostWordSponsorsTalks: a word of hosting sponsors talks even with a truce noun nearer
// (sponsors_host_word.go): "Malaysia is "a host, not a mediator", and any truce ..." (thaicam
// tc_002) named Malaysia a mediator.
func TestHostWordSponsorsTalks(t *testing.T) {
	const lead = "Thailand and Cambodia agreed a ceasefire on Sunday. "
	runCases(t, []mechanismCase{
		{"a host, not a mediator, and any truce", "en", "", lead + `Malaysia, she stressed, is "a host, not a mediator", and any truce would have to be "verified on the ground by the two armies".`, "ceasefire.mediators",
			nil},
		{"a host, not a mediator, and any truce: the sponsor", "en", "", lead + `Malaysia, she stressed, is "a host, not a mediator", and any truce would have to be "verified on the ground by the two armies".`, "talks.sponsors",
			[]string{"malaysia@outlet"}},
	})
}
