package claims

import "testing"

// TestExclusionsSignersListed: an "including" list after a signing word names who signed the
// truce, not what it covers ("carries the signatures of eleven factions, among them Fatah and
// Hamas"). Witnesses: ainhilweh ah_019, suwayda sw_025, haiti ht_031. Probes from Lebanon, Yemen
// and Congo; kept: a coverage verb between the signing word and the list, a list with no signing
// word.
func TestExclusionsSignersListed(t *testing.T) {
	const camp = "Factions in the Ain al-Hilweh camp agreed to a ceasefire on Tuesday. "
	const congo = "Kinshasa and M23 agreed to a ceasefire in eastern Congo on Monday. "
	runCases(t, []mechanismCase{
		{"signatures of factions, among them (Lebanon)", "en", pubTue, camp + "The text of the truce carries the signatures of representatives of eleven factions, among them Fatah and Hamas.", "ceasefire.exclusions",
			nil},
		{"signed by the leaders of groups, among them (Yemen)", "en", pubTue, yemenLead + "The document was signed by the leaders of four factions, among them the Giants Brigades.", "ceasefire.exclusions",
			nil},
		{"bears the signatures of armed groups, including (Congo)", "en", "", congo + "The accord bears the signatures of five armed groups, including the Wazalendo militias.", "ceasefire.exclusions",
			nil},
		{"kept: a coverage verb after the signing word (Lebanon)", "en", pubTue, camp + "The truce, signed on Tuesday, covers all factions in the camp, among them Fatah and Hamas.", "ceasefire.exclusions",
			[]string{"fatah=not_excluded@outlet", "hamas=not_excluded@outlet"}},
		{"kept: a coverage list with no signing word (Congo)", "en", "", congo + "The truce covers all armed groups, including the Wazalendo militias.", "ceasefire.exclusions",
			[]string{"wazalendo=not_excluded@outlet"}},
	})
}
