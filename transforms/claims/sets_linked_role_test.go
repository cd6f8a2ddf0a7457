package claims

import "testing"

// TestSetMemberLinkedToRole: a name that is also the article's theatre is a member only when
// linked to the role word; besides a copula, a linking verb ("remains the sole guarantor"), a
// short attribution insert ("Riyadh, he said, remains"), an opening quote and a verb of acting
// before "as" ("will act as the sole guarantor") link it. A negated link, a role the name does
// not hold ("wary of any guarantor role") and a role word owning another noun ("the guarantor's
// main host") do not.
func TestSetMemberLinkedToRole(t *testing.T) {
	// The talks in Jeddah make the kingdom the article's theatre.
	const lebanonLead = "Lebanon and Syria agreed to a ceasefire on the border on Tuesday. The kingdom will convene the committee in Jeddah on April 28. "
	const sudanLead = "The Sudanese army and the RSF agreed to a truce in El Fasher on Monday. The kingdom will convene the next round in Jeddah on April 28. "
	runCases(t, []mechanismCase{
		{"remains the sole guarantor (Lebanon-Syria)", "en", pubTue, lebanonLead + "Riyadh remains the sole guarantor of the deal.", "ceasefire.guarantors",
			[]string{"only:saudi_arabia@outlet"}},
		{"attribution insert before the linking verb (Lebanon-Syria)", "en", pubTue, lebanonLead + "Riyadh, he said, remains the sole guarantor of the deal.", "ceasefire.guarantors",
			[]string{"only:saudi_arabia@outlet"}},
		{"will act as the sole guarantor (Sudan)", "en", pubTue, sudanLead + "Riyadh will act as the sole guarantor of the truce.", "ceasefire.guarantors",
			[]string{"only:saudi_arabia@outlet"}},
		{"quoted linking verb (Sudan)", "en", pubTue, sudanLead + "Riyadh \"remains the only guarantor\" of the truce.", "ceasefire.guarantors",
			[]string{"only:saudi_arabia@outlet"}},
		{"the copula as before (Lebanon-Syria)", "en", pubTue, lebanonLead + "Riyadh is the sole guarantor of the deal.", "ceasefire.guarantors",
			[]string{"only:saudi_arabia@outlet"}},
		// Probes.
		{"probe: negated acting (Lebanon-Syria)", "en", pubTue, lebanonLead + "Riyadh will not act as guarantor of the deal.", "ceasefire.guarantors", nil},
		{"probe: a role word owning another noun (Lebanon-Syria)", "en", pubTue, lebanonLead + "Riyadh remains the guarantor's main host.", "ceasefire.guarantors", nil},
		{"probe: wary of a role (Lebanon-Syria)", "en", pubTue, lebanonLead + "Riyadh remains wary of any guarantor role.", "ceasefire.guarantors", nil},
	})
}

// TestGovernmentOthersSpeakFor: a government its capital and ministries speak for is a member as
// itself ("Kabul hosted the talks", "the Islamic Emirate will act as the sole guarantor" →
// taliban_government), not as the state behind it; a seat no one speaks for stands for its state
// as before (the Kremlin → russia).
func TestGovernmentOthersSpeakFor(t *testing.T) {
	const kabulLead = "KABUL, April 28 - The Pakistani government and the TTP agreed in Kabul on Tuesday to a month-long ceasefire. "
	const fergLead = "Kyrgyzstan and Tajikistan agreed to a ceasefire on their border on Tuesday. "
	runCases(t, []mechanismCase{
		{"Kabul acting (Pakistan-TTP)", "en", pubTue, kabulLead + "Kabul, he said, remains the sole guarantor of the deal.", "ceasefire.guarantors",
			[]string{"only:taliban_government@outlet"}},
		{"the Islamic Emirate acting (Pakistan-TTP)", "en", pubTue, kabulLead + "The Islamic Emirate will act as the sole guarantor of the ceasefire, spokesman Mawlawi Saifullah Rahimi said.", "ceasefire.guarantors",
			[]string{"only:taliban_government@saifullah_rahimi"}},
		{"probe: the Kremlin as guarantor stands for Russia (Fergana)", "en", pubTue, fergLead + "The Kremlin will act as guarantor of the ceasefire.", "ceasefire.guarantors",
			[]string{"russia@outlet"}},
	})
}
