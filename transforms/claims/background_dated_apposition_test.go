package claims

import "testing"

// TestBackgroundDatedApposition: a bare date set off by commas right after a truce noun dates
// that truce (background_dated_apposition.go): the whole sentence is about an earlier truce. A
// parenthetical that is not a bare date ("in force since March 2024") dates only itself.
func TestBackgroundDatedApposition(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: the parties' last truce, in a month and year, collapsed (Iraq)", "en", "2033-07-12T18:00:00Z", "The parties' last truce, in October 2031, was brokered by Baghdad alone and collapsed after ten days.", "ceasefire.status", nil},
		{"probe: the city's truce, in a month and year, collapsed (Yemen)", "en", pubTue, "Taiz's truce, in March 2019, was brokered by the UN and collapsed within a week, residents said.", "ceasefire.status", nil},
		{"probe: the tribes' ceasefire, in a year, broke down (Libya)", "en", pubTue, "The tribes' ceasefire, in 2020, was signed in Kufra and broke down within days.", "ceasefire.status", nil},
		// Kept: a parenthetical that is no bare date.
		{"a parenthetical of its own dates only itself (Ukraine)", "en", pubTue, "The truce, in force since March 2024, is holding, officials said.", "ceasefire.status", []string{"in_force@sources"}},
	})
}
