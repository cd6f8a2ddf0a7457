package claims

import "testing"

// TestTimePastWeekdayClock: a past start on a named weekday with a clock time, filed on that
// weekday before the hour, is last week's, as a past midnight on a named weekday already was
// (marib mb_040, filed on a Wednesday morning: "The truce took effect at midnight on Wednesday,
// Sanaa time (2100 GMT Wednesday)" read that evening); a bracketed gloss of the time takes the
// tense of the cue before the time it glosses (time_parenthetical_gloss.go). Near misses: a
// start to come; a past hour already gone that day; "today Wednesday" (sahara sh_004, filed
// with a date and no hour).
func TestTimePastWeekdayClock(t *testing.T) {
	const pubWedMarib = "2035-03-21T14:00:00+04:00" // Wednesday, 10:00 GMT
	runCases(t, []mechanismCase{
		{"took effect at midnight on Wednesday with its GMT hour (Yemen)", "en", pubWedMarib, "The truce took effect at midnight on Wednesday, Sanaa time (2100 GMT Wednesday), as Oman announced.", "ceasefire.start_time",
			[]string{"2035-03-14T21:00:00Z@oman"}},
		{"took effect at 2100 GMT on Wednesday (Yemen)", "en", pubWedMarib, "The truce took effect at 2100 GMT on Wednesday, Oman said.", "ceasefire.start_time",
			[]string{"2035-03-14T21:00:00Z@oman"}},
		{"took effect at midnight on Wednesday (Yemen)", "en", pubWedMarib, "The truce took effect at midnight on Wednesday, Sanaa time, Oman said.", "ceasefire.start_time",
			[]string{"2035-03-14T21:00:00Z@oman"}},
		{"Arabic: بدأت عند التاسعة مساء الأربعاء بتوقيت غرينتش (Yemen, ar)", "ar", pubWedMarib, "وقالت سلطنة عمان إن الهدنة بدأت عند الساعة التاسعة من مساء الأربعاء بتوقيت غرينتش.", "ceasefire.start_time",
			[]string{"2035-03-14T21:00:00Z@oman"}},
		{"near miss: ظهر اليوم الأربعاء names today, a date-only filing (Yemen, ar)", "ar", "2035-03-21", "وقالت سلطنة عمان إن الهدنة دخلت حيز التنفيذ ظهر اليوم الأربعاء بتوقيت غرينتش.", "ceasefire.start_time",
			[]string{"2035-03-21T12:00:00Z@oman"}},
		{"near miss: will take effect at 2100 GMT on Wednesday: today's (Yemen)", "en", pubWedMarib, "The truce will take effect at 2100 GMT on Wednesday, Oman said.", "ceasefire.start_time",
			[]string{"2035-03-21T21:00:00Z@oman"}},
		{"near miss: took effect at 0600 GMT on Wednesday, before filing: today's (Yemen)", "en", pubWedMarib, "The truce took effect at 0600 GMT on Wednesday, Oman said.", "ceasefire.start_time",
			[]string{"2035-03-21T06:00:00Z@oman"}},
	})
}
