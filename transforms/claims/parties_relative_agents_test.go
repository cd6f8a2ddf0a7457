package claims

import "testing"

// TestSidesPastTheVerb: the sides of a deal named past a resumptive pronoun of a relative
// clause or a passive agent (agentsStartAfterCue, parties_relative_agents.go), and the subject
// of "binds" past a parenthetical attribution (truceBeforeAside, parties_binds_aside.go).
// Probes: a broker after the resumptive pronoun, a relative clause on something else, an aside
// that is no attribution.
func TestSidesPastTheVerb(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic relative clause: reached by the two sides", "ar", "", "دخلت الهدنة حيز التنفيذ في الحديدة. وقالت مصادر إن الدوحة والقاهرة ستضمنان تنفيذ التفاهم الذي توصلت إليه الحكومة اليمنية وجماعة الحوثي مساء أمس.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@sources"}},
		{"arabic relative clause in another war", "ar", "", "دخل وقف إطلاق النار حيز التنفيذ في شمال كيفو. وقالت الأمم المتحدة إن الاتفاق الذي توصلت إليه حكومة الكونغو الديمقراطية وحركة 23 مارس صامد.", "ceasefire.parties",
			[]string{"congolese_government,m23@un"}},
		{"english binds past a parenthetical attribution", "en", "", "A truce took effect in Hodeidah on Tuesday. The truce, the Saudi foreign ministry said, binds the Yemeni government and the Houthis, and the Giants Brigades through the government.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@saudi_foreign_ministry"}},

		// Probes.
		{"arabic brokers after the resumptive pronoun are no sides", "ar", "", "دخلت الهدنة حيز التنفيذ في غزة. وأشاد البيان بالاتفاق الذي توصلت إليه مصر وقطر.", "ceasefire.parties",
			nil},
		{"arabic a relative clause on talks, not the deal, names one side", "ar", "", "دخل وقف إطلاق النار حيز التنفيذ في شمال كيفو. وقال المتحدث إن النتائج التي توصلت إليها حركة 23 مارس مشجعة.", "ceasefire.parties",
			nil},
		{"english an aside that is no attribution", "en", "", "A truce took effect in Hodeidah on Tuesday. The truce, signed on Monday, binds the Yemeni government and the Houthis.", "ceasefire.parties",
			nil},
	})
}
