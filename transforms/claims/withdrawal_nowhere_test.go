package claims

import "testing"

// TestWithdrawalNowhere: a negative adverb after the withdrawal verb (lexicon
// negated_predicates: nowhere) negates it as "will not withdraw" does.
func TestWithdrawalNowhere(t *testing.T) {
	runCases(t, []mechanismCase{
		{"we will withdraw nowhere (chad)", "en", pubTue,
			"\"We will withdraw nowhere. The text does not ask it of us,\" FNRT spokesman Hassan Allatchi said of the Doha ceasefire.", "ceasefire.withdrawal",
			[]string{"fnrt=not_required@hassan_allatchi"}},
		{"probe: a withdrawal with its place stays required", "en", pubTue,
			"\"We will withdraw from Kouri Bougoudi under the Doha ceasefire,\" FNRT spokesman Hassan Allatchi said.", "ceasefire.withdrawal",
			[]string{"fnrt=required@hassan_allatchi"}},
	})
}
