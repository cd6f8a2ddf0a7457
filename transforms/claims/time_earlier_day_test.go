package claims

// A bare start hour takes the start day an earlier sentence gave (time_earlier_day.go).

import "testing"

// TestHourOnEarlierStartDay: a start hour with no day, after an earlier sentence dated the
// start, falls on that start's day (after an instant: the hour nearest it), not on the
// publication day; an hour of another event stays no start, and an article that gave no start
// day keeps the publication's reading. Published Tuesday 14 October, 11:00 in Sanaa.
func TestHourOnEarlierStartDay(t *testing.T) {
	runCases(t, []mechanismCase{
		{"english: a second account's midnight after an hour on Sunday is the midnight after it", "en", pubTue,
			"The truce in Hodeidah took effect at 8 p.m. on Sunday, the Houthis said. The Yemeni government gave a different hour, saying its forces would hold fire from midnight.", "ceasefire.start_time",
			[]string{"2025-10-12T17:00:00Z@houthis", "2025-10-12T21:00:00Z@yemeni_government"}},
		{"english: a day first, then its hour", "en", pubTue,
			"The ceasefire in Hodeidah took effect on Sunday, the Houthis said. The truce began at 7:30 a.m., a Houthi spokesman said.", "ceasefire.start_time",
			[]string{"2025-10-12@houthis", "2025-10-12T04:30:00Z@houthis"}},
		{"arabic: a day first, then its hour", "ar", pubTueAr,
			"دخلت الهدنة في الحديدة حيز التنفيذ يوم الأحد، بحسب الحوثيين. وقال الحوثيون إن الهدنة بدأت عند الساعة السادسة مساءً.", "ceasefire.start_time",
			[]string{"2025-10-12@houthis", "2025-10-12T15:00:00Z@houthis"}},
		{"arabic: midnight, not eight, is the midnight before the eight", "ar", pubTueAr,
			"دخلت الهدنة في الحديدة حيز التنفيذ عند الساعة الثامنة صباح الأحد، بحسب الحوثيين. وقالت الحكومة اليمنية إن الهدنة بدأت عند منتصف الليل.", "ceasefire.start_time",
			[]string{"2025-10-12T05:00:00Z@houthis", "2025-10-11T21:00:00Z@yemeni_government"}},
		{"probe: a curfew's hour is not the truce's", "en", pubTue,
			"The ceasefire in Hodeidah took effect on Sunday, the Houthis said. A curfew begins at 9 p.m., the police said.", "ceasefire.start_time",
			[]string{"2025-10-12@houthis"}},
		{"probe: a meeting's hour is not the truce's", "en", pubTue,
			"The ceasefire in Hodeidah took effect on Sunday, the Houthis said. The joint committee will meet at 10 a.m. in Aden.", "ceasefire.start_time",
			[]string{"2025-10-12@houthis"}},
		{"probe arabic: a strike's hour is not the truce's", "ar", pubTueAr,
			"دخلت الهدنة في الحديدة حيز التنفيذ يوم الأحد، بحسب الحوثيين. وقال سكان إن غارة استهدفت الحي عند الساعة السادسة مساءً.", "ceasefire.start_time",
			[]string{"2025-10-12@houthis"}},
		{"probe: no earlier day keeps the publication's reading", "en", pubTue,
			"The Houthis and the Yemeni government agreed to a ceasefire in Hodeidah. The truce took effect at 8 p.m., the Houthis said.", "ceasefire.start_time",
			[]string{"2025-10-13T17:00:00Z@houthis"}},
		{"probe: midnight tonight names its own night", "en", pubTue,
			"The ceasefire in Hodeidah took effect on Sunday, the Houthis said. The government said its forces would hold fire from midnight tonight.", "ceasefire.start_time",
			[]string{"2025-10-12@houthis", "2025-10-14T21:00:00Z@yemeni_government"}},
		{"probe: noon, then midnight, half a day either way, keeps the publication's reading", "en", pubTue,
			"The Houthis said the truce in Hodeidah began at noon on Sunday. The government said the truce began at midnight.", "ceasefire.start_time",
			[]string{"2025-10-12T09:00:00Z@houthis", "2025-10-13T21:00:00Z@yemeni_government"}},
		{"probe: an hour in the same sentence as the day is read as before", "en", pubTue,
			"The truce in Hodeidah took effect at 8 p.m. on Sunday and the government forces held fire from midnight, the Houthis said.", "ceasefire.start_time",
			[]string{"2025-10-12T17:00:00Z@houthis", "2025-10-13T21:00:00Z@houthis"}},
	})
}
