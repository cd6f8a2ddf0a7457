package claims

import "testing"

// TestReportedSpanNeedsTheTrucesLength: a span set aside "as X claims" is X's account of the
// truce's length only in a sentence about that length; a span of anything else is not.
func TestReportedSpanNeedsTheTrucesLength(t *testing.T) {
	runCases(t, []mechanismCase{
		{"displaced in camps not three months, as Kinshasa claims (Congo)", "en", pubTue,
			"Kinshasa and M23 agreed to a ceasefire on Tuesday. The displaced have been in camps not three months, as Kinshasa claims, but a year.", "ceasefire.duration", nil},
		// Kept.
		{"مدة الهدنة ستة أشهر، لا ثلاثة كما تروج الحكومة (Sudan)", "ar", pubTue,
			"اتفق الجيش السوداني وقوات الدعم السريع على هدنة يوم الثلاثاء. مدة الهدنة ستة أشهر، لا ثلاثة كما تروج الحكومة.", "ceasefire.duration",
			[]string{"[181,184]@outlet", "[89,92]@sudanese_government"}},
	})
}
