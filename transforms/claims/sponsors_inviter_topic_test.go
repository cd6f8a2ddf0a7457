package claims

import "testing"

// TestInvitationToAnotherNounAboutTalks: an invitation convenes talks only when the talks are
// what the invited are asked to; talks that another noun is about ("a briefing on the talks")
// are not the invitation's object.
func TestInvitationToAnotherNounAboutTalks(t *testing.T) {
	const sudanLead = "Sudan's army and the RSF agreed to a truce on Tuesday. "
	runCases(t, []mechanismCase{
		{"invited reporters to a briefing on the talks (Sudan)", "en", pubTue,
			sudanLead + "The UN envoy invited reporters to a briefing on the talks in Geneva.", "talks.sponsors", nil},
		// Kept.
		{"invited the army and the RSF to talks (Sudan)", "en", pubTue,
			sudanLead + "Saudi Arabia invited the army and the RSF to talks in Jeddah.", "talks.sponsors",
			[]string{"saudi_arabia@outlet"}},
	})
}
