package claims

import "testing"

// TestCaptiveReleaseToldAsTerm: a detention word names captives whose release is a term only
// when the release is told as one: a truce that merely dates the release ("days after the
// truce began") frames nothing, and a detention noun owning what follows ("Custody of the
// airport") names a charge, no captives.
func TestCaptiveReleaseToldAsTerm(t *testing.T) {
	runCases(t, []mechanismCase{
		{"kidnapped soldiers released days after the truce began (Colombia)", "en", pubTue,
			"The Colombian government and the ELN agreed to a ceasefire on Tuesday. Two soldiers kidnapped by the ELN in Arauca were released on Sunday, days after the truce began.", "ceasefire.exchange", nil},
		{"custody of the airport handed over (Congo)", "en", pubTue,
			"Kinshasa and M23 agreed to a ceasefire in Goma on Tuesday. Custody of Goma airport will be handed over to the United Nations, the statement said.", "ceasefire.exchange", nil},
		// Kept.
		{"detained Ukrainians freed under the deal (Ukraine)", "en", pubTue,
			"Russia and Ukraine agreed to a ceasefire on Tuesday. Ukrainians detained in Russia would be freed under the deal, Kyiv said.", "ceasefire.exchange",
			[]string{"prisoners=included@ukrainian_government"}},
	})
}
