package claims

import "testing"

// TestWeekdayOfAFutureVerb: a weekday governed by a verb told in the future ("will observe the
// truce from Sunday", «سيلتزم بالهدنة اعتباراً من الأحد», "which will run from Sunday") is the
// coming such day, though no start verb is written; read on a Wednesday it is the next Sunday,
// not the one passed. A past verb keeps the day passed.
func TestWeekdayOfAFutureVerb(t *testing.T) {
	const wed = "2025-10-15T08:00:00Z"
	const wedAr = "2025-10-15T11:00:00+03:00"
	runCases(t, []mechanismCase{
		{"probe: سيلتزم بالهدنة اعتباراً من الأحد", "ar", wedAr, "وقال الجيش إنه سيلتزم بالهدنة اعتباراً من الأحد.", "ceasefire.start_time",
			[]string{"2025-10-19@outlet"}},
		{"probe: will observe the truce from Sunday", "en", wed, "The army said it will observe the truce from Sunday.", "ceasefire.start_time",
			[]string{"2025-10-19@outlet"}},
		{"probe: which will run from Sunday (Sudan)", "en", wed, "The truce, which will run from Sunday, was agreed in Jeddah.", "ceasefire.start_time",
			[]string{"2025-10-19@outlet"}},
		// Kept.
		{"ستدخل حيز التنفيذ اعتباراً من الأحد", "ar", wedAr, "وقال الجيش إن الهدنة ستدخل حيز التنفيذ اعتباراً من الأحد.", "ceasefire.start_time",
			[]string{"2025-10-19@outlet"}},
		{"a past start: took effect on Sunday", "en", wed, "The truce took effect on Sunday, the army said.", "ceasefire.start_time",
			[]string{"2025-10-12@outlet"}},
		{"a past start: دخلت حيز التنفيذ الأحد", "ar", wedAr, "ودخلت الهدنة حيز التنفيذ يوم الأحد.", "ceasefire.start_time",
			[]string{"2025-10-12@outlet"}},
	})
}
