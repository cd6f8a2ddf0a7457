package claims

import "testing"

// TestSoleForceGuarantor: a force the guarantee rests on alone is a guarantor though not right
// after the cue: after the exception word of a negated guarantee ("لا ضامن لهذا القلد إلا القوات
// المسلحة", "no guarantor of the truce but the Saudi army") or joined by a copula ("the army is
// the only guarantor"): forceGuarantees, sets.go. Probes: a negated sole guarantor, no force
// after the exception word, the army as guarantor of another thing.
func TestSoleForceGuarantor(t *testing.T) {
	const psAr = "دخل القلد بين السندراب والهدلاب حيز التنفيذ في بورتسودان. "
	const psEn = "A truce between the Sandarab and Hadlab communities took effect in Port Sudan. "
	runCases(t, []mechanismCase{
		{"arabic no guarantor but the armed forces", "ar", "", psAr + "وقال كلاي إن الاتفاق ينص على تبادل المحتجزين، مؤكداً أنه «لا ضامن لهذا القلد إلا القوات المسلحة».", "ceasefire.guarantors",
			[]string{"only:sudanese_armed_forces@idris_mohamed_nour_kilai"}},
		{"english the army is the only guarantor", "en", "", psEn + "The elder said the army is the only guarantor of the truce.", "ceasefire.guarantors",
			[]string{"only:sudanese_armed_forces@hadlab_community"}},
		{"yemen no guarantor but the saudi army", "en", "", yemenLead + "The Houthis said there is no guarantor of the truce but the Saudi army.", "ceasefire.guarantors",
			[]string{"only:saudi_arabia@houthis"}},

		// Probes.
		{"probe: the army is not the sole guarantor", "ar", "", psAr + "وقال كلاي إن الجيش ليس الضامن الوحيد لهذا القلد.", "ceasefire.guarantors",
			nil},
		{"probe: english not the only guarantor", "en", "", psEn + "The elder said the army is not the only guarantor of the truce.", "ceasefire.guarantors",
			nil},
		{"probe: no guarantor but god", "ar", "", psAr + "وقال كلاي إن لا ضامن لهذا القلد إلا الله.", "ceasefire.guarantors",
			nil},
		{"probe: ukraine the army guarantees security", "en", "", "Russia and Ukraine agreed to a ceasefire on Monday. Kyiv said the army is the only guarantor of its security.", "ceasefire.guarantors",
			nil},
	})
}
