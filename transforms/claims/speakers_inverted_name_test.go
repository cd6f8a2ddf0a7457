package claims

import "testing"

// TestInvertedNameAfterSaying: after a lower-case word the subject of a verb of saying stands
// before it (speakers_noun_subject.go), unless the name right after the verb closes the
// sentence: then it is the inverted subject, as in a headline without a comma ("Gaza truce is
// holding says Hamas."). A name with a predicate after it is still what is said.
func TestInvertedNameAfterSaying(t *testing.T) {
	runCases(t, []mechanismCase{
		{"headline inversion without a comma (Gaza)", "en", "", "Israel and Hamas agreed to a ceasefire. Gaza truce is holding says Hamas.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@hamas"}},
		{"kept: media say two states are guarantors (Yemen)", "en", "", "Houthi-aligned media say Oman and Saudi Arabia are guarantors of the Taiz truce.", "ceasefire.guarantors",
			[]string{"oman,saudi_arabia@outlet"}},
	})
}
