package claims

// Phrases that make a list of sides or signers exhaustive (lexicon "only"): "strictly between"
// before the cue (zamfara zf_011), "and of no other" (basra bs_035), «لا غير» (mitiga mt_028),
// «ثنائي بحت» and «لا علاقة لأي طرف ثالث» (fergana fg_032, redsea rs_016); "the only parties
// are X and Y", a copula cue (mitiga mt_040). A bare "bilateral"
// («وقف إطلاق النار الثنائي», colombia) stays open: a two-sided truce, not an exclusive one.

import "testing"

func TestPartiesOnlyPhrases(t *testing.T) {
	runCases(t, []mechanismCase{
		{"strictly between", "en", pubTue, "The Presidency described the ceasefire as an arrangement strictly between the army and the RSF.", "ceasefire.parties",
			[]string{"only:rapid_support_forces,sudanese_armed_forces@outlet"}},
		{"la ghayr after the copula list, Arabic", "ar", pubTueAr, "وأضاف أن طرفي الاتفاق هما جهاز الردع واللواء 444 «لا غير».", "ceasefire.parties",
			[]string{"only:brigade_444,radaa@outlet"}},
		{"no third party, Arabic", "ar", pubTueAr, "وأضاف أن الاتفاق \"ثنائي بين الجيش السوداني وقوات الدعم السريع ولا علاقة لأي طرف ثالث به\".", "ceasefire.parties",
			[]string{"only:rapid_support_forces,sudanese_armed_forces@outlet"}},
		{"bare between stays open", "en", pubTue, "The ceasefire between the army and the RSF held on Monday.", "ceasefire.parties",
			[]string{"rapid_support_forces,sudanese_armed_forces@outlet"}},
		{"a bilateral truce stays open, Arabic", "ar", pubTueAr, "صمد وقف إطلاق النار الثنائي بين الجيش السوداني وقوات الدعم السريع يوم الاثنين.", "ceasefire.parties",
			[]string{"rapid_support_forces,sudanese_armed_forces@outlet"}},
		{"the only parties are X and Y", "en", pubTue, "The defence ministry presents the ceasefire as its own; the Souq al-Juma elders insist the only parties are the brigade and Radaa.", "ceasefire.parties",
			[]string{"only:brigade_444,radaa@souq_al_juma_elders"}},
		{"and of no other tribe, signers", "en", pubTue, "The pledge bears the signatures of sheikhs from Bani Rashed and Al-Ghazalat and of no other tribe.", "ceasefire.signatory_groups",
			[]string{"only:al_ghazalat,bani_rashed@outlet"}},
		{"signers, open", "en", pubTue, "The pledge bears the signatures of sheikhs from Bani Rashed and Al-Ghazalat.", "ceasefire.signatory_groups",
			[]string{"al_ghazalat,bani_rashed@outlet"}},
	})
}
