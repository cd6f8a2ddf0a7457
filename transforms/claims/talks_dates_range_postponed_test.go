package claims

import "testing"

// TestTalksRangePostponed: "from 10 to 12" after a postponement word is a move, not a range of
// days (talks_dates_day_range.go): the talks keep the later day. Probes from Sudan and Yemen;
// kept: a range the talks were held over is dated by its opening day.
func TestTalksRangePostponed(t *testing.T) {
	const sudan = "Sudan's army and the RSF agreed to a truce in El Fasher. "
	runCases(t, []mechanismCase{
		{"postponed from 10 to 12 September (Sudan)", "en", pubTue, sudan + "The talks in Jeddah were postponed from 10 to 12 September.", "talks.date",
			[]string{"2025-09-12@outlet"}},
		{"أرجئت المحادثات من 13 إلى 15 آذار (Yemen)", "ar", pubTueAr, "اتفق الحوثيون والحكومة اليمنية على هدنة. وأُرجئت المحادثات في مسقط من 13 إلى 15 آذار/مارس.", "talks.date",
			[]string{"2026-03-15@outlet"}},
		{"kept: hosted from 10 to 12 September (Gaza)", "en", pubTue, "Israel and Hamas agreed to a ceasefire in Gaza. Egypt hosted the talks in Cairo from 10 to 12 September.", "talks.date",
			[]string{"2025-09-10@outlet"}},
	})
}
