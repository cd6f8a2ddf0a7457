package claims

import "testing"

// TestRivalSetObject: a side's rival list for a set told before in the sentence, as the bare
// object of its verb with an "only" word, is that side's exhaustive set. Witness: chad cd_021
// ("Guarantors: Qatar and the African Union, according to Doha; the FNRT names Qatar alone");
// ituri it_019 has the same clause ("CODECO names the AU only") after a list this extractor does
// not read yet (the answer to "Who guarantees it?"). Probes from Yemen and Kirkuk. Not: a bare
// list with no "only" word, a clause that goes on, no set told before.
func TestRivalSetObject(t *testing.T) {
	const ye = "The truce in Yemen is guaranteed by Oman and Saudi Arabia, the UN says; "
	runCases(t, []mechanismCase{
		{"names only X (Yemen)", "en", "", ye + "the Houthis name only Oman.",
			"ceasefire.guarantors", []string{"oman,saudi_arabia@un", "only:oman@houthis"}},
		{"names X alone (Yemen)", "en", "", ye + "the Houthis still name Oman alone.",
			"ceasefire.guarantors", []string{"oman,saudi_arabia@un", "only:oman@houthis"}},
		{"says X alone (Kirkuk)", "en", "",
			"The Kirkuk truce was mediated by the UN and the United States, Baghdad says; Erbil says the UN alone.",
			"ceasefire.mediators", []string{"un,united_states@iraqi_government", "only:un@kurdistan_regional_government"}},
		// Near misses.
		{"no only word", "en", "", ye + "the Houthis name Oman.",
			"ceasefire.guarantors", []string{"oman,saudi_arabia@un"}},
		{"the clause goes on", "en", "", ye + "the Houthis name only Oman in their statement.",
			"ceasefire.guarantors", []string{"oman,saudi_arabia@un"}},
		{"a verb of seeing is no account", "en", "", ye + "residents saw only Oman.",
			"ceasefire.guarantors", []string{"oman,saudi_arabia@un"}},
		{"no set told before", "en", "", "The truce in Yemen took effect on Monday; the Houthis name only Oman.",
			"ceasefire.guarantors", nil},
	})
}
