package claims

import "testing"

// TestAgreedSpan: a span followed right away by a term participle is the term the parties set:
// "the ninety days agreed in Juba left enough time" (kadugli kd_027), "committed to "the ninety
// days agreed in Muscat"" (redsea rs_021), «ملتزمة بـ"التسعين يوماً المتفق عليها في مسقط"»
// (redsea rs_022). Probes from Yemen and Libya; near misses: a span agreed for another thing
// (a withdrawal's deadline), a span after a verb of agreeing (talks to come), a span with no
// truce in the article.
func TestAgreedSpan(t *testing.T) {
	const yemenLead = "The Yemeni government and the Houthis agreed a truce in Taiz on Tuesday. "
	const libyaLead = "اتفقت حكومة الوحدة الوطنية والجيش الوطني الليبي على هدنة في سرت يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"the sixty days agreed in Amman (Yemen)", "en", pubTue,
			yemenLead + "Government spokesman Nabil al-Shamiri said the sixty days agreed in Amman left enough time for talks on the roads.", "ceasefire.duration",
			[]string{"60@nabil_al_shamiri"}},
		{"committed to the thirty days stipulated (Yemen)", "en", pubTue,
			yemenLead + "The Houthis said they were committed to \"the thirty days stipulated in Amman\" and nothing more.", "ceasefire.duration",
			[]string{"30@houthis"}},
		{"الثلاثين يوماً المتفق عليها (Libya)", "ar", pubTue,
			libyaLead + "وقال المتحدث باسم الجيش الوطني الليبي إن قواته ملتزمة بـ\"الثلاثين يوماً المتفق عليها في القاهرة\".", "ceasefire.duration",
			[]string{"30@libyan_national_army"}},
		// Near misses.
		{"a span agreed for the withdrawal (Yemen)", "en", pubTue,
			yemenLead + "He said fighters would leave the port in the 30 days agreed for the withdrawal.", "ceasefire.duration", nil},
		{"a span after a verb of agreeing: talks to come (Yemen)", "en", pubTue,
			yemenLead + "The two delegations agreed on Wednesday to meet again in ten days.", "ceasefire.duration", nil},
		{"no truce in the article (Libya)", "en", pubTue,
			"The parliament approved the budget on Tuesday. The speaker said the ninety days agreed in Tobruk for the review were enough.", "ceasefire.duration", nil},
	})
}
