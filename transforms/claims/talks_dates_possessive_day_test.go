package claims

// A day that owns the talks dates them (talks_dates_possessive_day.go); a day owning something
// else does not. Also the spelling "co-convener" of a sponsor's noun.

import "testing"

// TestPossessiveDayOfTalks: "Friday's talks", "Tuesday's round", "Saturday's follow-up round".
func TestPossessiveDayOfTalks(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a possessive day before the talks noun (suwayda, kosovo)", "en", pubTue, yemenLead + "Monday's talks in Muscat ended with both sides agreeing to extend the truce.", "talks.date",
			[]string{"2025-10-13@outlet"}},
		{"a possessive day before a named round (hormuz)", "en", pubTue, yemenLead + "Oman will host and chair Wednesday's round, an Omani official said.", "talks.date",
			[]string{"2025-10-15@oman"}},
		{"another war: a day and a hyphenated modifier (mitiga)", "en", pubTue, syriaLead + "Monday's follow-up round met in Astana, at the foreign ministry.", "talks.date",
			[]string{"2025-10-13@outlet"}},
		{"a day owning the shelling, talks named later", "en", pubTue, yemenLead + "Saturday's shelling of Taiz came a day before talks in Muscat.", "talks.date",
			nil},
		{"a day owning a statement about talks", "en", pubTue, yemenLead + "Monday's statement said talks would resume.", "talks.date",
			nil},
		{"another war: a day owning an exchange of fire", "en", pubTue, syriaLead + "Friday's exchange of fire in Idlib came days before the talks.", "talks.date",
			nil},
		{"a postponed meeting keeps no day", "en", pubTue, yemenLead + "Wednesday's follow-up meeting in Muscat was postponed.", "talks.date",
			nil},
	})
}

// TestCoConvenerSpelling: "co-convener" and "convener" spell the convenor (hormuz).
func TestCoConvenerSpelling(t *testing.T) {
	runCases(t, []mechanismCase{
		{"with a state as co-convener", "en", pubTue, yemenLead + "Oman will host the talks, with Saudi Arabia as co-convener, an Omani official said.", "talks.sponsors",
			[]string{"oman,saudi_arabia@oman"}},
	})
}
