package claims

// Where the talks are and who sponsors or hosts them (talks.venue, talks.sponsors).

import "testing"

// TestTalksSponsors: sponsorship of the talks: verbs, object pronouns, participation and borders that are no sponsorship.
func TestTalksSponsors(t *testing.T) {
	runCases(t, []mechanismCase{
		{"sponsorship of the talks", "en", "", "Talks are due to resume in Muscat under Omani and Saudi sponsorship, according to diplomats familiar with the plans.", "talks.sponsors",
			[]string{"oman,saudi_arabia@sources~expected"}},
		{"arabic at the invitation of hosts the talks", "ar", "", yemenLeadAr + "وستنطلق جولة جديدة من المفاوضات في الرياض الشهر المقبل، بدعوة من السعودية ورعاية الأمم المتحدة.", "talks.sponsors",
			[]string{"saudi_arabia,un@outlet"}},
		{"arabic at the invitation of a body that sponsors nothing takes no name before it", "ar", "", yemenLeadAr + "وأشار البيان إلى أن مسألة الأسرى \"لا علاقة لها بالهدنة\"، وأن الاجتماع المقبل لمجلس الأمن سيعقد في عدن، بدعوة من الحكومة اليمنية.", "ceasefire.mediators",
			nil},
		{"at the invitation of hosts the talks", "en", "", yemenLead + "A new round of talks will open in Riyadh next month at the invitation of Saudi Arabia.", "talks.sponsors",
			[]string{"saudi_arabia@outlet"}},
		{"participation is not sponsorship", "ar", "", yemenLeadAr + "وستنطلق جولة جديدة من المفاوضات في مسقط الشهر المقبل، برعاية عمانية سعودية وبمشاركة الأمم المتحدة.", "talks.sponsors",
			[]string{"oman,saudi_arabia@outlet"}},
		{"talks on the final agreement", "ar", "", yemenLeadAr + "ومن المتوقع أن تبدأ جولة المفاوضات على الاتفاق النهائي الشهر المقبل، برعاية سلطنة عمان والأمم المتحدة.", "talks.sponsors",
			[]string{"oman,un@outlet"}},
		{"arabic talks sponsored by, verb with object pronoun", "ar", "", yemenLeadAr + "ومن المنتظر أن تنطلق في مسقط الشهر المقبل جولة جديدة من المحادثات ترعاها الأمم المتحدة.", "talks.sponsors",
			[]string{"un@outlet~expected"}},
		{"borders with states are no sponsors of talks", "en", "", yemenLead + "The truce was agreed at the close of the talks.\nIt covers the districts along the borders with Oman and Saudi Arabia.", "talks.sponsors",
			nil},
	})
}

// TestTalksVenue: the venue past an appositive, a meeting verb that places the talks, the city that says it hosts.
func TestTalksVenue(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a venue offered is a proposal", "en", "", yemenLead + "Saudi Arabia had offered to host the talks in Riyadh, a Gulf diplomat said.", "talks.venue",
			[]string{"riyadh@sources~proposed"}},
		{"place past an appositive", "en", "", yemenLead + "Talks on a political settlement, meant to bring a lasting end to the war, are due to begin in Muscat next month, a diplomat said.", "talks.venue",
			[]string{"muscat@sources~expected"}},
		{"a place before the comma is not an appositive", "ar", "", yemenLeadAr + "ومن المتوقع أن تتم جولة مفاوضات جديدة في مسقط، بحسب مصادر.", "talks.venue",
			[]string{"muscat@sources~expected"}},
		{"arabic the speaking city hosts", "ar", "", yemenLeadAr + "وأعلنت مسقط أنها ستستضيف المفاوضات المقبلة بين الطرفين.", "talks.venue",
			[]string{"muscat@oman"}},
		{"arabic the speaking city's state sponsors", "ar", "", yemenLeadAr + "وأعلنت مسقط أنها ستستضيف المفاوضات المقبلة بين الطرفين.", "talks.sponsors",
			[]string{"oman@oman"}},
		{"arabic held on its own ground: the speaking capital hosts", "ar", "", yemenLeadAr + "وأكدت الرياض أن المفاوضات المقبلة ستُعقد على أراضيها.", "talks.venue",
			[]string{"riyadh@saudi_arabia"}},
		{"a sponsor in a sentence with no noun takes the sentence before", "en", "", yemenLead + "Talks on a political settlement will open in Muscat next month under UN sponsorship, a diplomat said. Sweden may join as a second sponsor, he said.", "talks.sponsors",
			[]string{"un@sources", "sweden@sources~hedged"}},
		{"arabic the host adds nothing to a named sponsorship", "ar", "", yemenLeadAr + "ومن المتوقع أن تستضيف مسقط جولة المفاوضات المقبلة، برعاية سلطنة عمان والأمم المتحدة.", "talks.sponsors",
			[]string{"oman,un@outlet"}},
		{"arabic a meeting verb places the talks", "ar", "", yemenLeadAr + "ومن المقرر أن يلتقي وزيرا خارجية البلدين في مسقط الأسبوع المقبل لاستئناف المفاوضات، وفق ما أفادت به الأمم المتحدة.", "talks.venue",
			[]string{"muscat@un"}},
		{"arabic the meeting a body will sponsor is the talks", "ar", "", yemenLeadAr + "وأشارت الأمم المتحدة إلى أن سلطنة عمان سترعى الاجتماع.", "talks.sponsors",
			[]string{"oman@un"}},
	})
}

// TestHostsSponsor: a state that hosts, or a capital named by its state, sponsors; host and sponsor form one set.
func TestHostsSponsor(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic the capital named by its state's adjective hosts", "ar", "", yemenLeadAr + "وجاء الاتفاق في ختام أسبوع من المحادثات احتضنتها العاصمة العمانية مسقط.", "talks.sponsors",
			[]string{"oman@outlet"}},
		{"a city that is not named as a capital sponsors nothing", "ar", "", yemenLeadAr + "وجاء الاتفاق في ختام أسبوع من المحادثات احتضنتها مدينة جدة.", "talks.sponsors",
			nil},
		{"arabic talks a state hosted", "ar", "", yemenLeadAr + "وجاء الاتفاق في ختام محادثات استضافتها سلطنة عمان واستمرت ثلاثة أيام.", "talks.sponsors",
			[]string{"oman@outlet"}},
		{"talks hosted by a state", "en", "", yemenLead + "The deal came after three days of talks hosted by Oman.", "talks.sponsors",
			[]string{"oman@outlet"}},
		{"hosted by an authority and sponsored by a state: one set of sponsors", "en", "", yemenLead + "Lars Eriksen said talks would open in Muscat on December 1, hosted by the Yemeni government and sponsored by Saudi Arabia.", "talks.sponsors",
			[]string{"saudi_arabia,yemeni_government@lars_eriksen"}},
		{"under a body's auspices, after an appositive naming another text", "en", "", yemenLead + "Political talks, stalled since the text was initialled in Stockholm in 2018, are expected to resume in Muscat on May 28, the United Nations said, under UN auspices.", "talks.sponsors",
			[]string{"un@un"}},
	})
}
