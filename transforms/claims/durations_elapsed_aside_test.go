package claims

import "testing"

// TestDurationElapsedPastAside: how long the truce has held is no term of it, also when an
// insert set off by commas stands between the in-force verb and the duration word ("has now
// held, with violations, for four days"). A term after an insert ("The truce, officials said,
// is set to last for three days") stays a duration.
func TestDurationElapsedPastAside(t *testing.T) {
	runCases(t, []mechanismCase{
		{"held, despite shelling, for three days", "en", pubTue, yemenLead + "The truce has held, despite sporadic shelling, for three days.", "ceasefire.duration",
			nil},
		{"held, with violations, for four days (DRC)", "en", pubTue, "Congo and the M23 rebels agreed to a ceasefire in North Kivu on Tuesday. The ceasefire has now held, with violations, for four days, the UN said.", "ceasefire.duration",
			nil},
		{"probe: a term after an insert of saying", "en", pubTue, yemenLead + "The truce, officials said, is set to last for three days.", "ceasefire.duration",
			[]string{"3@sources~expected"}},
		{"probe: an insert before a term (Myanmar)", "en", pubTue, "The junta and the Arakan Army agreed to a truce in Rakhine on Tuesday. The truce, brokered by China, will last for seven days.", "ceasefire.duration",
			[]string{"7@outlet"}},
	})
}
