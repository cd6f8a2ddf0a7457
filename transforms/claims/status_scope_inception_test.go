package claims

import "testing"

// TestPlacedWhereItTookEffect: a truce that "took effect" or "came into force" at a time in a
// place is placed there ("took effect at midnight in Manipur's foothills", Manipur; "came into
// force at 00:00 hours on Friday along the Line of Control", Kashmir); a truce that "held
// through the night" along fronts is not placed by them (where it held within its area), nor
// by a place named after a comma or by a speaker's place.
func TestPlacedWhereItTookEffect(t *testing.T) {
	runCases(t, []mechanismCase{
		{"took effect at midnight in a state's foothills (Manipur)", "en", pubIST,
			"A ceasefire between Kuki-Zo armed groups and Meitei village volunteers took effect at midnight in Manipur's foothills.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"came into force at an hour on a day along the LoC (Kashmir)", "en", pubIST,
			"The ceasefire came into force at 00:00 hours on Friday along the Line of Control, the Indian Army said.", "ceasefire.scope",
			[]string{"partial@indian_army"}},
		{"took effect overnight in a district (Kashmir)", "en", pubIST,
			"The ceasefire took effect overnight in Poonch district.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		// Negative probes.
		{"held through the night along fronts", "en", pubIST,
			"The ceasefire had held through the night along the Line of Control.", "ceasefire.scope",
			nil},
		{"a place after a comma is the speaker's", "en", pubIST,
			"The ceasefire took effect at midnight, officers in Poonch said.", "ceasefire.scope",
			nil},
		{"a start with no place", "en", pubIST,
			"The ceasefire took effect at midnight on Thursday, the Home Ministry said.", "ceasefire.scope",
			nil},
	})
}
