package claims

import "testing"

// TestRetainedActAgainstAny: "the right to act / take action against" is the right to respond only
// when what it answers is open ("against any threat", "against any violation", "against any
// attack"); against a named matter it is another field's right ("against illegal mining
// companies"). Probes from Yemen, Pakistan and Congo.
func TestRetainedActAgainstAny(t *testing.T) {
	const congoLead = "The Congolese army and M23 agreed to a ceasefire in Goma on Tuesday. "
	runCases(t, []mechanismCase{
		{"the right to act against any terrorist threat (Pakistan wording)", "en", pubTue, yemenLead + "The government retains the right to act against any terrorist threat, the minister said.", "ceasefire.retained_rights",
			[]string{"fight_terrorism=retained@outlet"}},
		{"the right to take action against any attack (Yemen)", "en", pubTue, yemenLead + "The coalition retains the right to take action against any attack on shipping.", "ceasefire.retained_rights",
			[]string{"respond_to_violations=retained@outlet"}},
		{"probe: action against mining companies (Congo)", "en", pubTue, congoLead + "Kinshasa retains the right to take action against illegal mining companies.", "ceasefire.retained_rights",
			nil},
	})
}
