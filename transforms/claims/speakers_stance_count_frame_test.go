package claims

import "testing"

// TestStanceCountFrame: a verb of stance whose object is a count of the signatories gives its
// subject's count. Witness: bangui bg_036 ("The presidency lists five signatory factions: the
// 3R, the UPC, the MPC, the FPRC and an anti-balaka wing", read as the outlet's); the brief's
// "CODECO counts seven factions". Probes from Darfur and Ituri. Not: a count of the dead, a
// count of something no signatory noun names.
func TestStanceCountFrame(t *testing.T) {
	const bg = "The Bangui ceasefire was signed on Monday. "
	runCases(t, []mechanismCase{
		{"lists N signatory factions (Bangui)", "en", "",
			bg + "The presidency lists five signatory factions: the 3R, the UPC, the MPC, the FPRC and an anti-balaka wing.",
			"ceasefire.signatories", []string{"factions=5@car_presidency"}},
		{"counts N factions (Ituri)", "en", "",
			"The Ituri truce was signed in Bunia on Monday. CODECO counts seven factions among the signatories.",
			"ceasefire.signatories", []string{"factions=7@codeco"}},
		// Near misses.
		{"counts the dead", "en", "",
			"Kyiv counts 40 dead since the truce took effect at midnight on Tuesday.",
			"ceasefire.start_time", []string{"unresolved:Wed 00:00@outlet"}},
		{"saw fighters: no verb of listing", "en", "",
			"Residents saw 40 fighters leave the town after the truce took effect at midnight on Tuesday.",
			"ceasefire.start_time", []string{"unresolved:Wed 00:00@outlet"}},
		{"lists positions", "en", "",
			"The Ituri truce was signed in Bunia on Monday. CODECO lists five positions it will hold after the truce took effect at midnight on Tuesday.",
			"ceasefire.start_time", []string{"unresolved:Wed 00:00@outlet"}},
	})
}
