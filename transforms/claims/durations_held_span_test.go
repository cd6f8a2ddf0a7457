package claims

import "testing"

// TestHeldSpanOfTheLength: a side's figure for the truce's length told as the bare object of its
// verb of saying or counting is its account ("though Hamas speaks of 72 hours", "The SPLM-N
// counts three months", "the Houthis still count sixty", "Coalition officials have spoken of a
// week" after a sentence counting the truce's span), also as an Arabic relative clause on the
// span («ثلاثون يوماً يتمسك بها ...، وستون يوماً يتحدث عنها الحوثيون»). Not: a span that only
// opens its object ("three days of shelling"), a count of something else, a negated verb, a
// sentence that has left the truce, a span of fighting the relative clause is about. Probes from
// Lebanon, Sudan, Yemen, Gaza and Syria.
func TestHeldSpanOfTheLength(t *testing.T) {
	const pub = "2028-02-20T12:00:00+03:00"
	runCases(t, []mechanismCase{
		{"speaks of after a truce clause (Lebanon)", "en", pub, "The truce in Ain al-Hilweh has no fixed end date, the committee says, though Hamas speaks of 72 hours.", "ceasefire.duration",
			[]string{"3@hamas"}},
		{"counts ... and (Sudan)", "en", pub, "The Kadugli truce expires in May, the army says. The SPLM-N counts three months and plans accordingly.", "ceasefire.duration",
			[]string{"[89,92]@splm_n"}},
		{"an adverb between, the unit left out (Yemen)", "en", pub, "The truce in Taiz runs for thirty days; the Houthis still count sixty.", "ceasefire.duration",
			[]string{"30@outlet", "60@houthis"}},
		{"have spoken of a week, after a sentence counting the span (Yemen)", "en", pub, "An initial 72-hour phase of the Taiz truce ends on Saturday. The Houthis have spoken of a week.", "ceasefire.duration",
			[]string{"7@houthis"}},
		{"relative pronoun after the side (Yemen)", "en", pub, "On paper the Taiz truce expires in April if one believes the Houthis, who speak of sixty days.", "ceasefire.duration",
			[]string{"60@houthis"}},
		{"ar: span, verb, resumptive object, subject (Yemen)", "ar", pub, "ولا يزال الخلاف قائماً حول مدة الهدنة في تعز: ثلاثون يوماً تتمسك بها الحكومة اليمنية، وستون يوماً يتحدث عنها الحوثيون.", "ceasefire.duration",
			[]string{"30@yemeni_government", "60@houthis"}},
		// Not a side's figure for the truce's length.
		{"after a truce said to hold, the time held (Yemen)", "en", pub, "The truce in Yemen has held; the Houthis speak of two weeks.", "ceasefire.duration",
			nil},
		{"the span opens a longer object (Gaza)", "en", pub, "The truce in Gaza has held since Monday, but residents of Khan Younis still speak of three days of shelling.", "ceasefire.duration",
			nil},
		{"a count of something else (Gaza)", "en", pub, "The truce in Gaza has held since Monday; the army counts 40 violations.", "ceasefire.duration",
			nil},
		{"negated verb (Yemen)", "en", pub, "The truce in Taiz runs for thirty days, the UN says. The Houthis do not speak of sixty days.", "ceasefire.duration",
			[]string{"30@un"}},
		{"the sentence has left the truce (Gaza)", "en", pub, "The truce took effect on Monday. Hostages have been held for 700 days; Hamas speaks of 200.", "ceasefire.duration",
			nil},
		{"a sentence before with no span (Gaza)", "en", pub, "The Gaza truce took effect on Monday. Aid workers have spoken of a week.", "ceasefire.duration",
			nil},
		{"ar: the fighting's span the residents speak of (Syria)", "ar", pub, "وقال مسؤول إن الهدنة صامدة. استمرت المعارك ثلاثة أيام يتحدث عنها السكان بمرارة، قبل أن تُعلن الهدنة.", "ceasefire.duration",
			nil},
	})
}
