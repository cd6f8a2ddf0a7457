package claims

import "testing"

// TestClockHourWord: a bare number word of the twelve hours, with no hour cue before it, is a
// clock time when a clock word or a day part follows it ("since six o'clock this morning", haiti
// ht_007, cabinda cb_016; "since six o'clock on Monday morning", gorongosa gr_027: no time was
// read at all); a day part after a demonstrative names today. Near misses: "six hours after",
// "six of the 12 armed groups", "six days".
func TestClockHourWord(t *testing.T) {
	const (
		pubHaiti    = "2027-04-15T07:05:00-04:00" // Thursday 15 April, 7:05 a.m.
		pubGorongos = "2028-02-19T08:00:00+02:00" // Saturday 19 February
	)
	runCases(t, []mechanismCase{
		{"has been in force since six o'clock this morning (Haiti)", "en", pubHaiti, `Police Director General Frantz-Eddy Lamothe told reporters at police headquarters that the ceasefire "has been in force since six o'clock this morning" and that his officers had recorded no shooting in Solino or Delmas.`, "ceasefire.start_time",
			[]string{"2027-04-15T10:00:00Z@frantz_eddy_lamothe"}},
		{"which has held since six o'clock on Monday morning (Mozambique)", "en", pubGorongos, `The council said the ceasefire in Mozambique, "which has held since six o'clock on Monday morning", remained in force for now.`, "ceasefire.start_time",
			[]string{"2028-02-14T04:00:00Z@outlet"}},
		{"near miss: six hours after the signing (Haiti)", "en", pubHaiti, "The ceasefire in Port-au-Prince took effect six hours after the signing.", "ceasefire.start_time",
			nil},
		{"near miss: six of the 12 groups (Haiti)", "en", pubHaiti, "The ceasefire in Port-au-Prince has held since Tuesday; six of the 12 armed groups have joined it.", "ceasefire.start_time",
			[]string{"2027-04-13@outlet"}},
		{"near miss: six days (Haiti)", "en", pubHaiti, "The ceasefire in Port-au-Prince has held for six days.", "ceasefire.start_time",
			nil},
	})
}
