package claims

import "testing"

// TestPartiesOtherDealMinerals: a minerals or mining deal is an agreement of another field (lexicon
// other_deal_qualifiers), as a trade or grain deal is: its signatories are no sides of the truce
// ("Qatar and the US are signatories of the minerals deal", DR Congo), and its talks no venue of
// the truce's talks. The truce's own signatories still read.
func TestPartiesOtherDealMinerals(t *testing.T) {
	const congoLead = "A ceasefire took effect in Goma on Tuesday. "
	runCases(t, []mechanismCase{
		{"probe: signatories of a minerals deal (Congo)", "en", pubTue, congoLead + "Qatar and the US are signatories of the minerals deal.", "ceasefire.parties",
			nil},
		{"the truce's signatories (Congo)", "en", pubTue, congoLead + "The signatories of the ceasefire are the Congolese army and M23.", "ceasefire.signatory_groups",
			[]string{"congolese_army,m23@outlet"}},
		{"probe: mining talks are no venue of the truce talks (Black Sea)", "en", pubTue, blackSeaLead + "Mining talks in Jeddah ran in parallel with the truce talks in Istanbul.", "talks.venue",
			[]string{"istanbul@outlet"}},
	})
}
