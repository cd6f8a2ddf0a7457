package claims

import "testing"

// TestVenueFollowUpRound: "follow-up round" is a talks noun (lexicon talks_nouns), so its place
// is read like "next round"'s (rasajdir rj_034; mitiga mt_040 and lasanod ls_011 name one too);
// an offer to host one that the sentence turns down with a refusal word instead of a clause
// break (lexicon offer_refusals: "was politely declined", lasanod ls_011; "the offer had been
// declined", ituri it_016) names no venue and no sponsor.
func TestVenueFollowUpRound(t *testing.T) {
	runCases(t, []mechanismCase{
		{"rasajdir rj_034: will hold a follow-up round in Tunis", "en", "2036-07-12T10:00:00Z",
			"TUNIS, July 12 (CNA) - The Libyan interior ministry and the Zuwara Military Council will hold a follow-up round in Tunis on Tuesday to consolidate the Ras Ajdir truce, Foreign Minister Moncef Ben Romdhane said on Saturday.",
			"talks.venue", []string{"tunis@moncef_ben_romdhane"}},
		{"lasanod ls_011: an offer to host, politely declined", "en", "",
			"Somaliland and SSC-Khatumo agreed a ceasefire around Las Anod after talks. A Kenyan offer to host a follow-up round in Nairobi was politely declined by both parties.",
			"talks.venue", nil},
		{"lasanod ls_011: the declined offer sponsors nothing", "en", "",
			"Somaliland and SSC-Khatumo agreed a ceasefire around Las Anod after talks. A Kenyan offer to host a follow-up round in Nairobi was politely declined by both parties.",
			"talks.sponsors", nil},
		{"probe: an offer to host, accepted", "en", "",
			"Somaliland and SSC-Khatumo agreed a ceasefire around Las Anod after talks. Kenya offered to host a follow-up round in Nairobi next month.",
			"talks.venue", []string{"nairobi@kenya~proposed"}},
	})
}
