package claims

import "testing"

// TestSponsorOfTalksHeadingTheTruce: a sponsorship cue set off by a comma after a clause whose
// head is talks or a meeting on the truce sponsors the talks, though the truce noun is nearer
// (talks_sponsors_head.go): elfasher ef_022 (en), gaza gz_002 (ar), tabbaneh tb_035 (ar).
// Probes: a truce sponsored with no comma, talks set off from the truce by a comma, a press
// conference before a relative clause on the deal, a word of mediation (not sponsorship).
func TestSponsorOfTalksHeadingTheTruce(t *testing.T) {
	const gaza = "توصلت إسرائيل وحماس إلى اتفاق لوقف إطلاق النار في غزة يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"talks on a truce, co-hosted by", "en", "", fasherLead + "Talks on a longer truce are due in Jeddah later this month, co-hosted by Saudi Arabia and the United States.", "talks.sponsors",
			[]string{"saudi_arabia,united_states@outlet"}},
		{"talks on a truce: no mediators", "en", "", fasherLead + "Talks on a longer truce are due in Jeddah later this month, co-hosted by Saudi Arabia and the United States.", "ceasefire.mediators",
			nil},
		{"arabic talks from the start of the truce, under auspices", "ar", "", gaza + "وتنطلق مفاوضات المرحلة الثانية في القاهرة \"في موعد أقصاه اليوم السادس عشر\" من بدء التهدئة، برعاية مصرية قطرية.", "talks.sponsors",
			[]string{"egypt,qatar@outlet"}},
		{"arabic a meeting to follow up the truce, under auspices", "ar", "", tripoliLeadAr + "وعُقد أمس في دار الفتوى الاجتماع الثاني لمتابعة اتفاق التهدئة، برعاية الرئيس المصري.", "talks.sponsors",
			[]string{"egypt@outlet"}},

		// Probes.
		{"probe: a truce sponsored, no comma", "en", "", fasherLead + "The army welcomed a truce sponsored by Saudi Arabia and the United States.", "ceasefire.mediators",
			[]string{"saudi_arabia,united_states@sudanese_armed_forces"}},
		{"probe: talks set off from the truce by a comma", "en", "", fasherLead + "After talks in Jeddah, the truce, sponsored by Saudi Arabia, took effect.", "ceasefire.mediators",
			[]string{"saudi_arabia@outlet"}},
		{"probe: a press conference before a relative clause on the deal", "ar", "", gaza + "وقال المتحدث في مؤتمر صحفي إن الاتفاق، الذي رعته دولة قطر، يفتح صفحة جديدة.", "ceasefire.mediators",
			[]string{"qatar@outlet"}},
		{"probe: a word of mediation after talks on the truce", "ar", "", gaza + "وتنطلق مفاوضات المرحلة الثانية في القاهرة \"في موعد أقصاه اليوم السادس عشر\" من بدء التهدئة، بوساطة مصرية قطرية.", "ceasefire.mediators",
			[]string{"egypt,qatar@outlet"}},
	})
}
