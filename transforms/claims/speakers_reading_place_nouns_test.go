package claims

import "testing"

// TestReadingNounPlaceAfterPreposition: "position" and "line" state a body's stance only as the
// subject of a copula and a complementizer ("the government's line is that"); after a
// preposition they name a place held by a force ("on the army's position near El Fasher", "on
// the Houthi position"), which attributes nothing. The reading nouns that frame after a
// preposition ("by Moscow's account", "in the Ukrainian reading") still do. Probes from Sudan,
// Yemen and the Black Sea.
func TestReadingNounPlaceAfterPreposition(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a force's position after a preposition is a place", "en", "",
			"The shells landed on the Sudanese army's position near El Fasher; the truce covers only Darfur, the UN said.",
			"ceasefire.scope", []string{"partial@un"}},
		{"a demonym's position after a preposition is a place", "en", "",
			"Coalition drones struck on the Houthi position near Hays; the truce covers only Hodeidah, the UN said.",
			"ceasefire.scope", []string{"partial@un"}},
		{"a force's line after a preposition is a place", "en", "",
			"The shells landed in the Sudanese army's line near El Fasher; the truce covers only Darfur, the UN said.",
			"ceasefire.scope", []string{"partial@un"}},
		{"a capital's position is that, kept", "en", "",
			"Kyiv's position is that the deal covers Sevastopol.",
			"ceasefire.exclusions", []string{"sevastopol=not_excluded@ukrainian_government"}},
		{"by a capital's account, kept", "en", "",
			"The truce excludes Sevastopol, by Moscow's account.",
			"ceasefire.exclusions", []string{"sevastopol=excluded@russia"}},
	})
}
