package claims

import "testing"

// TestPartiesSignedWith: "X signed a truce with Y", X and Y opposing sides with no broker among
// them, names the truce's sides besides its signatory groups (parties.signed_with).
func TestPartiesSignedWith(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a government signed a truce with a rebel group", "en", "", "The Yemeni government on Thursday signed a ceasefire agreement with the Houthis in Muscat.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"arabic the army signed a truce with a force", "ar", "", "وقّع الجيش السوداني اتفاق هدنة مع قوات الدعم السريع في جدة.", "ceasefire.parties",
			[]string{"rapid_support_forces,sudanese_armed_forces@outlet"}},

		// Probes: a broker among the signers, a denied signing, a deal of another kind.
		{"a memorandum signed with brokers", "en", "", "Ukraine signed a memorandum on the Black Sea truce with Turkey and the United States.", "ceasefire.parties",
			nil},
		{"a denied signing", "en", "", "The Houthis denied that they had signed any ceasefire agreement with the Yemeni government.", "ceasefire.parties",
			nil},
		{"a trade deal signed with a neighbour", "en", "", "The Sudanese army signed a trade agreement with the Rapid Support Forces.", "ceasefire.parties",
			nil},
	})
}
