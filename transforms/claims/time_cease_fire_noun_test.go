package claims

import "testing"

// TestCeaseFireNounAfterArticle: "cease fire" after an article is the truce's noun, not the
// cessation said as a verb (time_rules.go selfCueAsNoun): "signed a cease fire agreement in
// Jeddah on Monday" dates the signing, no start; "A cease fire took effect at 6 a.m. on
// Wednesday" is dated by its past verb (the Wednesday before). Kept: "will cease fire at 6 a.m.
// on Wednesday". Probes from Sudan.
func TestCeaseFireNounAfterArticle(t *testing.T) {
	const sudan = "The Sudanese army and the Rapid Support Forces agreed to a truce in El Fasher. "
	runCases(t, []mechanismCase{
		{"a cease fire agreement signed on Monday", "en", pubTue, sudan + "The two sides signed a cease fire agreement in Jeddah on Monday.", "ceasefire.start_time",
			nil},
		{"a cease fire took effect on Wednesday", "en", pubTue, sudan + "A cease fire took effect at 6 a.m. on Wednesday.", "ceasefire.start_time",
			[]string{"2025-10-08T04:00:00Z@outlet"}},
		{"kept: will cease fire on Wednesday", "en", pubTue, sudan + "The RSF will cease fire at 6 a.m. on Wednesday, a spokesman said.", "ceasefire.start_time",
			[]string{"2025-10-15T04:00:00Z@outlet"}},
	})
}
