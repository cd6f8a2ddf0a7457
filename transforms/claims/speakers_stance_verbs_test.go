package claims

import "testing"

// TestStanceVerbFrame: a verb of stance with an object and "as" ("reads the text as", "counts
// X as guarantors") gives its subject's reading of the terms, as a verb of saying does.
// Witnesses: elfasher ef_012 ("The army reads the text as covering the city, the Zamzam and Abu
// Shouk camps ..."), waziristan wz_018 ("Islamabad reads the truce as confined to the merged
// districts"), mindanao mn_031 ("Cotabato City also counts Malaysia and the OIC as guarantors").
// The probes are from other wars (the Black Sea, Somalia, Turkey). Outside the frame the verbs
// say nothing: a passive, no role marker (read out, counts the dead, saw shelling), no name as
// subject.
func TestStanceVerbFrame(t *testing.T) {
	runCases(t, []mechanismCase{
		{"reads the deal as covering a port", "en", "",
			"Kyiv reads the deal as covering Sevastopol.",
			"ceasefire.exclusions", []string{"sevastopol=not_excluded@ukrainian_government"}},
		{"reads the text as covering a region", "en", "",
			"The Somali army reads the text as covering the whole of Gedo region.",
			"ceasefire.scope", []string{"partial@somali_national_army"}},
		{"reads the truce as confined to districts", "en", "",
			"Islamabad reads the truce as confined to the merged districts.",
			"ceasefire.scope", []string{"partial@pakistan"}},
		{"counts two states as guarantors", "en", "",
			"Ankara counts Russia and Qatar as guarantors of the truce.",
			"ceasefire.guarantors", []string{"qatar,russia@turkey"}},
		{"views a state as the sole guarantor", "en", "",
			"Ankara views Qatar as the sole guarantor of the truce.",
			"ceasefire.guarantors", []string{"only:qatar@turkey"}},
		{"a second clause keeps its own speaker", "en", "",
			"Kyiv reads the deal as covering Sevastopol, while Moscow says Sevastopol is excluded.",
			"ceasefire.exclusions", []string{"sevastopol=not_excluded@ukrainian_government", "sevastopol=excluded@russia"}},
		// Negative probes: the verbs outside their frame.
		{"passive: seen as", "en", "",
			"The truce is seen as confined to the merged districts.",
			"ceasefire.scope", []string{"partial@outlet"}},
		{"read out, no role marker", "en", "",
			"The Somali army read out the text, which covers the whole of Gedo region.",
			"ceasefire.scope", []string{"partial@outlet"}},
		{"counts the dead", "en", "",
			"Kyiv counts 40 dead since the truce took effect at midnight on Tuesday.",
			"ceasefire.start_time", []string{"unresolved:Wed 00:00@outlet"}},
		{"saw shelling as the truce began: as opens a time clause, not a role", "en", "",
			"The army saw heavy shelling as the truce took effect at midnight on Tuesday.",
			"ceasefire.start_time", []string{"unresolved:Wed 00:00@outlet"}},
	})
}
