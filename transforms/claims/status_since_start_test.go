package claims

import "testing"

// TestStatusSinceStartOfTruce: "since the start of the truce" («منذ بدء الهدنة») presupposes
// that the truce took effect: in_force by whoever says the sentence, as "since the truce took
// effect" and «منذ سريان الهدنة» are (lexicon "truce_after" cues: the truce noun is the cue's
// object). Not when the cue's object is something else: the war, the talks, a truce past a
// comma, or an earlier year's truce.
func TestStatusSinceStartOfTruce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"attacks since the start of the truce (Sudan, ar)", "ar", pubTueAr, "وقال البيان إن الجيش شن منذ بدء الهدنة ١٢ هجوماً على مواقع قوات الدعم السريع في محيط الدبيبات.", "ceasefire.status",
			[]string{"in_force@outlet"}},
		{"returns since the beginning of the truce (Cameroon, ar)", "ar", pubTueAr, "قال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن نحو ٢٣٠٠ نازح عادوا إلى قراهم منذ بداية الهدنة.", "ceasefire.status",
			[]string{"in_force@ocha"}},
		{"since the start of the truce (Yemen)", "en", pubTue, "The Houthis say the army has launched twelve attacks on their positions since the start of the truce.", "ceasefire.status",
			[]string{"in_force@houthis"}},
		// Probes.
		{"probe: since the start of the war, truces past a comma (Sudan)", "en", pubTue, "Since the start of the war, three truces have collapsed in Sudan, analysts say.", "ceasefire.status",
			[]string{"collapsed@analysts"}},
		{"probe: since the start of the war (Sudan, ar)", "ar", pubTueAr, "ومنذ بدء الحرب انهارت ثلاث هدن في السودان، بحسب محللين.", "ceasefire.status",
			nil},
		{"probe: since the start of the talks (Sudan)", "en", pubTue, "Since the start of the talks in Jeddah, the two armies have kept fighting, analysts say.", "ceasefire.status",
			nil},
		{"probe: an earlier year's truce (Sudan, ar)", "ar", pubTueAr, "وقال محللون إن ألفي نازح عادوا منذ بدء هدنة عام 2019 في جنوب كردفان.", "ceasefire.status",
			nil},
		{"kept: a hyphenated span before the truce (Yemen)", "en", pubTue, "One week into the 90-day truce in Hodeidah, no new casualties have been reported.", "ceasefire.status",
			[]string{"in_force@outlet"}},
	})
}
