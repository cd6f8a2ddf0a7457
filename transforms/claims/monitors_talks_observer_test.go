package claims

import "testing"

// TestAttendingObserver: an observer named by a word of attendance in a sentence on talks or a
// meeting holds a seat at the talks, not a watch over the truce; observers given the truce to
// monitor stay monitors.
func TestAttendingObserver(t *testing.T) {
	runCases(t, []mechanismCase{
		{"fergana fg_027: attended by a CSTO observer", "en", "",
			"Opening the commission in Dushanbe on Friday, Lt. Gen. Faridun Saidzoda said the ceasefire would be extended indefinitely once its seven-day first stage expires. The session, chaired jointly and attended by a CSTO observer, is due to close on Saturday.", "ceasefire.monitors", nil},
		{"probe: talks opened in the presence of an AU observer (Sudan)", "en", "",
			"The army and the RSF agreed to a truce in El Fasher on Monday. The Jeddah talks opened on Tuesday, attended by an African Union observer.", "ceasefire.monitors", nil},
		{"probe: بحضور مراقب من الاتحاد الإفريقي (Sudan)", "ar", "",
			"اتفق الجيش والدعم السريع على هدنة في الفاشر. وانطلقت المحادثات في جدة بحضور مراقب من الاتحاد الإفريقي.", "ceasefire.monitors", nil},
		// Kept.
		{"probe: the talks agreed that AU observers will monitor the truce (Sudan)", "en", "",
			"The army and the RSF agreed to a truce in El Fasher on Monday. The talks agreed that AU observers will monitor the truce.", "ceasefire.monitors",
			[]string{"african_union@outlet"}},
		{"probe: UN observers will monitor, after talks (Congo)", "en", "",
			"Kinshasa and the M23 agreed to a ceasefire on Monday after talks in Doha. UN observers will monitor the ceasefire line.", "ceasefire.monitors",
			[]string{"un@outlet"}},
	})
}
