package claims

import "testing"

// TestTalksDateAfterTalks: a day told with the signing, the talks named after it past "after" or
// "بعد", is the signing's day, not the talks' (cabinda's wire lead, southsudan). Talks named
// before the day, talks the day is for, and a talks noun past a comma keep their date.
func TestTalksDateAfterTalks(t *testing.T) {
	runCases(t, []mechanismCase{
		{"signed on a day after days of talks (cabinda)", "en", pubTue,
			"Angola's government and the separatist FLEC-FAC signed a ceasefire for the oil-rich enclave of Cabinda on Thursday after four days of talks in São Tomé hosted by the archipelago's government.", "talks.date",
			nil},
		{"signed on a day after talks (southsudan)", "en", pubTue,
			"The 60-day cessation between the SSPDF and the SPLA-IO was signed on Tuesday after talks in Nairobi mediated by IGAD.", "talks.date",
			nil},
		{"arabic: بعد, a clause break, between the day and the talks", "ar", pubTue,
			"وقّع الطرفان الاتفاق يوم الخميس بعد محادثات في الدوحة.", "talks.date",
			nil},
		{"arabic: بعد أيام من المحادثات", "ar", pubTue,
			"وقّعت الحكومة التشادية والجبهة الوطنية لتجديد تشاد اتفاقاً لوقف إطلاق النار يوم الخميس بعد أربعة أيام من المحادثات في الدوحة.", "talks.date",
			nil},
		// Near misses: the day is the talks'.
		{"probe: talks named before the day", "en", pubTue,
			"Talks between the two sides will resume in Doha on Sunday after a week's pause, the mediators said.", "talks.date",
			[]string{"2025-10-19@outlet"}},
		{"probe: no posterior word", "en", pubTue,
			"The two sides will meet in Doha on Sunday for a new round of talks, the mediators said.", "talks.date",
			[]string{"2025-10-19@outlet"}},
		{"probe: arabic talks before the day", "ar", pubTue,
			"تستأنف المحادثات بين الطرفين في الدوحة يوم الأحد بعد توقف دام أسبوعاً.", "talks.date",
			[]string{"2025-10-12@outlet"}}, // the day as read before this rule
	})
}
