package claims

import "testing"

// TestAccordingEachStart: two starts in one sentence, each followed by whose account it is; the
// second, joined to the first by a coordinator or a disjunction, is its own side's rival start.
// Witnesses: caucasus cs_003 ("which took effect at 18:00 Tuesday, Baku time, according to
// Moscow and Baku, or at midnight, according to Yerevan"), gorongosa gr_039 ("in force since
// 06:00 on Monday according to the Junta and since midnight according to the government"),
// Arabic «في السادسة صباحاً بحسب الحركة، ومنذ منتصف الليل بحسب الحكومة». Not: a second time the
// first's side gives too, a time in a clause of its own, a second account by the same side.
func TestAccordingEachStart(t *testing.T) {
	const leadAr = "صمدت الهدنة بين الحكومة والحركة في دارفور. "
	runCases(t, []mechanismCase{
		{"or at midnight, according to a capital (caucasus cs_003)", "en", "",
			"A reminder of what we know about the truce between Armenia and Azerbaijan, which took effect at 18:00 Tuesday, Baku time, according to Moscow and Baku, or at midnight, according to Yerevan.",
			"ceasefire.start_time", []string{"unresolved:Tue 18:00@russia", "unresolved:00:00@armenia"}},
		{"and since midnight: the morning's own midnight (after gorongosa gr_039)", "en", "",
			"The truce between Armenia and Azerbaijan took effect at 6 a.m. on Monday according to Baku and since midnight according to Yerevan.",
			"ceasefire.start_time", []string{"unresolved:Mon 06:00@azerbaijan", "unresolved:Mon 00:00@armenia"}},
		{"Arabic, the coordinator a prefix", "ar", "", leadAr + "وبدأت الهدنة في السادسة صباحاً بحسب الحركة، ومنذ منتصف الليل بحسب الحكومة.",
			"ceasefire.start_time", []string{"unresolved:06:00@splm_n", "unresolved:00:00@sudanese_government"}},
		// Near misses.
		{"both times the same side's", "en", "", "The truce between Armenia and Azerbaijan took effect at midnight and at 6 a.m., according to Baku.",
			"ceasefire.start_time", []string{"unresolved:00:00@azerbaijan", "unresolved:06:00@azerbaijan"}},
		{"the second time in a clause of its own", "en", "", "The truce between Armenia and Azerbaijan took effect at midnight according to Baku; shelling resumed at 6 a.m., according to Yerevan.",
			"ceasefire.start_time", []string{"unresolved:00:00@azerbaijan"}},
		{"the second attribution names the first's side again", "en", "", "The truce between Armenia and Azerbaijan took effect at 6 a.m. on Monday according to Baku and at midnight according to Azerbaijan.",
			"ceasefire.start_time", []string{"unresolved:Mon 06:00@azerbaijan"}},
	})
}
