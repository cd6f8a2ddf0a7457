package claims

import "testing"

// TestCalendarWordIsNoSurname: a one-word alias that is a month or feast of the lexicon's
// calendar_names (Ahmed Ramadan's "Ramadan") names the person only after the full name, in
// English as in Arabic: capitals tell a name from a common word, not from a month. "The
// Ramadan peace initiative" had made the Syrian National Coalition (his affiliation) a mediator
// of the Deep South's truce.
func TestCalendarWordIsNoSurname(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the Ramadan initiative, Deep South", "en", pubTue, "The panel proposed a Ramadan peace initiative of 40 days with the BRN.", "ceasefire.mediators",
			nil},
		{"the Ramadan truce, Yemen", "en", pubTue, "The Ramadan truce holds, the Houthis said.", "ceasefire.status",
			[]string{"in_force@houthis"}},
		{"the full name first", "en", pubTue, "Ahmed Ramadan said the truce was holding. Ramadan added that the truce covers Aleppo.", "ceasefire.status",
			[]string{"in_force@ahmed_ramadan"}},
	})
}
