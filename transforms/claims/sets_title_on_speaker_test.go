package claims

import "testing"

// TestRoleTitlingTheSpeaker: a mediator or facilitator word that titles the speaker, with the
// speaker's name after it or a possessor state before it ("Malaysia's peace facilitator Tan Sri
// Zulkifli Hamzah said", "Malaysian mediator Zulkifli Hamzah said"), is the outlet's naming of a
// mediator (gold README, the role word describing the speaker, stop 27), also when the sentence
// says something else than the truce (a facilitator word then needs the article to be about a
// ceasefire). Witnesses: pattani pt_001, pt_029, pt_036 (blind-time misses), mindanao mn_020.
// Near misses: the role word in what is said, the possessor's phrase as an object, a workshop's
// facilitator in an article with no truce.
func TestRoleTitlingTheSpeaker(t *testing.T) {
	const lead = "The Thai government and the BRN agreed to a truce on Thursday. "
	runCases(t, []mechanismCase{
		{"Malaysia's peace facilitator NAME said, talks (pattani pt_029)", "en", pubTue,
			lead + "Malaysia's peace facilitator Tan Sri Zulkifli Hamzah said the talks would resume on Tuesday.", "ceasefire.mediators", []string{"malaysia@outlet"}},
		{"Malaysia's peace facilitator NAME said, truce", "en", pubTue,
			lead + "Malaysia's peace facilitator Tan Sri Zulkifli Hamzah said the truce would hold.", "ceasefire.mediators", []string{"malaysia@outlet"}},
		{"Malaysia's peace facilitator says (pattani pt_036)", "en", pubTue,
			lead + "Malaysia's peace facilitator says PULO factions are covered too.", "ceasefire.mediators", []string{"malaysia@outlet"}},
		{"Malaysian mediator NAME said", "en", pubTue,
			lead + "Malaysian mediator Zulkifli Hamzah said the talks would resume.", "ceasefire.mediators", []string{"malaysia@outlet"}},
		{"Malaysia's chief mediator NAME said", "en", pubTue,
			lead + "Malaysia's chief mediator Zulkifli Hamzah said the truce would hold.", "ceasefire.mediators", []string{"malaysia@outlet"}},
		// Near misses.
		{"probe: the facilitator in what is said", "en", pubTue,
			lead + "Zulkifli Hamzah said Malaysia's peace facilitator would visit Yala.", "ceasefire.mediators", nil},
		{"probe: the facilitator's phrase says nothing, the speaker comes after", "en", pubTue,
			lead + "Malaysia's peace facilitator will visit Yala, Zulkifli Hamzah said.", "ceasefire.mediators", nil},
		{"probe: a workshop facilitator, no truce in the article", "en", pubTue,
			"The course on mediation skills opened in Kuala Lumpur on Monday. Malaysia's workshop facilitator Zulkifli Hamzah said the course would resume on Tuesday.", "ceasefire.mediators", nil},
	})
}
