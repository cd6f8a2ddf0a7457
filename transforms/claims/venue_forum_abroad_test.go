package claims

// "as agreed in Geneva": a city abroad of every fighter the article names is the forum where
// the truce was made, even when the article's event or sides were read off that city's state
// (venue.go signingPlace, forumAbroad).

import "testing"

// TestSigningPlaceForumAbroad: Cameroon's war with Switzerland as the only state named (the
// event read off it) keeps Geneva as the forum; the same wording from other wars still places
// the talks abroad, and a city of the war stays the truce's own ground.
func TestSigningPlaceForumAbroad(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a forum whose state the article's event was read off", "en", "2030-09-24T08:00:00Z", `BAMENDA - Archbishop Peter Ndifon Akwo said on Monday that the Church would never be a guarantor of the ceasefire between the army and the separatists, a role he said belonged to Switzerland, "as agreed in Geneva".`, "talks.venue",
			[]string{"geneva@peter_ndifon_akwo"}},
		{"yemen: as agreed in a capital abroad", "en", "2030-09-24T08:00:00Z", `TAIZ - A Houthi official said on Monday that his group would never accept Riyadh as a guarantor of the ceasefire, a role he said belonged to Oman, "as agreed in Muscat".`, "talks.venue",
			[]string{"muscat@houthis"}},
		{"jenin: as agreed in a capital abroad", "en", "2030-09-24T08:00:00Z", `JENIN - A Brigade commander said on Monday that the Jenin Brigade would never accept the PA as a guarantor of the ceasefire, a role he said belonged to Egypt, "as agreed in Cairo".`, "talks.venue",
			[]string{"cairo@jenin_brigade"}},
		{"a city of the war is the truce's ground", "en", "2030-09-24T08:00:00Z", `TAIZ - A Houthi official said on Monday that his group would never accept Riyadh as a guarantor of the ceasefire, a role he said belonged to Oman, "as agreed in Taiz".`, "talks.venue",
			nil},
		{"no fighter named: no forum told apart", "en", "2030-09-24T08:00:00Z", `The truce will hold, a spokesman said, "as agreed in Geneva".`, "talks.venue",
			nil},
	})
}
