package claims

import "testing"

// TestStanceVerbPassiveWithAdverb: a passive stance verb with an adverb between the copula and
// the verb ("is widely regarded as", "is now viewed by Kyiv as") states no reading of its
// subject's, as the passive right after the copula ("is seen as") does not. The active frame
// with an adverb between the subject and the verb ("Ankara also counts ... as") still
// attributes. Probes from the Black Sea and Somalia wars.
func TestStanceVerbPassiveWithAdverb(t *testing.T) {
	runCases(t, []mechanismCase{
		{"passive, an adverb between copula and verb", "en", "",
			"Qatar is widely regarded in Ankara as the sole guarantor of the truce.",
			"ceasefire.guarantors", []string{"only:qatar@outlet"}},
		{"passive, an adverb and an agent", "en", "",
			"Kyiv is now seen by Moscow as covering Sevastopol under the deal.",
			"ceasefire.exclusions", []string{"sevastopol=not_excluded@outlet"}},
		{"active, an adverb between subject and verb, kept", "en", "",
			"Ankara also counts Russia and Qatar as guarantors of the truce.",
			"ceasefire.guarantors", []string{"qatar,russia@turkey"}},
		{"active, two adverbs, kept", "en", "",
			"The Somali army now also reads the text as covering the whole of Gedo region.",
			"ceasefire.scope", []string{"partial@somali_national_army"}},
	})
}
