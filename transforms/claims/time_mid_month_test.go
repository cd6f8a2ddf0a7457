package claims

// "منتصف" before a month is the month's middle, not midnight (time_mid_month.go).

import "testing"

// TestMiddleOfTheMonth: talks in the middle of this, next or a named month; midnight kept.
func TestMiddleOfTheMonth(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic talks in the middle of the current month", "ar", pubTueAr, yemenLeadAr + "وستعقد المحادثات في مسقط منتصف الشهر الجاري.", "talks.date",
			[]string{"2025-10@outlet"}},
		{"arabic another war: talks in the middle of next month", "ar", pubTueAr, syriaLeadAr + "وستستأنف المفاوضات في أستانة منتصف الشهر المقبل.", "talks.date",
			[]string{"2025-11@outlet"}},
		{"arabic a third war: talks in the middle of a named month", "ar", pubTueAr, "اتفق الجيش السوداني وقوات الدعم السريع على هدنة إنسانية في الفاشر يوم الثلاثاء. وستنطلق المفاوضات في جدة منتصف تشرين الثاني.", "talks.date",
			[]string{"2025-11@outlet"}},
		{"arabic a truce starting mid next month has no start tonight", "ar", pubTueAr, yemenLeadAr + "وتبدأ الهدنة منتصف الشهر المقبل.", "ceasefire.start_time",
			nil},
		{"arabic midnight stays midnight", "ar", pubTueAr, yemenLeadAr + "وتبدأ الهدنة عند منتصف الليل.", "ceasefire.start_time",
			[]string{"2025-10-14T21:00:00Z@outlet"}},
		{"arabic the midnight of a weekday stays", "ar", pubTueAr, yemenLeadAr + "وتبدأ الهدنة منتصف ليل الخميس.", "ceasefire.start_time",
			[]string{"2025-10-16T21:00:00Z@outlet"}},
	})
}
