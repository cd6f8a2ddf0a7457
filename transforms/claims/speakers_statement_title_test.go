package claims

import "testing"

// TestStatementTitleOwner: a statement's text whose first sentence attributes nothing (an
// invocation, "بسم الله الرحمن الرحيم", "In the name of God") speaks for the body its title
// names with the statement word, after it ("بيان القيادة العامة ...", "Statement of X
// regarding ...") or before it ("X statement on ...", "X Communique No. 4"). Witnesses:
// kadugli kd_008, kd_009, waziristan wz_007, bamenda bm_028. Probes from Yemen, Gaza, Syria.
func TestStatementTitleOwner(t *testing.T) {
	runArticleCases(t, []articleCase{
		{"arabic statement title names the body; an invocation opens the text", "ar",
			"بيان الحكومة اليمنية بشأن الهدنة في الحديدة", "منصة الحديدة",
			"بسم الله الرحمن الرحيم. تعلن الحكومة اليمنية التزامها بوقف إطلاق النار في الحديدة. ولا تشمل الهدنة تنظيم القاعدة.",
			"ceasefire.exclusions", []string{"aqap=excluded@yemeni_government"}},
		{"english statement of a body regarding the truce", "en",
			"Statement of Hamas regarding the ceasefire", "Gaza Now",
			"In the name of God, the Most Gracious, the Most Merciful. The leadership of Hamas has decided on a ceasefire. The ceasefire does not cover the Islamic State.",
			"ceasefire.exclusions", []string{"isis=excluded@hamas"}},
		{"english: the body named before the statement word, its topic after", "en",
			"Syrian army statement on the ceasefire in Idlib", "Damascus Today",
			"The Syrian army announces a cessation of hostilities. The truce excludes the Nusra Front.",
			"ceasefire.exclusions", []string{"jabhat_fatah_al_sham=excluded@syrian_army"}},
		{"english: a numbered communique of a body", "en",
			"Hamas Communique No. 4", "Gaza Now",
			"Hamas affirms its commitment to the ceasefire. The ceasefire does not cover the Islamic State.",
			"ceasefire.exclusions", []string{"isis=excluded@hamas"}},
		{"arabic: a communique (بلاغ) of a body, as the Maghreb press names a statement", "ar",
			"بلاغ الحكومة اليمنية بشأن الهدنة", "منصة الحديدة",
			"بسم الله الرحمن الرحيم. تعلن الحكومة اليمنية التزامها بوقف إطلاق النار في الحديدة. ولا تشمل الهدنة تنظيم القاعدة.",
			"ceasefire.exclusions", []string{"aqap=excluded@yemeni_government"}},
		// Negative probes: a verb after the statement word makes the title news about it
		// (Colombia-style "X statement clashes with ..."); a name the text never gives (another
		// war's command in the title) speaks for no one; a headline after a label's colon.
		{"news about a statement named after its owner", "en",
			"Hamas statement angers mediators", "Gaza Now",
			"In the name of God. The leadership of Hamas has decided on a ceasefire. The ceasefire does not cover the Islamic State.",
			"ceasefire.exclusions", []string{"isis=excluded@Gaza Now"}},
		{"a body the text never names is no owner", "en",
			"Statement of Hamas regarding the ceasefire", "Gaza Now",
			"In the name of God. The leadership has decided on a ceasefire. The ceasefire does not cover the Islamic State.",
			"ceasefire.exclusions", []string{"isis=excluded@Gaza Now"}},
		{"a headline after the label's colon", "ar",
			"بيان: الحكومة اليمنية تلتزم بالهدنة", "منصة الحديدة",
			"بسم الله الرحمن الرحيم. تلتزم قوات الحكومة اليمنية بوقف إطلاق النار في الحديدة. ولا تشمل الهدنة تنظيم القاعدة.",
			"ceasefire.exclusions", []string{"aqap=excluded@منصة الحديدة"}},
	})
}

// TestBodyUnitSubject: after a verb of saying, a body's unit, office or organ named with the body
// after ل ("الجناح الإعلامي للجيش الباكستاني", "القيادة العامة للقوات المسلحة") is the subject:
// the body speaks, though a name behind ل is otherwise who is told. Witnesses: waziristan
// wz_015, kadugli kd_009; standard usage, probes from Gaza, Syria, Yemen.
func TestBodyUnitSubject(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the media office of a movement", "ar", "",
			"وقال المكتب الإعلامي لحركة حماس إن الهدنة لا تشمل تنظيم داعش.",
			"ceasefire.exclusions", []string{"isis=excluded@hamas"}},
		{"the media wing of an army, in a statement", "ar", "",
			"وقال الجناح الإعلامي للجيش السوري في بيان إن الهدنة تستثني جبهة النصرة.",
			"ceasefire.exclusions", []string{"jabhat_fatah_al_sham=excluded@syrian_army"}},
		{"a construct head: the foreign relations office of a movement", "ar", "",
			"وقال مكتب العلاقات الخارجية لحركة حماس إن الهدنة لا تشمل تنظيم داعش.",
			"ceasefire.exclusions", []string{"isis=excluded@hamas"}},
		// Negative probes: an envoy telling a government, a statement to an agency, a time word
		// before the addressee.
		{"an envoy tells a government", "ar", "",
			"وقال المبعوث للحكومة اليمنية إن الهدنة تستثني تنظيم القاعدة.",
			"ceasefire.exclusions", []string{"aqap=excluded@outlet"}},
		{"a statement to the army is told, not said", "ar", "",
			"وقال الوسيط في تصريح للجيش السوري إن الهدنة تستثني جبهة النصرة.",
			"ceasefire.exclusions", []string{"jabhat_fatah_al_sham=excluded@outlet"}},
		{"a time word then the addressee", "ar", "",
			"وقال اليوم للحكومة اليمنية إن الهدنة تستثني تنظيم القاعدة.",
			"ceasefire.exclusions", []string{"aqap=excluded@outlet"}},
	})
}
