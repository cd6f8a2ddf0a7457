package claims

import "testing"

// TestHeldSpanCoordinatedSubjects: a span held by coordinated subjects is each one's account.
// Witness: chad cd_032 ("the government and Qatar give 90 days, while the FNRT says 60 days":
// gold gives the ninety days to both). Probes from Darfur and Yemen. Not: a name joined by
// another word than a coordinator or comma ("backed by"), a place.
func TestHeldSpanCoordinatedSubjects(t *testing.T) {
	const pub = "2027-03-12T10:00:00+03:00"
	runCases(t, []mechanismCase{
		{"two subjects give a span (Chad)", "en", pub,
			"The explainer also misstated the duration of the Chad truce: the government and Qatar give 90 days, while the FNRT says 60 days.",
			"ceasefire.duration", []string{"90@qatar", "90@chadian_government", "60@fnrt"}},
		{"three subjects still count a span", "en", pub,
			"The truce in Yemen runs for thirty days, the UN says; the Houthis, Iran and Oman still count sixty.",
			"ceasefire.duration", []string{"30@un", "60@oman", "60@iran", "60@houthis"}},
		// Near misses.
		{"a name joined by another word", "en", pub,
			"The truce in Yemen runs for thirty days, the UN says; the Houthis, backed by Iran, still count sixty.",
			"ceasefire.duration", []string{"30@un"}},
	})
}
