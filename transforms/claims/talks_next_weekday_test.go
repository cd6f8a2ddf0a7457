package claims

// A weekday the text itself calls "next" ("يوم الثلاثاء المقبل") is never today or yesterday;
// talks "on track for" a weekday are still to come.

import "testing"

// TestNamedNextWeekday: published Tuesday 14 October 2025 (pubTueAr) or Wednesday 15.
func TestNamedNextWeekday(t *testing.T) {
	const pubWedAr = "2025-10-15T11:00:00+03:00"
	runCases(t, []mechanismCase{
		{"next Tuesday said on a Tuesday", "ar", pubTueAr, yemenLeadAr + "وقال مسؤول إن تبادل الأسرى يتم بعد انطلاق محادثات مسقط يوم الثلاثاء المقبل.", "talks.date",
			[]string{"2025-10-21@sources"}},
		{"next Tuesday said on a Wednesday", "ar", pubWedAr, yemenLeadAr + "وقال مسؤول إن محادثات مسقط تنطلق يوم الثلاثاء المقبل.", "talks.date",
			[]string{"2025-10-21@sources"}},
		{"on track for a weekday", "en", pubTue, yemenLead + "The Muscat talks remain on track for Saturday, an official said.", "talks.date",
			[]string{"2025-10-18@sources"}},
		// Probes: a past or bare weekday keeps its reading. "Last Tuesday" said on the Wednesday
		// is the Tuesday of the week before: the day before is "أمس الثلاثاء" (stop 17, keys17:
		// hormuz hz_034's "فجر الجمعة الماضي" in a Saturday item is the Friday eight days back).
		{"probe: last Tuesday", "ar", pubWedAr, yemenLeadAr + "وكانت محادثات مسقط قد انطلقت يوم الثلاثاء الماضي.", "talks.date",
			[]string{"2025-10-07@outlet"}},
		{"probe: yesterday Tuesday", "ar", pubWedAr, yemenLeadAr + "وكانت محادثات مسقط قد انطلقت أمس الثلاثاء.", "talks.date",
			[]string{"2025-10-14@outlet"}},
		{"probe: a question", "en", pubTue, yemenLead + "Are the Muscat talks still on track for Saturday?", "talks.date", nil},
	})
}
