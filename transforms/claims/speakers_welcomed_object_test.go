package claims

import "testing"

// TestWelcomedObjectClause: a verb of welcoming or praising with the agreement for prepositional
// object reports its subject's reading of that agreement, the relative clause on it included
// ("رحبت منظمة التعاون الإسلامي باتفاق وقف إطلاق النار الذي توصلت إليه الحكومة الفلبينية ومقاتلو
// بانغسامورو في كوالالمبور", mindanao mn_008; "رحبت الحكومة الفيدرالية الصومالية باتفاق وقف إطلاق
// النار الذي تم التوصل إليه في ...", somalia so_004; "رحبت الرياض بالقلد الذي توصل إليه مكوّنا
// السندراب والهدلاب", portsudan ps_008; "ترحب رئاسة إقليم كردستان بالاتفاق الذي توصل إليه الحزبان
// برعاية ...", sulaymaniyah sl_022; "أعلنت وزارة الخارجية السودانية ... ترحيبها باتفاق ... الذي
// وُقّع في أديس أبابا", abyei ab_018; "رحبت الجزائر بالاتفاق ...", mali mal_002, mal_003; marib
// mb_010, agadez ag_010): gold gives the welcomer in all eight sets; it was read as the outlet's
// narration. Near misses: the same relative clause with no verb of saying, or in the sentence
// after the welcome, is the outlet's.
func TestWelcomedObjectClause(t *testing.T) {
	runCases(t, []mechanismCase{
		{"yemen: oman welcomes the deal reached between the parties", "ar", "", "رحبت سلطنة عمان باتفاق وقف إطلاق النار الذي تم التوصل إليه بين الحكومة اليمنية والحوثيين.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@oman"}},
		{"yemen: after a comma, the clause on the deal", "ar", "", "رحبت سلطنة عمان بالاتفاق على وقف إطلاق النار في اليمن، الذي دخل حيز التنفيذ مساء الثلاثاء.", "ceasefire.status",
			[]string{"agreed@oman", "in_force@oman"}},
		{"yemen: a praise verb and the truce it names", "ar", "", yemenLeadAr + "وأشادت سلطنة عمان بالهدنة التي تستثني تنظيم القاعدة.", "ceasefire.exclusions",
			[]string{"aqap=excluded@oman"}},
		{"philippines: a verb joined after the clause goes on with the welcomer", "ar", "", "رحبت منظمة التعاون الإسلامي باتفاق وقف إطلاق النار الذي توصلت إليه الحكومة الفلبينية ومقاتلو بانغسامورو في كوالالمبور، وأشادت في بيان بالوساطة التي قادتها ماليزيا بمشاركة قطر.", "ceasefire.mediators",
			[]string{"malaysia,qatar@oic"}},
		// Near misses: no verb of saying; the clause in the next sentence.
		{"yemen: the same clause with no verb of saying", "ar", "", "اتفاق وقف إطلاق النار الذي تم التوصل إليه بين الحكومة اليمنية والحوثيين صامد.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"yemen: the clause in the paragraph after the welcome", "ar", "", "رحبت سلطنة عمان بالاتفاق.\n\nاتفاق وقف إطلاق النار الذي تم التوصل إليه بين الحكومة اليمنية والحوثيين صامد.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
	})
}
