package claims

// "It is holding, for now.": the truce named in the sentence before, as "it" opening a quotation
// or what a colon introduces, is in force (ceasefire.status; haiti ht_019).

import "testing"

// TestQuotedPronounHolding: "it" for the truce, in a quotation, with a state cue.
func TestQuotedPronounHolding(t *testing.T) {
	const lead = "The Houthis and the Yemeni government agreed to a ceasefire in Hodeidah on Tuesday. \"The truce is already dead here,\" said a charcoal seller in Hodeidah. "
	runCases(t, []mechanismCase{
		{"after a colon, in quotes", "en", "", lead + `The UN disagreed: "It is holding, for now."`, "ceasefire.status",
			[]string{"agreed@outlet", "in_force@un"}},
		{"a quotation then its speaker", "en", "", lead + `"It is holding," the UN said.`, "ceasefire.status",
			[]string{"agreed@outlet", "in_force@un"}},
		// Near misses: negated, an object after the verb.
		{"it is not holding", "en", "", lead + `"It is not holding," the UN said.`, "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"holding an object is another verb", "en", "", lead + `The UN said: "It is holding traffic up."`, "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}
