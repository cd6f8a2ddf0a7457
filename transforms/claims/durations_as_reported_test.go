package claims

import "testing"

// TestSpanAsReported: a span the sentence sets aside is the account of whoever a clause of report
// right after it names («ستة أشهر كاملة، لا ثلاثة كما يروّج الحوثيون», "not three months as
// Pakistan announced"), its unit left out when it is that of the span set against it. A country
// qualifying the noun before it («كما يروّج الإعلام الباكستاني») is no speaker; a span denied
// with no report clause, or a denial of another topic, gives no such line. Probes from Yemen,
// Sudan and the Afghan-Pakistani border.
func TestSpanAsReported(t *testing.T) {
	const pub = "2026-05-14T18:00:00+03:00"
	runCases(t, []mechanismCase{
		{"unit left out, يروّج (Yemen)", "ar", pub, "وأضاف أن مدة الهدنة في اليمن «ستة أشهر كاملة، لا ثلاثة كما يروّج الحوثيون».", "ceasefire.duration",
			[]string{"[181,184]@outlet", "[89,92]@houthis"}},
		{"own unit, وليست (Sudan)", "ar", pub, "وأضاف أن مدة الهدنة في دارفور ستة أشهر وليست تسعين يوماً كما أعلنت قوات الدعم السريع.", "ceasefire.duration",
			[]string{"[181,184]@outlet", "90@rapid_support_forces"}},
		{"a body's media speak for it", "ar", pub, "وقال الناطق إن الهدنة ستة أشهر، لا ثلاثة أشهر كما يروّج إعلام الجيش الباكستاني.", "ceasefire.duration",
			[]string{"[181,184]@outlet", "[89,92]@pakistan_army"}},
		{"English, as X announced", "en", pub, "The spokesman said the truce runs for six months, not three months as Pakistan announced.", "ceasefire.duration",
			[]string{"[181,184]@outlet", "[89,92]@pakistan"}},
		// No account.
		{"a country's media: no speaker", "ar", pub, "وقال الناطق إن الهدنة ستة أشهر، لا ثلاثة أشهر كما يروّج الإعلام الباكستاني.", "ceasefire.duration",
			[]string{"[181,184]@outlet"}},
		{"denied, no report clause", "ar", pub, "وأضاف أن مدة الهدنة في اليمن ستة أشهر، لا ثلاثة.", "ceasefire.duration",
			[]string{"[181,184]@outlet"}},
		{"another topic: a prison term", "ar", pub, "وقال المحامي إن الحكم بالسجن ستة أشهر، لا ثلاثة أشهر كما أعلنت الحكومة السودانية.", "ceasefire.duration",
			nil},
	})
}
