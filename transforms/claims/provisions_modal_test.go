package claims

import "testing"

// TestProvisionModal: a numbered or ordinal item of a treaty's text, in the voice of "shall",
// states the text's terms though it names no truce (chad cd_012 "5. The parties shall allow
// humanitarian access."; zamfara zf_024 "Fourth, humanitarian agencies shall have free passage on
// all roads."; both gold, not read; "free passage" is an aid access cue now). Not read: the same
// item in an article about no ceasefire.
func TestProvisionModal(t *testing.T) {
	const chadLead = "Chad and the FNRT signed a ceasefire agreement in Doha on Friday. The text reads: "
	runCases(t, []mechanismCase{
		{"5. The parties shall allow humanitarian access.", "en", pubTue,
			chadLead + "4. FNRT forces shall withdraw to positions beyond the Libyan border within fifteen days. 5. The parties shall allow humanitarian access.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"Fourth, humanitarian agencies shall have free passage", "en", pubTue,
			chadLead + "Third, the accord does not provide for the withdrawal of troops. Fourth, humanitarian agencies shall have free passage on all roads.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		// Not read.
		{"no ceasefire in the article", "en", pubTue,
			"The two companies signed a supply contract on Friday. 4. The supplier shall deliver within fifteen days. 5. The parties shall allow humanitarian access.", "ceasefire.humanitarian",
			nil},
	})
}
