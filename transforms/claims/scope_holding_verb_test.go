package claims

// A truce placed past the verb saying it holds or took effect ("has largely held around
// Kidal", "took effect overnight in Gedo", "A ceasefire between X and Y held in Tripoli") is
// partial, as the shared convention reads it; not where it held within its area ("is holding in
// most of Gondar", "held through the night along the fronts"), nor a negated holding, nor a
// place of another clause.

import "testing"

func TestScopePlacedPastHoldingVerb(t *testing.T) {
	runCases(t, []mechanismCase{
		{"has largely held around a city", "en", "", "The ceasefire has largely held around Taiz.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"between the sides, held in a city", "en", "", "A ceasefire between the Houthis and the Yemeni government held in Hodeidah on Wednesday.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"took effect overnight in a city", "en", "", "The Sudanese army said the ceasefire took effect overnight in El Fasher.", "ceasefire.scope",
			[]string{"partial@sudanese_armed_forces"}},
		// Probes: where it holds within its area, past a phrase of time, negated, a place of
		// another clause, a time after "for".
		{"holding in most of", "en", "", "The truce is holding in most of Hodeidah and Taiz.", "ceasefire.scope",
			nil},
		{"held through the night along", "en", "", "The truce had held through the night along the front in Hodeidah.", "ceasefire.scope",
			nil},
		{"has not held", "en", "", "The ceasefire has not held in Hodeidah.", "ceasefire.scope",
			nil},
		{"officials in a city said", "en", "", "The ceasefire has held since Tuesday, officials in Hodeidah said.", "ceasefire.scope",
			nil},
		{"held for two weeks", "en", "", "The ceasefire has largely held for two weeks.", "ceasefire.scope",
			nil},
	})
}
