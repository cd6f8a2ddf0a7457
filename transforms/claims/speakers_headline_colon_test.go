package claims

import "testing"

// TestHeadlineColon: a live-blog entry or flash naming its speaker before a colon quotes that
// speaker from the colon on; a place, a dateline capital, a topic label or a clause before the
// colon names no speaker.
func TestHeadlineColon(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a live-blog stamp, a body and a colon", "en", "",
			yemenLead + "\n\n10:15 - Houthis: the truce excludes al-Qaeda in the Arabian Peninsula.",
			"ceasefire.exclusions", []string{"aqap=excluded@houthis"}},
		{"arabic a flash label, a source in a body and a colon", "ar", "",
			yemenLeadAr + "\n\nعاجل | مصدر في الحكومة اليمنية: الهدنة تستثني تنظيم القاعدة.",
			"ceasefire.exclusions", []string{"aqap=excluded@yemeni_government"}},
		{"arabic a stamp, a title and a name before the colon", "ar", "",
			"اتفق الجيش السوري وقوات سوريا الديمقراطية على وقف لإطلاق النار.\n\n18:20 — وزير الدفاع الروسي سيرغي شويغو: الهدنة تستثني تنظيم داعش.",
			"ceasefire.exclusions", []string{"isis=excluded@sergei_shoigu"}},
		// A flash label before the speaker's colon ("عاجل: الخارجية الجزائرية: ...", agadez
		// ag_005; "BREAKING:"), an unnamed source with its adjectives ("مصدر أمني:", greenzone
		// gz_008; "00:30 — مصدر عسكري:", portsudan ps_026), the outlet addressed after the
		// speaker ("مصادر للعربية:", marib mb_009; "لـ«المشهد العربي»:", agadez ag_018; "to
		// Reuters:") and "in his speech" ("ثون في كلمته:", kadugli kd_039).
		{"arabic a flash label, a body and a colon", "ar", "",
			yemenLeadAr + "\n\nعاجل: الحكومة اليمنية: الهدنة تستثني تنظيم القاعدة.",
			"ceasefire.exclusions", []string{"aqap=excluded@yemeni_government"}},
		{"a breaking label, a body and a colon", "en", "",
			yemenLead + "\n\nBREAKING: Houthis: the truce excludes al-Qaeda in the Arabian Peninsula.",
			"ceasefire.exclusions", []string{"aqap=excluded@houthis"}},
		{"arabic an unnamed source and its adjective", "ar", "",
			yemenLeadAr + "\n\n00:30 — مصدر عسكري: الهدنة تستثني تنظيم القاعدة.",
			"ceasefire.exclusions", []string{"aqap=excluded@sources"}},
		{"arabic sources and the outlet they told", "ar", "",
			yemenLeadAr + "\n\nمصادر للعربية: الهدنة تستثني تنظيم القاعدة.",
			"ceasefire.exclusions", []string{"aqap=excluded@sources"}},
		{"arabic a body and the quoted outlet it told", "ar", "",
			yemenLeadAr + "\n\n09:30: الحكومة اليمنية لـ«المشهد العربي»: الهدنة تستثني تنظيم القاعدة.",
			"ceasefire.exclusions", []string{"aqap=excluded@yemeni_government"}},
		{"arabic a body in its statement", "ar", "",
			yemenLeadAr + "\n\n18:20 — الحكومة اليمنية في بيانها: الهدنة تستثني تنظيم القاعدة.",
			"ceasefire.exclusions", []string{"aqap=excluded@yemeni_government"}},
		// Negative probes: a label with no second colon; a label and a place; the outlet
		// addressed with no speaker before it.
		{"a label alone names no one", "en", "",
			yemenLead + "\n\nBREAKING: the truce excludes al-Qaeda in the Arabian Peninsula.",
			"ceasefire.exclusions", []string{"aqap=excluded@outlet"}},
		{"arabic a label and a place", "ar", "",
			yemenLeadAr + "\n\nعاجل: الحديدة: الهدنة تستثني تنظيم القاعدة.",
			"ceasefire.exclusions", []string{"aqap=excluded@outlet"}},
		{"arabic the outlet addressed alone", "ar", "",
			yemenLeadAr + "\n\nللعربية: الهدنة تستثني تنظيم القاعدة.",
			"ceasefire.exclusions", []string{"aqap=excluded@outlet"}},
		// Negative probes: a place, a dateline capital that speaks for a state elsewhere, a
		// topic label, a clause ending before the colon, a comma in the phrase.
		{"a place before the colon is no speaker", "en", "",
			yemenLead + "\n\n10:15 - Hodeidah: the truce excludes al-Qaeda in the Arabian Peninsula.",
			"ceasefire.exclusions", []string{"aqap=excluded@outlet"}},
		{"a dateline capital is no speaker", "en", "",
			"SANAA: The truce in Hodeidah excludes al-Qaeda in the Arabian Peninsula.",
			"ceasefire.exclusions", []string{"aqap=excluded@outlet"}},
		{"a topic label names no one", "en", "",
			yemenLead + "\n\nTruce terms: the deal excludes al-Qaeda in the Arabian Peninsula.",
			"ceasefire.exclusions", []string{"aqap=excluded@outlet"}},
		{"a clause about a body before the colon", "en", "",
			"Fighting between the SDF and the Syrian army stopped: the truce excludes the Islamic State.",
			"ceasefire.exclusions", []string{"isis=excluded@outlet"}},
		{"a comma before the colon: a list, not a name phrase", "en", "",
			yemenLead + "\n\n10:15 - In Hodeidah, Houthis: the truce excludes al-Qaeda in the Arabian Peninsula.",
			"ceasefire.exclusions", []string{"aqap=excluded@outlet"}},
	})
}
