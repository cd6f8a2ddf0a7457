package claims

import "testing"

// TestTruceAsTheTalksTopic: a truce or agreement noun that is the topic of a talks noun ("talks
// on a truce", "the next round, on ... a permanent ceasefire", «المحادثات بشأن الهدنة») does not
// take the talks' day for itself: the day is the talks' date. A start cue keeps the day the
// truce's; talks about another matter are no topic of the truce. Probes from Syria, India,
// Sudan and Yemen.
func TestTruceAsTheTalksTopic(t *testing.T) {
	const thu = "2027-09-16T16:45:00Z"
	runCases(t, []mechanismCase{
		{"talks on a truce opened on Thursday (Syria)", "en", thu, "Talks on a Suwayda truce opened in Amman on Thursday.", "talks.date",
			[]string{"2027-09-16@outlet"}},
		{"talks on a suspension of operations (India)", "en", thu, "Tripartite talks on a suspension of operations in Manipur opened in New Delhi on Thursday.", "talks.date",
			[]string{"2027-09-16@outlet"}},
		{"a round, on a permanent ceasefire, with a date (Sudan)", "en", thu, "The truce in South Kordofan is holding. The next round, on prisoners and a permanent ceasefire, would open in Juba on October 12.", "talks.date",
			[]string{"2027-10-12@outlet"}},
		{"ar: المحادثات بشأن الهدنة (Yemen)", "ar", thu, "وانطلقت المحادثات بشأن الهدنة في تعز في عمّان يوم الخميس.", "talks.date",
			[]string{"2027-09-16@outlet"}},
		// Kept: the truce's own day.
		{"a start cue keeps the truce's day", "en", thu, "Talks on the truce failed; it took effect on Thursday.", "ceasefire.start_time",
			[]string{"2027-09-16@outlet"}},
		{"no talks date there", "en", thu, "Talks on the truce failed; it took effect on Thursday.", "talks.date",
			nil},
	})
}
