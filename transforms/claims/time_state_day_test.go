package claims

import "testing"

// TestStateDayAndLastNight: the day after an in-force cue that is no start cue ("دخلت الهدنة
// يومها السابع اليوم", "in its sixth day on Tuesday") is the day of that state, no start time;
// "منتصف ليل الأربعاء - الخميس الماضي" said on the Thursday is the night a week back, as
// "last Tuesday" said on a Tuesday is. Probes: a start cue before the day keeps it ("سارية منذ
// الخميس", "took effect on Thursday"); a pair of days without "last" is the latest such night.
func TestStateDayAndLastNight(t *testing.T) {
	const thu = "2025-10-16T10:00:00+03:00" // Thursday 16 October in Sanaa
	runCases(t, []mechanismCase{
		{"entered its seventh day today", "ar", pubTueAr, yemenLeadAr + "ودخلت الهدنة في الحديدة يومها السابع اليوم من أصل 15 يوماً.", "ceasefire.start_time",
			nil},
		{"english in its sixth day on Tuesday", "en", pubTue, "The truce in Hodeidah, now in its sixth day on Tuesday, has largely held.", "ceasefire.start_time",
			nil},
		{"probe: in force since Thursday", "ar", pubTueAr, "قالت الحكومة إن الهدنة في الحديدة سارية منذ الخميس.", "ceasefire.start_time",
			[]string{"2025-10-09@yemeni_government"}},
		{"probe: took effect on Thursday", "en", pubTue, "The truce in Hodeidah took effect on Thursday, the government said.", "ceasefire.start_time",
			[]string{"2025-10-09@yemeni_government"}},
		{"the night of two days named last, said on the second", "ar", thu, "وتبقى الهدنة في الحديدة، السارية منذ منتصف ليل الأربعاء - الخميس الماضي، صامدة رغم خروقات محدودة.", "ceasefire.start_time",
			[]string{"2025-10-08T21:00:00Z@outlet"}},
		{"probe: the same night not named last", "ar", thu, "وتبقى الهدنة في الحديدة، السارية منذ منتصف ليل الأربعاء - الخميس، صامدة رغم خروقات محدودة.", "ceasefire.start_time",
			[]string{"2025-10-15T21:00:00Z@outlet"}},
	})
}
