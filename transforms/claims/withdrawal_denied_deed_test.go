package claims

import "testing"

// TestWithdrawalDeniedDeed: a denial of a withdrawal done, in the perfect ("rejected reports
// that it had withdrawn", "denied claims that its fighters had pulled out") denies a fact, an
// observation: no account of the truce's terms. A denial that the truce requires a withdrawal
// still negates it.
func TestWithdrawalDeniedDeed(t *testing.T) {
	const sudan = "The Sudanese army and the RSF agreed to a truce in El Fasher on Monday. "
	const gaza = "Israel and Hamas agreed to a ceasefire in Gaza on Sunday. "
	runCases(t, []mechanismCase{
		{"probe: rejected reports that it had withdrawn (Sudan)", "en", pubTue, sudan + "The army rejected reports that it had withdrawn from El Fasher.", "ceasefire.withdrawal", nil},
		{"probe: denied claims its fighters had pulled out (Gaza)", "en", pubTue, gaza + "Hamas denied claims that its fighters had pulled out of Rafah.", "ceasefire.withdrawal", nil},
		{"probe: denied it had withdrawn (Sudan)", "en", pubTue, sudan + "The army denied it had withdrawn from El Fasher.", "ceasefire.withdrawal", nil},
		// Kept.
		{"denied that the truce required it to withdraw (Sudan)", "en", pubTue, sudan + "The army denied that the truce required it to withdraw from El Fasher.", "ceasefire.withdrawal",
			[]string{"sudanese_armed_forces=not_required@sudanese_armed_forces"}},
		{"denied that the deal had required a withdrawal (Ukraine)", "en", pubTue, "Russia and Ukraine agreed to a ceasefire on energy infrastructure on Tuesday. Kyiv denied that the deal had required a withdrawal from Zaporizhzhia.", "ceasefire.withdrawal",
			[]string{"ukrainian_army=not_required@ukrainian_government"}},
	})
}
