package claims

import "testing"

// TestFactionsOfASide: "factions of X" after "between" is X, as "forces of X" is (lexicon
// force_heads en +factions, qualifiedSideAfter). Probes: factions a participle ties to a backer,
// fighting between one side's factions.
func TestFactionsOfASide(t *testing.T) {
	runCases(t, []mechanismCase{
		{"turkish-backed factions of the sna", "en", "", "A U.S.-brokered ceasefire between the Kurdish-led Syrian Democratic Forces and Turkish-backed factions of the Syrian National Army is due to take effect at midnight on Wednesday, U.S. officials said.", "ceasefire.parties",
			[]string{"sdf,syrian_national_army@united_states"}},

		// Probes.
		{"probe: factions backed by a state", "en", "", "A ceasefire between the Syrian Democratic Forces and factions backed by Turkey took effect on Wednesday.", "ceasefire.parties",
			nil},
		{"probe: fighting between one side's factions", "en", "", "Fighting between factions of the Syrian National Army resumed on Wednesday near Afrin.", "ceasefire.parties",
			nil},
	})
}
