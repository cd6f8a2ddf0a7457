package claims

import "testing"

// TestWithdrawalEitherSide: a force noun inside a both-sides phrase (lexicon both_sides:
// "either army", "neither side") is the truce's two sides, not a force of its own.
func TestWithdrawalEitherSide(t *testing.T) {
	const sudanLead = "Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. "
	runCases(t, []mechanismCase{
		{"does not oblige either army to pull back (kadugli)", "en", pubTue,
			sudanLead + "A diplomat who has seen the text says it does not oblige either army to pull back from its current lines.", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=not_required@sources", "sudanese_armed_forces=not_required@sources"}},
		{"probe: the army alone is the army", "en", pubTue,
			sudanLead + "A diplomat who has seen the text says it does not oblige the army to pull back from its current lines.", "ceasefire.withdrawal",
			[]string{"sudanese_armed_forces=not_required@sources"}},
	})
}
