package claims

import "testing"

// TestVenuePastTheTrucePlace: talks on a truce placed somewhere may open elsewhere ("Tripartite
// talks on a suspension of operations in Manipur opened in New Delhi", Manipur; "Talks on a
// ceasefire in Kashmir resumed in Islamabad"): the first place is the truce's, the one after
// the verb the talks'. A second place of the truce ("in Gaza and in Rafah"), a truce's place
// alone, or talks that did not resume somewhere name no venue.
func TestVenuePastTheTrucePlace(t *testing.T) {
	const pub = "2029-11-12T10:00:00+05:30"
	runCases(t, []mechanismCase{
		{"opened in New Delhi past Manipur", "en", pub,
			"Tripartite talks on a suspension of operations in Manipur opened in New Delhi on Monday.", "talks.venue",
			[]string{"new_delhi@outlet"}},
		{"resumed in Islamabad past Kashmir", "en", pub,
			"Talks on a ceasefire in Kashmir resumed in Islamabad on Monday.", "talks.venue",
			[]string{"islamabad@outlet"}},
		{"the truce named by its place, then the venue", "en", pub,
			"Talks on a Suwayda truce opened in Amman.", "talks.venue",
			[]string{"amman@outlet"}},
		// Negative probes.
		{"the truce's place alone", "en", pub,
			"Talks on a ceasefire in Gaza resumed on Monday.", "talks.venue",
			nil},
		{"a second place of the truce", "en", pub,
			"Talks on a ceasefire in Gaza and in Rafah resumed on Monday.", "talks.venue",
			nil},
		{"talks that did not resume there", "en", pub,
			"Talks on a ceasefire in Gaza did not resume in Cairo on Monday.", "talks.venue",
			nil},
	})
}
