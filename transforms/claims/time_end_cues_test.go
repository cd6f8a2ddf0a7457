package claims

// End cues: a time the truce runs out or expires at is no start time ("ends" is not one: the
// fighting ends when the truce starts).

import "testing"

// TestEndCuesDateNoStart: "runs out at midnight on ...", "تنقضي عند منتصف ليل ..." say when the
// truce ends.
func TestEndCuesDateNoStart(t *testing.T) {
	runCases(t, []mechanismCase{
		{"runs out at midnight on a date", "en", pubTue, yemenLead + "The truce, which runs out at midnight on October 28, has largely held.", "ceasefire.start_time",
			nil},
		{"arabic runs out at midnight of a weekday", "ar", pubTueAr, yemenLeadAr + "وتنقضي الهدنة عند منتصف ليل الثلاثاء المقبل.", "ceasefire.start_time",
			nil},
		{"the fighting ending is the truce starting", "en", pubTue, yemenLead + "The fighting ended when the truce took effect at midnight.", "ceasefire.start_time",
			[]string{"2025-10-13T21:00:00Z@outlet"}},
	})
}
