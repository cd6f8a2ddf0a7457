package claims

import "testing"

// TestSpeakersPeoplePlaced: a bare plural subject placed by a place phrase ("Mediators in
// Doha say", "Delegates in Luanda said") is an unnamed source: the place is no subject, and the
// name after the verb ("say Hamas accepted") is the content's, not the speaker. A named body
// placed so ("Hamas officials in Doha say") keeps its speaker.
func TestSpeakersPeoplePlaced(t *testing.T) {
	runCases(t, []mechanismCase{
		{"mediators in Doha say (Gaza)", "en", pubTue, gazaLead20 + "Mediators in Doha say Hamas accepted the truce.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@sources"}},
		{"mediators say, unplaced (Gaza)", "en", pubTue, gazaLead20 + "Mediators say Hamas accepted the truce.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@sources"}},
		{"delegates in Luanda said (Congo)", "en", pubTue, congoLead20 + "Delegates in Luanda said the ceasefire would take effect on Friday.", "ceasefire.start_time",
			[]string{"2025-10-17@sources"}},
		{"probe: a named body placed (Gaza)", "en", pubTue, gazaLead20 + "Hamas officials in Doha say the group accepted the truce.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@hamas"}},
	})
}
