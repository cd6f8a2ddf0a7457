package claims

// "It was brokered by ...", "It is signed by ...": the pronoun subject of a passive agreeing cue
// is the agreement named in the sentence before (ceasefire.status; mindanao mn_004/mn_005,
// kosovo kv_018, zamfara zf_034).

import "testing"

// TestPassivePronounSubject: the agreement as "it" of a passive verb of agreeing.
func TestPassivePronounSubject(t *testing.T) {
	const lead = "The Houthis and the Yemeni government agreed to a ceasefire in Hodeidah on Tuesday. The truce covers the port. "
	runCases(t, []mechanismCase{
		{"it was agreed between", "en", "", lead + "It was agreed between the army and the Houthis; neither government signed it.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@outlet"}},
		{"it is signed by", "en", "", lead + "It is signed by the governor and by three leaders.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@outlet"}},
		{"it was brokered by", "en", "", lead + "It was brokered by Oman.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@outlet"}},
		// Near misses: a question, a sentence before that names no agreement.
		{"was it signed", "en", "", lead + "Was it signed by the governor?", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"it after a sentence with no agreement", "en", "", "The Houthis and the Yemeni government agreed to a ceasefire in Hodeidah on Tuesday. Fighting raged in Taiz. It was brokered by Oman.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}
