package claims

import "testing"

// pubTueLate is Tuesday 14 October 2025 at 22:00 in Sanaa, two hours after 8 p.m. there.
const pubTueLate = "2025-10-14T19:00:00Z"

// TestHourOnTheStatementDay: a day-less coming hour in a sentence the text dates by its
// statement's day ("said on Tuesday that ... had agreed to a ceasefire from 8 p.m.", "agreed on
// Tuesday ..., with the truce taking effect at 1700 GMT") is that day's hour, even when the
// report went out hours after it (a wire copy reprinted late, a paper dated the next day); an
// hour with no day of the statement in the sentence keeps the next such hour after publication.
func TestHourOnTheStatementDay(t *testing.T) {
	runCases(t, []mechanismCase{
		{"said on Tuesday, from 8 p.m., published at 10 p.m.", "en", pubTueLate, "The Yemeni government said on Tuesday that the Houthis had agreed to a ceasefire in Hodeidah from 8 p.m. (1700 GMT), after talks in Muscat.", "ceasefire.start_time",
			[]string{"2025-10-14T17:00:00Z@yemeni_government"}},
		{"agreed on Tuesday, taking effect at 1700 GMT, a paper of the next day", "en", "2025-10-15", "The Houthis and the Yemeni government agreed on Tuesday to halt a week of fighting in Hodeidah, with the ceasefire taking effect at 1700 GMT.", "ceasefire.start_time",
			[]string{"2025-10-14T17:00:00Z@outlet"}},
		{"arabic statement dated Tuesday, the hour past at publication", "ar", pubTueLate, "أعلنت الحكومة اليمنية الثلاثاء أن وقف إطلاق النار في الحديدة يبدأ عند الساعة الثامنة مساءً.", "ceasefire.start_time",
			[]string{"2025-10-14T17:00:00Z@yemeni_government"}},
		{"probe: no day of the statement, the hour past: the next one", "en", pubTueLate, "The ceasefire in Hodeidah takes effect at 8 p.m., the Yemeni government said.", "ceasefire.start_time",
			[]string{"2025-10-15T17:00:00Z@yemeni_government"}},
		{"probe: the statement dated, the start said to be tomorrow", "en", pubTueLate, "The Yemeni government said on Tuesday that the ceasefire in Hodeidah would take effect at 8 a.m. tomorrow.", "ceasefire.start_time",
			[]string{"2025-10-15T05:00:00Z@yemeni_government"}},
		{"probe: the day names the fighting, not the statement", "en", "2025-10-15", "Fighting raged in Hodeidah on Tuesday, but the ceasefire takes effect at 1700 GMT, officials said.", "ceasefire.start_time",
			[]string{"2025-10-15T17:00:00Z@sources"}},
	})
}
