package claims

import "testing"

// TestHeldSpanPhrases: phrases of holding to a figure (lexicon counting_verbs: "holds to",
// "insists on", "sticks to", "puts it at") take a side's span as their bare object, as "counts"
// does ("the Houthis still count sixty"), after the sentence has told the length; and a side's
// tally named by a reading noun it owns ("by the army's count", "on the UN's tally") frames
// what follows as "according to" does. Shapes of the stance constructions of the blind-time
// errors (stop 30's "semi" lead: "CODECO insists on ninety", ituri it_019, a sentence of its
// own there); the probes are from Darfur. Not: a day after "insisted on" (when it was said), a
// span opening a longer object, a tally of the dead.
func TestHeldSpanPhrases(t *testing.T) {
	const pub = "2027-03-12T10:00:00+03:00"
	const au = "The El Fasher truce lasts three days, the African Union says; "
	runCases(t, []mechanismCase{
		{"holds to", "en", pub, au + "the RSF holds to ten days.",
			"ceasefire.duration", []string{"3@african_union", "10@rapid_support_forces"}},
		{"insists on (a demand's modality, as before)", "en", pub, au + "the RSF insists on ten days.",
			"ceasefire.duration", []string{"3@african_union", "10@rapid_support_forces~demanded"}},
		{"still sticks to", "en", pub, au + "the RSF still sticks to ten days.",
			"ceasefire.duration", []string{"3@african_union", "10@rapid_support_forces"}},
		{"puts it at", "en", pub, au + "the RSF puts it at ten days.",
			"ceasefire.duration", []string{"3@african_union", "10@rapid_support_forces"}},
		{"by the owner's count", "en", pub, "By the army's count, the El Fasher truce lasts ten days.",
			"ceasefire.duration", []string{"10@sudanese_armed_forces"}},
		// Near misses.
		{"the span opens a longer object", "en", pub, au + "the RSF insists on ten days of talks first.",
			"ceasefire.duration", []string{"3@african_union"}},
		{"a day after insisted on dates the insisting", "en", pub,
			"The El Fasher truce began at midnight, the RSF insisted on Tuesday, dismissing reports of shelling.",
			"ceasefire.start_time", []string{"2027-03-11T22:00:00Z@rapid_support_forces"}},
	})
}
