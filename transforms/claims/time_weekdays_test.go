package claims

// Start days named by weekday, today or an anchor day, resolved against the publication date.

import "testing"

// TestScheduledWeekday: a start on a weekday, today with its weekday, midnight between two named days.
func TestScheduledWeekday(t *testing.T) {
	runCases(t, []mechanismCase{
		{"midnight between two named days", "en", "2025-10-17T08:00:00Z", yemenLead + "The truce has been in force since midnight between Wednesday and Thursday.", "ceasefire.start_time",
			[]string{"2025-10-15T21:00:00Z@outlet"}},
		{"a future start on a weekday five days ahead", "en", pubTue, yemenLead + "The truce will take effect at midnight on Saturday, Yemen time (2100 GMT Saturday), the Houthis said.", "ceasefire.start_time",
			[]string{"2025-10-18T21:00:00Z@houthis"}},
		{"a future start on a weekday, no parenthesis", "en", pubTue, yemenLead + "The government said the truce would begin on Sunday.", "ceasefire.start_time",
			[]string{"2025-10-19@yemeni_government"}},
		{"a past start keeps the day passed", "en", pubTue, yemenLead + "The government said the truce began on Sunday.", "ceasefire.start_time",
			[]string{"2025-10-12@yemeni_government"}},
		{"arabic: last Tuesday is past even with an untensed cue", "ar", pubTueAr, yemenLeadAr + "وبعد أيام على دخول وقف إطلاق النار حيز التنفيذ مساء السبت الماضي، لا تزال الهدنة صامدة.", "ceasefire.start_time",
			[]string{"2025-10-11@outlet"}},
		{"today, Wednesday said the day before", "en", "2025-10-15T08:00:00Z", yemenLead + "Its spokesman said on Tuesday that the truce starts at noon today, Wednesday (0900 GMT), not at midnight.", "ceasefire.start_time",
			[]string{"2025-10-15T09:00:00Z@outlet"}},
	})
}

// TestWeekdayWithItsDate: a weekday given with its date.
func TestWeekdayWithItsDate(t *testing.T) {
	runCases(t, []mechanismCase{
		{"english weekday and date", "en", pubTue, yemenLead + "Talks will open in Muscat on Monday, October 20, the Houthis said.", "talks.date",
			[]string{"2025-10-20@houthis"}},
		{"arabic weekday and ordinal date: Monday is no hour", "ar", pubTueAr, yemenLeadAr + "ومن المتوقع أن تستضيف مسقط يوم الاثنين العشرين من أكتوبر جولة محادثات بين الطرفين.", "talks.date",
			[]string{"2025-10-20@outlet~expected"}},
	})
}

// TestLastAndNextWeekday: a word before ("last Wednesday") or after ("الأربعاء الماضي") the
// weekday says which one, also after midnight.
func TestLastAndNextWeekday(t *testing.T) {
	runCases(t, []mechanismCase{
		// Published Monday 20 October 2025: last Wednesday is the 15th.
		{"midnight last wednesday", "en", "2025-10-20T08:00:00Z", yemenLead + "The truce began at midnight last Wednesday.", "ceasefire.start_time",
			[]string{"2025-10-15T21:00:00Z@outlet"}},
		{"arabic midnight of last wednesday", "ar", "2025-10-20T11:00:00+03:00", yemenLeadAr + "وبدأت الهدنة منتصف ليل الأربعاء الماضي.", "ceasefire.start_time",
			[]string{"2025-10-15T21:00:00Z@outlet"}},
	})
}
