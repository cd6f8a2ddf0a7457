package claims

import "testing"

// TestRivalAccountOfTheLength: a second account of the truce's length given as the bare object of
// a verb of saying, after the sentence has spoken of the length, is its subject's: "...; the
// Peshmerga say two weeks", "though the Houthis speak of sixty days", «بينما يؤكد المجلس العسكري
// أنها ستة أشهر», the unit left out at the clause's end ("the TTP says forty-five"). Not: a span
// that is only the start of the object ("say two weeks of talks are needed"), another count, a
// sentence that has not spoken of the length. Probes from Iraq, Yemen, Pakistan and Mozambique.
func TestRivalAccountOfTheLength(t *testing.T) {
	const pub = "2028-02-20T12:00:00+03:00"
	runCases(t, []mechanismCase{
		{"say + span after a semicolon (Kirkuk)", "en", pub, "The Kirkuk ceasefire is holding. The federal government and UNAMI say it runs for thirty days; the Peshmerga say two weeks.", "ceasefire.duration",
			[]string{"30@iraqi_government", "14@peshmerga"}},
		{"speak of (Yemen)", "en", pub, "The truce in Yemen runs for thirty days, the UN says, though the Houthis speak of sixty days.", "ceasefire.duration",
			[]string{"30@un", "60@houthis"}},
		{"unit left out at the clause's end", "en", pub, "The truce in Yemen runs for thirty days; the Houthis say sixty.", "ceasefire.duration",
			[]string{"30@outlet", "60@houthis"}},
		{"ar: يؤكد X أنها (Mozambique)", "ar", pub, "تقول الحكومة الموزمبيقية إن الهدنة تمتد ثلاثة أشهر، بينما يؤكد المجلس العسكري للخلاص الوطني أنها ستة أشهر.", "ceasefire.duration",
			[]string{"[89,92]@mozambican_government", "[181,184]@jmsn"}},
		// Not a rival account.
		{"the span opens a longer object", "en", pub, "The truce in Yemen runs for thirty days; the Houthis say two weeks of talks are needed.", "ceasefire.duration",
			[]string{"30@outlet"}},
		{"another count", "en", pub, "The truce in Yemen runs for thirty days; the Houthis say 40 fighters were killed.", "ceasefire.duration",
			[]string{"30@outlet"}},
		{"no length spoken of before", "en", pub, "The truce in Yemen has held; the Houthis say two weeks.", "ceasefire.duration",
			nil},
	})
}
