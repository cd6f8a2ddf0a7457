package claims

// A denied content noun with a named owner ("rejecting Damascus's claim that the Hermel clans
// are outside the deal") is the owner's claim, said by the owner, not the denier's negated one;
// a content noun with no owner ("rejected reports that") or only an adjective ("Houthi claims")
// stays the denier's.

import "testing"

func TestExclusionOwnedClaimRejected(t *testing.T) {
	const lead = "Both governments agreed to a ceasefire in Hodeidah on Tuesday. "
	runCases(t, []mechanismCase{
		{"a capital's claim rejected", "en", "", lead + "The ceasefire covers every front, the government said on Thursday, rejecting Sanaa's claim that Taiz is outside the deal.", "ceasefire.exclusions",
			[]string{"taiz=excluded@houthis"}},
		// Probes: no owner, an adjective owner.
		{"reports rejected", "en", "", lead + "The government rejected reports that Taiz is outside the deal.", "ceasefire.exclusions",
			[]string{"taiz=not_excluded@yemeni_government"}},
		{"adjective claims rejected", "en", "", lead + "The government rejected Houthi claims that Taiz is outside the deal.", "ceasefire.exclusions",
			[]string{"taiz=not_excluded@yemeni_government"}},
	})
}
