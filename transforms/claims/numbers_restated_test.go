package claims

import "testing"

// TestDigitsRestated: official texts restate a number written in words in digits between round
// brackets before its unit: "for an initial period of ninety (90) days" (bamenda bm_007, chad
// cd_012), «ولمدة ثلاثين (٣٠) يوماً» (kadugli kd_009). The bracket is transparent: the unit
// follows the number. Probes from Yemen and Libya; near misses: digits of another value in the
// brackets, a restated count that is no span.
func TestDigitsRestated(t *testing.T) {
	runCases(t, []mechanismCase{
		{"an initial period of ninety (90) days (Chad)", "en", pubTue,
			"The ceasefire shall remain in force for an initial period of ninety (90) days, renewable.", "ceasefire.duration",
			[]string{"90@outlet"}},
		{"sixty (60) days (Yemen)", "en", pubTue,
			"The truce in Taiz shall last sixty (60) days from the date of signature, the text says.", "ceasefire.duration",
			[]string{"60@outlet"}},
		{"ثلاثين (٣٠) يوماً (Sudan)", "ar", pubTue,
			"تعلن القيادة العامة للقوات المسلحة التزامها بوقف العدائيات في ولاية جنوب كردفان، ولمدة ثلاثين (٣٠) يوماً، وفقاً للاتفاق الموقّع في جوبا.", "ceasefire.duration",
			[]string{"30@sudanese_armed_forces"}},
		{"سبعة (7) أيام (Libya)", "ar", pubTue,
			"ينص الاتفاق على هدنة لمدة سبعة (7) أيام قابلة للتجديد.", "ceasefire.duration",
			[]string{"7@outlet"}},
		// Near misses.
		{"digits of another value in the brackets (Chad)", "en", pubTue,
			"The ceasefire shall remain in force for a period of thirty (60) days.", "ceasefire.duration", nil},
		{"a restated count of parties, no span (Yemen)", "en", pubTue,
			"The truce in Taiz, signed by three (3) parties, took effect on Monday.", "ceasefire.duration", nil},
	})
}
