package claims

import "testing"

// TestSpanOfTenureIsNoTerm: a span before a tenure noun measures a stay in a post or a place
// ("after ten years in office", "ten months' service", "400 days in captivity", "بعد عشر
// سنوات في الحكم"), not the truce named elsewhere in the sentence. A span of the truce with a
// place after it ("عشرة أيام في الحديدة") keeps its reading.
func TestSpanOfTenureIsNoTerm(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: ten years in office (Yemen)", "en", pubTue, "The truce is the first for the president after ten years in office.", "ceasefire.duration", nil},
		{"probe: ten months' service (Yemen)", "en", pubTue, "The truce is the first for the general after ten months' service.", "ceasefire.duration", nil},
		{"probe: two years of service (Yemen)", "en", pubTue, "The truce was the commander's last act after two years of service in Hodeidah.", "ceasefire.duration", nil},
		{"probe: 400 days in captivity (Gaza)", "en", pubTue, "Under the truce, three hostages were freed after 400 days in captivity.", "ceasefire.duration", nil},
		{"probe: عشر سنوات في الحكم (Sudan)", "ar", pubTueAr, "وتعد الهدنة الأولى للرئيس بعد عشر سنوات في الحكم.", "ceasefire.duration", nil},
		{"probe: عشرة أشهر في منصبه (Yemen)", "ar", pubTueAr, "وكانت الهدنة آخر قرار للقائد بعد عشرة أشهر في منصبه.", "ceasefire.duration", nil},
		// Kept.
		{"ten days in Hodeidah", "ar", pubTueAr, "وتستمر الهدنة عشرة أيام في الحديدة.", "ceasefire.duration", []string{"10@outlet"}},
		{"will last ten days in Hodeidah", "en", pubTue, "The truce, which will last ten days in Hodeidah, took effect on Tuesday.", "ceasefire.duration", []string{"10@outlet"}},
		{"a ten-day pause in operations", "en", pubTue, "The truce provides for a ten-day pause in operations.", "ceasefire.duration", []string{"10@outlet"}},
	})
}
