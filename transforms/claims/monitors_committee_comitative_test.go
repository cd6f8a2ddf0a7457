package claims

import "testing"

// TestCommitteeComitativeMembers: a joint body whose monitors include others attached to it by a
// comitative phrase ("A joint military commission of officers from both sides, with SADC
// observers attached, will monitor compliance", gorongosa gr_003; "monitored by the 5+5 Joint
// Military Commission, backed by a small team of UNSMIL observers", libya lb_001/lb_002) is
// written as the body and those others (the gold convention on monitoring committees). Probes
// from other wars; kept apart: a comitative naming no body, and a committee whose second phrase
// is no membership.
func TestCommitteeComitativeMembers(t *testing.T) {
	const congo = "Kinshasa and the M23 agreed to a ceasefire on Monday. "
	runCases(t, []mechanismCase{
		{"probe: monitored by the joint verification mechanism, backed by a team of AU observers (Congo)", "en", "", congo +
			"Compliance will be monitored by the Expanded Joint Verification Mechanism, backed by a small team of African Union observers.", "ceasefire.monitors",
			[]string{"african_union,joint_verification_mechanism@outlet"}},
		{"probe: a mechanism of officers from both sides, with Angolan observers attached, will monitor (Congo)", "en", "", congo +
			"The Joint Verification Mechanism, made up of officers from both sides, with Angolan observers attached, will monitor compliance.", "ceasefire.monitors",
			[]string{"angola,joint_verification_mechanism@outlet"}},
		{"probe: the committee, with the backing of Qatar, will monitor (Congo)", "en", "", congo +
			"The Joint Verification Mechanism, with the backing of Qatar, will monitor compliance.", "ceasefire.monitors",
			[]string{"joint_verification_mechanism@outlet"}},
		{"probe: the Joint Coordination Centre, made up of officers from both navies, with UN observers attached, will monitor (Black Sea)", "en", "", "Russia and Ukraine agreed to a ceasefire at sea on Monday. " +
			"The Joint Coordination Centre, made up of officers from both navies, with U.N. observers attached, will monitor compliance.", "ceasefire.monitors",
			[]string{"joint_coordination_centre,un@outlet"}},
		// Kept apart.
		{"probe: the committee, with its headquarters in Goma, will monitor (Congo)", "en", "", congo +
			"The Expanded Joint Verification Mechanism, with its headquarters in Goma, will monitor compliance.", "ceasefire.monitors",
			[]string{"joint_verification_mechanism@outlet"}},
	})
}
