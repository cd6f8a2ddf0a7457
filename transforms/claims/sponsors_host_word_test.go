package claims

import "testing"

// TestHostWordSponsorsTalks: a word of hosting sponsors talks even with a truce noun nearer,
// and a name followed by its own word of hosting is no mediator (sponsors_host_word.go):
// "Malaysia is "a host, not a mediator", and any truce ..." (thaicam tc_002), "with Jordan
// hosting and Oman quietly facilitating" (taiz tz_027), «اقترحت تشاد استضافة الجولة ...، ومن
// المتوقع أن يحسم الوسطاء» (bangui bg_028).
func TestHostWordSponsorsTalks(t *testing.T) {
	const lead = "Thailand and Cambodia agreed a ceasefire on Sunday. "
	runCases(t, []mechanismCase{
		{"with X hosting and Y quietly facilitating", "en", "", yemenLead + "The deal, brokered by the U.N. envoy with Jordan hosting and Oman quietly facilitating, has let trucks in.", "ceasefire.mediators",
			[]string{"oman,un@outlet"}},
		{"arabic X proposed hosting, the mediators are to decide", "ar", "", "اتفقت الحكومة والمتمردون على هدنة في بانغي يوم الأحد. وقد اقترحت تشاد استضافة الجولة الثانية من المحادثات، ومن المتوقع أن يحسم الوسطاء المسألة خلال أيام.", "ceasefire.mediators",
			nil},
		{"a host, not a mediator, and any truce", "en", "", lead + `Malaysia, she stressed, is "a host, not a mediator", and any truce would have to be "verified on the ground by the two armies".`, "ceasefire.mediators",
			nil},
		{"a host, not a mediator, and any truce: the sponsor", "en", "", lead + `Malaysia, she stressed, is "a host, not a mediator", and any truce would have to be "verified on the ground by the two armies".`, "talks.sponsors",
			[]string{"malaysia@outlet"}},
	})
}
