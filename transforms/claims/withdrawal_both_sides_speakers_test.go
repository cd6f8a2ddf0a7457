package claims

import "testing"

// TestBothSidesNamedBySpokesmen: where the article reads no parties, both sides' armed men are
// the two armed groups it names, a person speaking for a group naming it: the two signing
// elders of Port Sudan's qalad, the commanders of Tripoli's two districts, the sheikhs of two
// Basra tribes. One group's commander only names no sides: claims.BothSides, the event's
// sides. Probes: both sides' armed men killed (no
// withdrawal), the elders met (no withdrawal).
func TestBothSidesNamedBySpokesmen(t *testing.T) {
	runCases(t, []mechanismCase{
		{"ar: the two signing elders, then both sides' armed men (Sudan)", "ar", pubTueAr,
			"انتهت جولة التفاوض في سنكات بتوقيع القلد، ولم يوقّع عليه سوى ناظر السندراب وعمدة الهدلاب. ويتضمن القلد إخلاء الشوارع من مسلحي الطرفين خلال يوم واحد.", "ceasefire.withdrawal",
			[]string{"sandarab_community=required@outlet", "hadlab_community=required@outlet"}},
		{"en: two district commanders, then gunmen on both sides (Lebanon)", "en", pubTue,
			"Bilal Dakkak and Hassan Khaddour shook hands on the truce in Tripoli on Tuesday. Under the deal, gunmen on both sides are to leave the rooftops within a day.", "ceasefire.withdrawal",
			[]string{"tabbaneh_gunmen=required@outlet", "jabal_mohsen_gunmen=required@outlet"}},
		{"en: two tribal sheikhs, then fighters of both tribes (Iraq)", "en", pubTue,
			"Sheikh Falih al-Rashidi and Sheikh Mohsen al-Ghazali signed the truce in Basra on Tuesday. The document requires gunmen of both tribes to pull back from the highway.", "ceasefire.withdrawal",
			[]string{"bani_rashed=required@outlet", "al_ghazalat=required@outlet"}},
		// Probes.
		{"one side's commander only: the event's sides (Lebanon)", "en", pubTue,
			"Bilal Dakkak said the truce in Tripoli was holding on Tuesday. Under the deal, gunmen on both sides are to leave the rooftops within a day.", "ceasefire.withdrawal",
			[]string{BothSides + "=required@outlet"}},
		{"probe: both sides' armed men killed, no withdrawal (Iraq)", "en", pubTue,
			"Sheikh Falih al-Rashidi and Sheikh Mohsen al-Ghazali signed the truce in Basra on Tuesday. Armed men on both sides were killed in clashes before the truce.", "ceasefire.withdrawal", nil},
		{"probe: elders of both sides met, no withdrawal (Sudan)", "ar", pubTueAr,
			"ولم يوقّع على القلد سوى ناظر السندراب وعمدة الهدلاب. والتقى أعيان الطرفين في سنكات لبحث الديات.", "ceasefire.withdrawal", nil},
	})
}
