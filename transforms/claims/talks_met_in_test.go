package claims

import "testing"

// TestMetInPlace: "met in", "met at" are verbs of convening (lexicon talks_verbs, beside "meets
// in", "convened in"): in a sentence naming the truce they are its talks, the place after them
// their venue and the day their date ("delegations ... met in Doha from Wednesday", afpak
// ap_001; "Palestinian factions met at the Palestinian embassy in Beirut on Monday", ainhilweh
// ah_023). With no truce named they are any meeting, and a state organ's sitting (lexicon
// sitting_bodies, now with the Security Council) is no talks of the sides even beside the
// truce (talks_organ_sitting.go, organSubject).
func TestMetInPlace(t *testing.T) {
	runCases(t, []mechanismCase{
		{"met in Doha from Wednesday (afpak ap_001)", "en", "2026-05-14T10:00:00Z",
			"The truce, mediated by Qatar and Turkey, was reached after delegations led by the two countries' defence ministers met in Doha from Wednesday, the ministry said in a statement.", "talks.venue",
			[]string{"doha@outlet"}}, // "the ministry": no ministry named before it
		{"met at the embassy in Beirut (ainhilweh ah_023)", "en", "2027-08-17T10:00:00Z",
			"Palestinian factions met at the Palestinian embassy in Beirut on Monday to consolidate the Ain al-Hilweh ceasefire.", "talks.venue",
			[]string{"beirut@outlet"}},
		{"the date: met at ... on Monday", "en", "2027-08-17T10:00:00Z",
			"Palestinian factions met at the Palestinian embassy in Beirut on Monday to consolidate the Ain al-Hilweh ceasefire.", "talks.date",
			[]string{"2027-08-16@outlet"}},
		// Near misses.
		{"probe: no truce named", "en", "2027-08-17T10:00:00Z",
			"The foreign minister met in Doha with his Qatari counterpart to discuss trade.", "talks.venue", nil},
		{"probe: the cabinet met", "en", "2027-08-17T10:00:00Z",
			"The cabinet met in Baghdad on Sunday and approved the ceasefire agreement.", "talks.venue", nil},
		{"probe: parliament convened", "en", "2027-08-17T10:00:00Z",
			"Parliament convened in Aden on Sunday to approve the ceasefire agreement.", "talks.venue", nil},
		{"probe: the Security Council met", "en", "2027-08-17T10:00:00Z",
			"The UN Security Council met in New York on Monday to discuss the ceasefire in Gaza.", "talks.venue", nil},
	})
}
