package claims

// A bare day after the talks' parties with no verb of saying: the talks' own day, not the
// statement's (talks.date), and never the truce's start.

import "testing"

// TestTalksEventDay: a day right after the talks' parties, with no verb of saying around it,
// dates the talks; a day before the talks noun still dates the statement (sets disagree on
// whether talks "opened today" before a truce are the talks of talks.date).
func TestTalksEventDay(t *testing.T) {
	runCases(t, []mechanismCase{
		{"day after the parties of the talks", "ar", pubTueAr, "من المتوقع أن تستأنف المحادثات بين الحكومة اليمنية والحوثيين الأربعاء المقبل في مسقط، بحسب مصادر مطلعة.", "talks.date",
			[]string{"2025-10-15@sources~expected"}},
		{"a verb-first clause's day before the talks noun is the talks' (gold convention of stop 12)", "ar", pubTueAr, "اختتمت في مسقط مساء اليوم الثلاثاء الجولة الأولى من المحادثات بين الحكومة اليمنية والحوثيين.", "talks.date",
			[]string{"2025-10-14@outlet"}},
		{"a verb of saying before the day keeps it the statement's", "ar", pubTueAr, "أعلن الحوثيون الاثنين بدء الاستعدادات للمحادثات مع الحكومة اليمنية.", "talks.date",
			nil},
	})
}

// TestTalksDayBeforeTheirAim: talks named before a day and the truce after it, as what the talks
// are for: the day is the talks'.
func TestTalksDayBeforeTheirAim(t *testing.T) {
	runCases(t, []mechanismCase{
		{"talks on a day aimed at halting attacks", "en", pubTue, "Oman will host talks between the Houthis and the Yemeni government on Thursday aimed at halting attacks on Hodeidah.", "talks.date",
			[]string{"2025-10-16@outlet"}},
		{"a start cue keeps the day the truce's", "en", pubTue, "The talks ended with a truce that takes effect on Thursday.", "talks.date",
			nil},
	})
}

// TestEventDayNeverDatesTheStart: a day after the agreeing parties with no verb of saying still
// dates the agreement, not the start: a bare midnight after it is that day's.
func TestEventDayNeverDatesTheStart(t *testing.T) {
	runCases(t, []mechanismCase{
		{"agreed on a day, midnight of it", "ar", pubTueAr, "واتفقت الحكومة اليمنية والحوثيون الاثنين على هدنة في الحديدة تدخل حيز التنفيذ منتصف الليل.", "ceasefire.start_time",
			[]string{"2025-10-13T21:00:00Z@outlet"}},
	})
}

// TestTalksDateAfterTheirParties: the "between X and Y" parties right after the talks noun do not
// push their date out of reach.
func TestTalksDateAfterTheirParties(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a long party phrase before the day", "en", pubTue, "Oman says talks between Yemeni government officials and a Houthi delegation will open in the Omani capital on Thursday.", "talks.date",
			[]string{"2025-10-16@oman"}},
		{"no party phrase, the day too far", "en", pubTue, "Oman says talks will open after a long pause that followed months of mutual accusations over shipping, prisoners and the port on Thursday.", "talks.date",
			nil},
	})
}
