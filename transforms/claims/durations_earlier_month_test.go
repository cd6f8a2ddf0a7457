package claims

import "testing"

// TestDurationOfEarlierMonthTruce: the span of a truce named by an earlier month ("the
// collapsed May truce, which lasted barely two days", "هدنة مايو التي لم تصمد سوى يومين") is
// that truce's, not the current one's (truceOfEarlierMonth). The truce of the article's own
// month, or one named by a later month, keeps its span.
func TestDurationOfEarlierMonthTruce(t *testing.T) {
	const pubJuly = "2027-07-17T09:00:00Z"
	const pubJulyAr = "2027-07-17T11:00:00+02:00"
	runCases(t, []mechanismCase{
		{"the May truce lasted two days", "en", pubJuly, "Sudan's army and the RSF agreed a truce in El Fasher. Unlike the collapsed May truce, which lasted barely two days, this one names a monitor.", "ceasefire.duration",
			nil},
		{"arabic: the May truce of a week", "ar", pubJulyAr, "اتفق الجيش وقوات الدعم السريع على هدنة في الفاشر. وكانت هدنة مايو التي امتدت أسبوعاً قد انهارت سريعاً.", "ceasefire.duration",
			nil},
		{"probe: the July truce keeps its span (Yemen)", "en", pubJuly, "The Houthis and the Yemeni government agreed a truce in Hodeidah on Thursday. The July truce will last for three days.", "ceasefire.duration",
			[]string{"3@outlet"}},
		{"probe: a truce without a month (Libya)", "en", pubJuly, "Libya's rival forces agreed a truce in Sirte on Thursday. The truce will last for ten days, officials said.", "ceasefire.duration",
			[]string{"10@sources"}},
	})
}
