package claims

import "testing"

// TestNegatedPartOfOneSidesPlan: "was never part of X's plan" places a provision outside one
// named body's own plan or proposal, not outside the deal: an agreement noun after a genitive
// "'s" names that body's terms. The deal, the parties' agreement and the truce's terms keep the
// negation.
func TestNegatedPartOfOneSidesPlan(t *testing.T) {
	const gaza = "Israel and Hamas agreed to a ceasefire in Gaza on Sunday. "
	const sudan = "The Sudanese army and the RSF agreed to a truce in El Fasher on Monday. "
	const ukraine = "Russia and Ukraine agreed to a truce on Monday. "
	runCases(t, []mechanismCase{
		{"probe: never part of Israel's plan (Gaza)", "en", pubTue, gaza + "The release of prisoners was never part of Israel's plan, the official said.", "ceasefire.exchange", nil},
		{"probe: not part of the RSF's plan (Sudan)", "en", pubTue, sudan + "Aid access was not part of the RSF's plan, the envoy said.", "ceasefire.humanitarian", nil},
		{"probe: never part of Moscow's proposal (Ukraine)", "en", pubTue, ukraine + "A prisoner exchange was never part of Moscow's proposal, Kyiv said.", "ceasefire.exchange", nil},
		// Kept.
		{"never part of the deal (Gaza)", "en", pubTue, gaza + "The release of prisoners was never part of the deal, the official said.", "ceasefire.exchange",
			[]string{"prisoners=not_included@outlet"}},
		{"never part of their agreement (Gaza)", "en", pubTue, gaza + "The release of prisoners was never part of their agreement, the official said.", "ceasefire.exchange",
			[]string{"prisoners=not_included@outlet"}},
		{"not part of the agreement (Sudan)", "en", pubTue, sudan + "Aid access was not part of the agreement, the envoy said.", "ceasefire.humanitarian",
			[]string{"aid_access=not_included@outlet"}},
		{"never part of the truce's terms (Ukraine)", "en", pubTue, ukraine + "A prisoner exchange was never part of the truce's terms, Kyiv said.", "ceasefire.exchange",
			[]string{"prisoners=not_included@ukrainian_government"}},
	})
}
