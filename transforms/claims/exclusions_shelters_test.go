package claims

import "testing"

// TestExclusionsShelters: "shelters" is a coverage verb as "shields" is (lexicon inclusion):
// "Tehran dates it from midnight, insists it shelters Hezbollah, the Houthis and Iraq's armed
// factions" (hormuz hz_023; two gold disagreements gain their covered side). Only "shelters":
// "shelter" also matched "sheltering" (ainhilweh ah_017, men "sheltering there": a false claim).
// Near miss: the noun ("families staying in UNRWA shelters in Sidon").
func TestExclusionsShelters(t *testing.T) {
	const lead = "Israel and Iran agreed to a ceasefire on Friday. "
	runCases(t, []mechanismCase{
		{"insists it shelters X, Y and Z (hormuz hz_023)", "en", pubTue, lead + "Israel's government says it began at 7 a.m. on Friday, covers no one but the two states and is open-ended; Tehran dates it from midnight, insists it shelters Hezbollah, the Houthis and Iraq's armed factions, and speaks of a fifteen-day first phase.", "ceasefire.exclusions",
			[]string{"hezbollah=not_excluded@iran", "houthis=not_excluded@iran", "iraqi_armed_factions=not_excluded@iran"}},
		{"near miss: shelters the noun (Lebanon)", "en", pubTue, "A ceasefire took effect in Ain al-Hilweh on Monday. About 1,200 displaced families are staying in UNRWA shelters in Sidon.", "ceasefire.exclusions",
			nil},
	})
}
