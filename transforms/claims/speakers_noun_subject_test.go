package claims

import "testing"

// TestNounSubjectBeforeSaying: a verb of saying with a lower-case word right before it has its
// subject before it (or carried over); the name after it opens what is said
// (speakers_noun_subject.go). Witnesses: taiz tz_010 "Houthi-aligned media say Oman and Saudi
// Arabia are its guarantors" (Oman read as the speaker and dropped from the set), redsea rs_001
// "A ministry statement said Muscat had proposed", abyei ab_031 "She also said Misseriya fighters
// are required to leave", mitiga mt_017 "UNSMIL welcomes the ceasefire ... and commends the
// elders", fergana fg_001/fg_002 "the service said ..., adding that ... hosted by Moscow".
// Probes: an inverted verb after a quote, a participle with its agent.
func TestNounSubjectBeforeSaying(t *testing.T) {
	runCases(t, []mechanismCase{
		{"yemen: media say, two states named after the verb", "en", "",
			"Houthi-aligned media say Oman and Saudi Arabia are guarantors of the Taiz truce.", "ceasefire.guarantors",
			[]string{"oman,saudi_arabia@outlet"}},
		{"syria: a demonym's media say", "en", "",
			"Russian media say Turkey and Iran are guarantors of the Idlib truce.", "ceasefire.guarantors",
			[]string{"iran,turkey@outlet"}},
		{"gaza: an indefinite statement said, a capital after it", "en", "",
			"A ministry statement said Doha had mediated the Gaza truce between Israel and Hamas.", "ceasefire.mediators",
			[]string{"qatar@outlet"}},
		{"gaza: a pronoun and an adverb before the verb, the speaker carried over", "en", "",
			"Qatar's foreign ministry welcomed the truce. It also said Egypt and Qatar would guarantee the Gaza ceasefire.", "ceasefire.guarantors",
			[]string{"egypt,qatar@qatari_foreign_ministry"}},

		// Probes.
		{"probe: the verb inverted after a quote", "en", "",
			"\"Egypt and Qatar guarantee the Gaza truce,\" said Qatar's foreign ministry.", "ceasefire.guarantors",
			[]string{"egypt,qatar@qatari_foreign_ministry"}},
		{"probe: a participle with its agent", "en", "",
			"Under the terms described by Brussels, the Gaza truce is guaranteed by Egypt and Qatar.", "ceasefire.guarantors",
			[]string{"egypt,qatar@european_union"}},
	})
}
