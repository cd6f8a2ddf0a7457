package claims

import "testing"

// TestRivalVenueObject: a side's rival place for the talks, as the bare object of its verb of
// saying or listing, after the talks are placed (or named) before it in the sentence, is that
// side's venue. Witnesses: bangui bg_036 ("Angola has announced a second round in Luanda on 3
// July; Chad says N'Djamena, on 10 July"), mitiga mt_040 ("... met in Tripoli ..., even though
// Turkish officials had announced Istanbul"), hormuz hz_023 ("the next step: talks. Qatar wants
// them in Doha a week from today; Iran has named Muscat and early September"). Arabic, verb
// first: «بينما تصر طهران على مسقط». Not: an object that goes on into a clause of its own, a
// place with no talks named or placed before the verb, the same place again, a city that is
// only the subject of the next verb.
func TestRivalVenueObject(t *testing.T) {
	const lead = "The ceasefire between the government and the CPC rebels is holding. "
	const leadAr = "صمدت الهدنة بين إيران والولايات المتحدة. "
	runCases(t, []mechanismCase{
		{"says X, on a date (bangui bg_036)", "en", "", lead + "Angola has announced a second round in Luanda on 3 July; Chad says N'Djamena, on 10 July.",
			"talks.venue", []string{"luanda@angola", "ndjamena@chad"}},
		{"had announced X (after mitiga mt_040)", "en", "",
			"The Tripoli truce between Radaa and the 444 Brigade has held. The follow-up round met in Tripoli on Saturday; Turkish officials had announced Istanbul.",
			"talks.venue", []string{"tripoli@outlet", "istanbul@turkey"}},
		{"has named X and a month, talks in the sentence before (hormuz hz_023)", "en", "",
			"The ceasefire between Iran and Israel is holding. Both at least agree on the next step: talks. Qatar wants them in Doha a week from today; Iran has named Muscat and early September.",
			"talks.venue", []string{"muscat@iran"}},
		{"verb first, object preposition (Arabic)", "ar", "", leadAr + "وستعقد الجولة المقبلة في الدوحة بحسب واشنطن، بينما تصر طهران على مسقط.",
			"talks.venue", []string{"doha@united_states", "muscat@iran"}},
		// Near misses.
		{"the object goes on into a clause", "en", "", lead + "Angola has announced a second round in Luanda on 3 July; Chad says N'Djamena is unsafe.",
			"talks.venue", []string{"luanda@angola"}},
		{"no talks before the verb", "en", "", "The ceasefire between Iran and Israel is holding. Iran has named Muscat and early September.",
			"talks.venue", nil},
		{"no time after the place, no place told", "en", "", "The ceasefire between Iran and Israel is holding, and talks are planned; Iran has named Muscat.",
			"talks.venue", nil},
		{"the clause goes on past the time", "en", "",
			"The ceasefire between Iran and Israel is holding. Both at least agree on the next step: talks. Iran says Muscat on Sunday was calm.",
			"talks.venue", nil},
		{"the same place again", "en", "", lead + "Angola has announced a second round in Luanda on 3 July; Chad says Luanda, on 10 July.",
			"talks.venue", []string{"luanda@angola"}},
	})
}
