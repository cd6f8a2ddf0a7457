package claims

// Names that a signing cue reaches but that did not sign:
//   - set apart by an exception word (lexicon exception_words): "against the signatory groups,
//     save against valley-based insurgent groups" (manipur mp_020);
//   - the subject of a verb of saying right before the signing verb: "five factions the
//     government says signed the agreement" (bangui bg_025, bg_035);
//   - the partner after "with" or "alongside" when no signer is named before it: "The ceasefire
//     signed in Doha with the FNRT rebels", «توقيع اتفاق ... مع الجبهة» (chad cd_007, cd_004),
//     "his fighters ... had signed an annex to it alongside the FNRT" (chad cd_018), "the
//     chief secretary had signed the ground rules alongside the KNO, the UPF and ..." (manipur
//     mp_028), «وقّعت التنسيقية على القلد إلى جانب نظارة السندراب وعمودية الهدلاب» (portsudan
//     ps_013): a list without its first signer is a false set;
//   - a capital that names the deal or the talks by their place: "the Kuala Lumpur ceasefire"
//     (mindanao mn_027), «مفاوضات جوبا» (kadugli kd_014).

import "testing"

func TestSignatoryGroupsNonSigners(t *testing.T) {
	runCases(t, []mechanismCase{
		{"exception word ends the signers", "en", pubTue, "Under the ceasefire, security forces shall not undertake operations against the signatory groups, save against valley-based insurgent groups.", "ceasefire.signatory_groups", nil},
		{"the named signatory groups", "en", pubTue, "Under the ceasefire, security forces shall not undertake operations against the signatory groups, the KNO and the UPF.", "ceasefire.signatory_groups",
			[]string{"kno,upf@outlet"}},
		{"who says is no signer", "en", pubTue, "The FNRT, one of five factions the Chadian government says signed the ceasefire, did not answer calls.", "ceasefire.signatory_groups", nil},
		{"the partner after with alone", "en", pubTue, "The ceasefire signed in Doha with the FNRT rebels takes effect at midnight tonight.", "ceasefire.signatory_groups", nil},
		{"the partner after with alone, Arabic", "ar", pubTueAr, "أعلنت الحكومة التشادية في بيان مساء أمس توقيع اتفاق لوقف إطلاق النار مع الجبهة الوطنية لتجديد تشاد في الدوحة.", "ceasefire.signatory_groups", nil},
		{"the partner after alongside alone", "en", pubTue, "The commander said his fighters \"consider themselves bound by the Doha ceasefire\" and had signed an annex to it alongside the FNRT.", "ceasefire.signatory_groups", nil},
		{"a capital naming the truce", "en", pubTue, "Only two parties signed the Kuala Lumpur ceasefire, the government panel and the BIFF leadership, Defense Secretary Eduardo Villaflor said Friday.", "ceasefire.signatory_groups",
			[]string{"only:biff,philippine_government@eduardo_villaflor"}},
		{"a capital naming the talks, Arabic", "ar", pubTueAr, "أكد رئيس وفد الحركة الشعبية لتحرير السودان – شمال إلى مفاوضات جوبا أن الاتفاق الذي وقّعه مع وفد القوات المسلحة يلزم الجيش بالانسحاب.", "ceasefire.signatory_groups",
			nil},
	})
}
