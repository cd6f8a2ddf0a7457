package claims

import "testing"

// TestAttributionVerbWordings: lexicon completeness of the verbs of saying: English reaffirm,
// underscore, vow, assure (with their -s/-ed forms); Arabic ادعى/يدعي, أخبر/يخبر, أردف (also
// a continuation: "وأردف أن" keeps the speaker before). Witness: bamenda bm_023, bm_039 ("the
// Minister ..., Gaston Ekani Belinga, reaffirmed that ..."). Probes from Yemen and Syria;
// negatives: the noun "vows", the noun أخبار, a continuation with no speaker before it.
func TestAttributionVerbWordings(t *testing.T) {
	runCases(t, []mechanismCase{
		{"reaffirmed that", "en", "",
			"The Yemeni government reaffirmed that the truce excludes al-Qaeda in the Arabian Peninsula.",
			"ceasefire.exclusions", []string{"aqap=excluded@yemeni_government"}},
		{"underscored that", "en", "",
			"The Syrian army underscored that the truce excludes the Nusra Front.",
			"ceasefire.exclusions", []string{"jabhat_fatah_al_sham=excluded@syrian_army"}},
		{"vows that", "en", "",
			"The Yemeni government vows that the truce will not cover al-Qaeda in the Arabian Peninsula.",
			"ceasefire.exclusions", []string{"aqap=excluded@yemeni_government"}},
		{"assured the mediators that: the one who assures speaks", "en", "",
			"Russia assured Turkey that the truce excludes the Nusra Front.",
			"ceasefire.exclusions", []string{"jabhat_fatah_al_sham=excluded@russia"}},
		{"ادعى", "ar", "",
			"وادعى الجيش السوري أن الهدنة تستثني جبهة النصرة.",
			"ceasefire.exclusions", []string{"jabhat_fatah_al_sham=excluded@syrian_army"}},
		{"أخبرت الوسطاء", "ar", "",
			"وأخبرت الحكومة اليمنية الوسطاء أن الهدنة تستثني تنظيم القاعدة.",
			"ceasefire.exclusions", []string{"aqap=excluded@yemeni_government"}},
		{"أردف continues the speaker before", "ar", "",
			"وقال الجيش السوري إن الهدنة صامدة. وأردف أن الهدنة تستثني جبهة النصرة.",
			"ceasefire.exclusions", []string{"jabhat_fatah_al_sham=excluded@syrian_army"}},
		// Negative probes.
		{"the noun vows names no speaker", "en", "",
			"Despite vows of restraint, the truce excludes al-Qaeda in the Arabian Peninsula.",
			"ceasefire.exclusions", []string{"aqap=excluded@outlet"}},
		{"the noun أخبار is no verb of telling", "ar", "",
			"وبحسب الأخبار الواردة من الحديدة، تستثني الهدنة تنظيم القاعدة.",
			"ceasefire.exclusions", []string{"aqap=excluded@outlet"}},
		{"أردف with no speaker before is the outlet's", "ar", "",
			"وأردف أن الهدنة تستثني جبهة النصرة.",
			"ceasefire.exclusions", []string{"jabhat_fatah_al_sham=excluded@outlet"}},
	})
}
