package claims

import "testing"

// TestVenueOfTalksOfAnotherKind: a talks noun qualified right by it by a word of another field
// ("economic talks", "trade talks", "مباحثات اقتصادية") places no talks of the truce, though
// truce talks elsewhere in the sentence are placed; a place before the next talks noun is the
// other talks' own ("مباحثات اقتصادية في الرياض ومفاوضات ...").
func TestVenueOfTalksOfAnotherKind(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: economic talks in Riyadh and truce talks in Doha (Congo)", "en", pubTue, "Economic talks in Riyadh and truce talks in Doha were held this week between Congo and the M23.", "talks.venue",
			[]string{"doha@outlet"}},
		{"probe: truce talks in Doha and economic talks in Riyadh (Congo)", "en", pubTue, "Truce talks in Doha and economic talks in Riyadh were held this week between Congo and the M23.", "talks.venue",
			[]string{"doha@outlet"}},
		{"probe: trade talks in Cairo and peace talks in Jeddah (Sudan)", "en", pubTue, "The Sudanese army and the RSF agreed to a truce on Monday. Trade talks in Cairo and peace talks in Jeddah continue.", "talks.venue",
			[]string{"jeddah@outlet"}},
		{"probe: مباحثات اقتصادية في الرياض ومفاوضات الهدنة (Congo)", "ar", pubTue, "وعقدت مباحثات اقتصادية في الرياض ومفاوضات الهدنة في الدوحة هذا الأسبوع بين الكونغو وحركة إم 23.", "talks.venue", nil},
		// Kept.
		{"talks in Doha (Congo)", "en", pubTue, "Talks in Doha between Congo and the M23 produced the truce.", "talks.venue",
			[]string{"doha@outlet"}},
		{"انطلقت في الدوحة محادثات (Congo)", "ar", pubTue, "انطلقت اليوم في العاصمة القطرية الدوحة محادثات بين الكونغو وحركة إم 23.", "talks.venue",
			[]string{"doha@outlet"}},
		{"عقدت في الدوحة جولة من المفاوضات (Congo)", "ar", pubTue, "وعقدت في الدوحة جولة جديدة من المفاوضات بين الطرفين.", "talks.venue",
			[]string{"doha@outlet"}},
	})
}
