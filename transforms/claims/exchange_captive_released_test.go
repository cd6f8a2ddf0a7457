package claims

import "testing"

// TestCaptiveReleasedUnderTheDeal: a detention or abduction word (lexicon object
// "captive_released") names captives when their release follows as a term: "about 40 of his men
// held in prisons in Gusau and Kaduna would be freed under the deal" (zamfara zf_007), "eleven
// Kyrgyz citizens detained in Isfara would be handed over under the deal" (fergana fg_003),
// "All our detained brothers and sisters will be released under the deal" (bamenda bm_002), "no
// jailed gang member would be freed under the truce" (haiti ht_015), "no detained bandit would
// be released under the peace accord" (zamfara zf_009). Probes from Yemen, Sudan, Ukraine and
// Syria; near misses: a detention told alone, a release seen with no deal named or told as a
// term, a release verb before the detention word (called a goodwill gesture, it is a release
// outside the deal: exchange_gesture.go).
func TestCaptiveReleasedUnderTheDeal(t *testing.T) {
	const yemenLead = "The Yemeni government and the Houthis agreed a truce in Taiz on Tuesday. "
	const sudanLead = "Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. "
	const ukraineLead = "Russia and Ukraine agreed to a maritime truce in the Black Sea on Tuesday. "
	runCases(t, []mechanismCase{
		{"men held in prisons would be freed under the deal (Yemen)", "en", pubTue,
			yemenLead + "He said about 40 of his men held in prisons in Aden would be freed under the deal.", "ceasefire.exchange",
			[]string{"prisoners=included@outlet"}},
		{"sailors detained in Odesa handed over under the truce (Ukraine)", "en", pubTue,
			ukraineLead + "The ministry said eleven Russian citizens detained in Odesa would be handed over under the truce.", "ceasefire.exchange",
			[]string{"prisoners=included@outlet"}},
		{"no jailed fighter freed under the truce (Sudan)", "en", pubTue,
			sudanLead + "The justice minister said on Friday that no jailed RSF member would be freed under the truce.", "ceasefire.exchange",
			[]string{"prisoners=not_included@outlet"}},
		{"those in custody are to be released under the accord (Syria)", "en", pubTue,
			"The SDF and the Syrian National Army agreed a truce at the Tishreen Dam. Fighters in custody on both sides are to be released under the accord, the SDF said.", "ceasefire.exchange",
			[]string{"prisoners=included@sdf"}},
		// Near misses.
		{"a detention told alone (Sudan)", "en", pubTue,
			sudanLead + "Two men were detained near the crossing on Wednesday, police said.", "ceasefire.exchange", nil},
		{"a release on bail seen, no deal (Sudan)", "en", pubTue,
			sudanLead + "Two men detained near the crossing were released on bail on Wednesday, police said.", "ceasefire.exchange", nil},
		{"the release verb before the detention word (Yemen)", "en", pubTue,
			yemenLead + "Taiz authorities on Wednesday released 12 detained suspects from the central prison.", "ceasefire.exchange", nil},
		// The same release called a goodwill gesture is kept out of the deal (exchange_gesture.go).
		{"the release called a goodwill gesture (Yemen)", "en", pubTue,
			yemenLead + "Taiz authorities on Wednesday released 12 detained suspects from the central prison, in what officials called a goodwill gesture.", "ceasefire.exchange",
			[]string{"prisoners=not_included@sources"}},
	})
}
