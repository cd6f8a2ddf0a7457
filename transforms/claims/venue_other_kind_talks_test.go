package claims

import "testing"

// TestVenueOtherKindTalksBeforeNoun: talks of another kind ("trade talks", "المحادثات
// التجارية") place no talks of the truce, also where the place stands before the talks noun and
// no venue cue is in the sentence; a round of the truce's talks keeps its place.
func TestVenueOtherKindTalksBeforeNoun(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: the Doha round of trade talks (Gaza)", "en", "", "Israel and Hamas agreed to a ceasefire in Gaza on Sunday. The Doha round of trade talks is stalled.", "talks.venue", nil},
		{"probe: جولة الدوحة من المحادثات التجارية (Gaza)", "ar", "", "اتفقت إسرائيل وحماس على وقف إطلاق النار في غزة. وتعثرت جولة الدوحة من المحادثات التجارية.", "talks.venue", nil},
		// Kept.
		{"probe: the Jeddah round of talks (Sudan)", "en", "", "The army and the RSF agreed to a truce in El Fasher on Monday. The Jeddah round of talks resumes on Tuesday.", "talks.venue",
			[]string{"jeddah@outlet"}},
		{"probe: the Doha talks on the truce (Congo)", "en", "", "Kinshasa and the M23 agreed to a ceasefire on Monday. The Doha talks on the truce resume next week.", "talks.venue",
			[]string{"doha@outlet"}},
	})
}
