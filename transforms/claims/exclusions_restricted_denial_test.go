package claims

import "testing"

// TestRestrictedCoverageDenied: a denied or negated coverage restricted by "merely", "only"
// right before it denies the restriction: no exclusion. A plain denied or negated coverage
// still leaves its subject out.
func TestRestrictedCoverageDenied(t *testing.T) {
	runCases(t, []mechanismCase{
		{"elfasher ef_004: rejected the idea that the movements are merely covered", "en", "", elfasherJointForce, "ceasefire.exclusions", nil},
		{"probe: not merely covered (Gaza)", "en", "",
			"Israel and Hamas agreed to a ceasefire in Gaza on Sunday. Hamas said Rafah is not merely covered by the truce, it is at its heart.", "ceasefire.exclusions", nil},
		{"probe: denied that it is only covered by a clause (Ukraine)", "en", "",
			"Russia and Ukraine agreed to a ceasefire on Tuesday. Kyiv denied that Zaporizhzhia is only covered by the energy clause of the truce.", "ceasefire.exclusions", nil},
		// Kept.
		{"rejected the idea that Goma is covered (Congo)", "en", "",
			"Kinshasa and the M23 agreed to a ceasefire in North Kivu on Monday. The M23 rejected the idea that Goma is covered by the truce.", "ceasefire.exclusions",
			[]string{"goma=excluded@m23"}},
		{"Rafah is not covered (Gaza)", "en", "",
			"Israel and Hamas agreed to a ceasefire in Gaza on Sunday. Hamas said Rafah is not covered by the truce.", "ceasefire.exclusions",
			[]string{"rafah=excluded@hamas"}},
	})
}
