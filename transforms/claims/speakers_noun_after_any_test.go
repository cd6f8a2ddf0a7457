package claims

import "testing"

// TestAttributionVerbAfterAny: a word of a verb of saying right after "any" («أي», also with a
// glued preposition: «بأي») is a noun: «بأي ثمن» (at any price; ثمن also reads as «ثمّن», to
// commend) names no speaker. Probe from Gaza; kept: the verb «وثمّن» opening its clause.
func TestAttributionVerbAfterAny(t *testing.T) {
	runCases(t, []mechanismCase{
		{"at any price (Gaza)", "ar", "", "وقالت حماس إنها لن تقبل هدنة بأي ثمن لا يشمل انسحاب إسرائيل من رفح.", "ceasefire.withdrawal",
			[]string{"hamas=not_required@hamas"}},
		{"kept: the verb commends (Sudan)", "ar", "", "وثمن الجيش السوداني الوساطة السعودية التي أفضت إلى الهدنة.", "ceasefire.mediators",
			[]string{"saudi_arabia@sudanese_armed_forces"}},
	})
}
