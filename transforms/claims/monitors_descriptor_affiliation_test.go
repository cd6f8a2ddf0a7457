package claims

// A UN body named beside the UN mission it describes is one monitor: "MINUSCA, the U.N.
// mission,", "بعثة الأمم المتحدة «مينوسكا»", "the U.N. mission (MINUSCA)". Coordinated, both stay.

import "testing"

func TestMonitorsDescriptorAffiliation(t *testing.T) {
	lead := "The Central African Republic's government and the rebel Coalition of Patriots for Change agreed on Sunday to a ceasefire. "
	leadAr := "اتفقت حكومة أفريقيا الوسطى وتحالف الوطنيين من أجل التغيير على وقف لإطلاق النار. "
	runCases(t, []mechanismCase{
		{"the mission described as the U.N. mission", "en", "", lead + "MINUSCA, the U.N. mission, will monitor compliance, a U.N. official said.", "ceasefire.monitors",
			[]string{"minusca@un"}},
		{"the U.N. mission with its name in brackets", "en", "", lead + "The U.N. mission (MINUSCA) will monitor the truce.", "ceasefire.monitors",
			[]string{"minusca@outlet"}},
		{"arabic the U.N. mission with its name in quotes", "ar", "", leadAr + "وقال مصدر إن بعثة الأمم المتحدة «مينوسكا» ستتولى مراقبة الهدنة.", "ceasefire.monitors",
			[]string{"minusca@sources"}},
		// Probes: the UN and its mission coordinated are two members.
		{"the UN and the mission coordinated", "en", "", lead + "The United Nations and MINUSCA will monitor the truce.", "ceasefire.monitors",
			[]string{"minusca,un@outlet"}},
		{"arabic the UN and the mission coordinated", "ar", "", leadAr + "وقال مصدر إن الأمم المتحدة و«مينوسكا» ستتوليان مراقبة الهدنة.", "ceasefire.monitors",
			[]string{"minusca,un@sources"}},
	})
}
