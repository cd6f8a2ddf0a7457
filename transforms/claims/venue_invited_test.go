package claims

import "testing"

// TestInvitedToTheTalksVenue: an invitation of the parties to a city is the journey asked of
// them (venue_travel.go): the city is the talks' venue where the purpose is told ("for the
// second round of talks") or the sentence speaks of the talks or a meeting. Not: an invitation
// with no talks or meeting in the sentence (a state visit), a negated invitation, a
// conditional one. Probes from the Central African Republic, Lebanon–Syria, Sudan and Yemen.
func TestInvitedToTheTalksVenue(t *testing.T) {
	const pub = "2034-06-18T10:00:00+01:00"
	runCases(t, []mechanismCase{
		{"invited ... to a city for the talks (CAR)", "en", pub,
			"The Chadian President has invited the Central African parties to N'Djamena on 10 July for the second round of talks, a minister said.", "talks.venue",
			[]string{"ndjamena@outlet"}},
		{"invited ... to a city, a meeting in the sentence (Lebanon-Syria)", "en", pub,
			"Beirut has offered to host the meeting; Riyadh says it has invited both delegations to Jeddah on April 28.", "talks.venue",
			[]string{"jeddah@saudi_arabia"}},
		// Not the talks' venue.
		{"a state visit, no talks (Sudan)", "en", pub,
			"The Egyptian president has invited the Sudanese army chief to Cairo next week.", "talks.venue",
			nil},
		{"a negated invitation (Yemen)", "en", pub,
			"The UN envoy has not invited the Houthis to Amman for the talks.", "talks.venue",
			nil},
	})
}
