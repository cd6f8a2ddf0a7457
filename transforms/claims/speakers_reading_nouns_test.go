package claims

import "testing"

// TestReadingNounFrame: a noun naming a body's reading of the terms, with its owner right
// before it, attributes what it frames to that owner, as "according to" does: after a reading
// preposition ("in the council's text", "in the Houthi reading", "by Moscow's account") or as
// the subject of a copula and a complementizer ("the government's line is that ...").
// Witnesses: mitiga mt_022 ("Seventy-two hours, renewable, in the council's text"), redsea
// rs_019 ("Not covered, at least in the Houthi reading, are vessels ..."), taiz tz_010 ("the
// government's line is that the United Nations alone guarantees it"). Probes from the Black
// Sea war; negatives: a deal named by its city ("the Luanda text"), the text with no owner, a
// noun that is part of another phrase ("line of control"), a negated copula.
func TestReadingNounFrame(t *testing.T) {
	runCases(t, []mechanismCase{
		{"by a capital's account", "en", "",
			"The truce excludes Sevastopol, by Moscow's account.",
			"ceasefire.exclusions", []string{"sevastopol=excluded@russia"}},
		{"in a capital's reading, after what it frames", "en", "",
			"The truce covers Sevastopol, in Kyiv's reading.",
			"ceasefire.exclusions", []string{"sevastopol=not_excluded@ukrainian_government"}},
		{"in a state's adjective reading", "en", "",
			"The truce covers Sevastopol, in the Ukrainian reading.",
			"ceasefire.exclusions", []string{"sevastopol=not_excluded@ukraine"}},
		{"a capital's line is that", "en", "",
			"Kyiv's line is that the deal covers Sevastopol.",
			"ceasefire.exclusions", []string{"sevastopol=not_excluded@ukrainian_government"}},
		// Negative probes.
		{"a deal named by its city is no owner", "en", "",
			"Nothing in the Luanda text obliges the army to withdraw from Bambari.",
			"ceasefire.withdrawal", []string{"faca=not_required@outlet"}},
		{"the text with no owner", "en", "",
			"In the text, the truce covers Sevastopol.",
			"ceasefire.exclusions", []string{"sevastopol=not_excluded@outlet"}},
		{"line of control is no line of argument", "en", "",
			"Kyiv's line of control is that the deal covers Sevastopol.",
			"ceasefire.exclusions", []string{"sevastopol=not_excluded@outlet"}},
		{"a negated copula frames nothing", "en", "",
			"Kyiv's position is not that the deal covers Sevastopol.",
			"ceasefire.exclusions", []string{"sevastopol=not_excluded@outlet"}},
	})
}
