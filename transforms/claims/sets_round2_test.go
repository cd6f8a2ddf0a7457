package claims

// Second round of set and party constructions, on sentences written for the purpose: what the
// monitors watch, troops named by a state's adjective, talks named only in the sentence before,
// and sides placed "on one side ... on the other".

import "testing"

func TestMonitorsRound2(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic monitoring the truce, then aid in another clause", "ar", "", yemenLeadAr + "وأوضح البيان أن دوريات مشتركة سعودية-عمانية ستتولى مراقبة الهدنة، فضلاً عن تسهيل وصول المساعدات الإنسانية.", "ceasefire.monitors",
			[]string{"oman,saudi_arabia@outlet"}},
		{"arabic monitors of aid convoys stay out", "ar", "", yemenLeadAr + "وقال البيان إن الأمم المتحدة ستتولى مراقبة قوافل المساعدات الإنسانية.", "ceasefire.monitors",
			nil},
		{"a state and troops named by an adjective are two states", "en", "", yemenLead + "Under the plan, Houthi fighters are to leave the port, while Omani and Saudi troops will carry out joint patrols to verify compliance.", "ceasefire.monitors",
			[]string{"oman,saudi_arabia@outlet"}},
		{"arabic an army deployed as a monitoring force", "ar", "", yemenLeadAr + "ويقول خبراء إن الحكومة اليمنية ستنشر وحدات من الجيش اليمني على خطوط التماس بوصفها قوة مراقبة.", "ceasefire.monitors",
			[]string{"yemeni_army@analysts"}},
		{"talks in the sentence before do not take the monitors", "ar", "", yemenLeadAr + "وتطالب الحكومة اليمنية بأن تعقد أي مفاوضات لاحقة في عدن. ويقول خبراء إن الحكومة اليمنية ستنشر وحدات من الجيش اليمني على خطوط التماس بوصفها قوة مراقبة.", "ceasefire.monitors",
			[]string{"yemeni_army@analysts"}},
		{"an observer at the talks is no monitor", "en", "", yemenLead + "Iran had been invited to the talks as an observer, the envoy said.", "ceasefire.monitors",
			nil},
	})
}

func TestPartiesOnEitherSide(t *testing.T) {
	runCases(t, []mechanismCase{
		{"one side with its partners, the other side after the conjunction", "en", "", "\"This is a ceasefire between Saudi Arabia and its Yemeni army partners on one side and the Houthis on the other,\" a Saudi official said.", "ceasefire.parties",
			[]string{"houthis,saudi_arabia,yemeni_army@saudi_arabia"}},
		{"a count of a group's units before its name", "en", "", yemenLead + "The Houthis and two brigades of the Yemeni army signed the text, a UN official said.", "ceasefire.signatory_groups",
			[]string{"houthis,yemeni_army@un"}},
		{"a second list after a verb is not a side", "en", "", "The ceasefire between Saudi Arabia and the Houthis was brokered by Oman and Sweden.", "ceasefire.parties",
			[]string{"houthis,saudi_arabia@outlet"}},
	})
}

// Who speaks: a statement named at the head of the sentence, and the outlet's own account of
// the talks that produced the deal after what a speaker announced.
func TestSpeakersRound2(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a relative clause on who speaks is the outlet's", "en", "", yemenLead + "Oman, which hosted the talks, said it stood ready to host a second round.", "talks.sponsors",
			[]string{"oman@outlet"}},
		{"a statement fronted with its owner", "en", "", yemenLead + "Under the UN statement, Oman and Sweden will act as guarantors.", "ceasefire.guarantors",
			[]string{"oman,sweden@un"}},
		{"the fronted statement carries to the statement said", "en", "", yemenLead + "Under the UN statement, Oman and Sweden will act as guarantors. The deal also provides for the release of detainees held by both sides, the statement said.", "ceasefire.exchange",
			[]string{"prisoners=included@un"}},
		{"a quotation opening the next sentence goes on with its speaker", "en", "", yemenLead + "\"The Houthis have all signed,\" Lars Eriksen said. \"The deal also provides for the release of detainees held by both sides.\"", "ceasefire.exchange",
			[]string{"prisoners=included@lars_eriksen"}},
		{"a new paragraph opening a quotation is not carried", "en", "", yemenLead + "\"The Houthis have all signed,\" Lars Eriksen said.\n\n\"The deal also provides for the release of detainees held by both sides.\"", "ceasefire.exchange",
			[]string{"prisoners=included@outlet"}},
		{"the statement speaks, not who reads it out on state television", "en", "", "The Yemeni government issued a statement on the truce in Hodeidah, saying it would hold. \"The agreement provides for the release of detainees held by both sides,\" said the statement, read out on state television by Lars Eriksen.", "ceasefire.exchange",
			[]string{"prisoners=included@yemeni_government"}},
		{"arabic the statement as subject speaks for its owner, not a name in what it says", "ar", "", "أكدت الحكومة اليمنية في بيان أنها وقّعت على اتفاق وقف إطلاق النار في الحديدة. وطالب البيان بانسحاب قوات الحوثيين من الميناء.", "ceasefire.withdrawal",
			[]string{"houthis=required@yemeni_government~demanded"}},
		{"talks after the announcement are the outlet's account", "en", "", "The Houthis and the Yemeni government have agreed to a ceasefire in Hodeidah, the United Nations said on Sunday, after a week of talks in Muscat mediated by Oman.", "ceasefire.mediators",
			[]string{"oman@outlet"}},
		{"talks after the announcement: the venue is the outlet's", "en", "", "The Houthis and the Yemeni government have agreed to a ceasefire in Hodeidah, the United Nations said on Sunday, after a week of talks in Muscat mediated by Oman.", "talks.venue",
			[]string{"muscat@outlet"}},
		{"arabic talks after the announcement are the outlet's account", "ar", "", yemenLeadAr + "أعلنت الأمم المتحدة، اليوم الأحد، توصل الحكومة اليمنية والحوثيين إلى اتفاق لوقف إطلاق النار في الحديدة، وذلك في ختام أسبوع من المحادثات في مسقط بوساطة سلطنة عمان.", "ceasefire.mediators",
			[]string{"oman@outlet"}},
		{"talks in what is said stay the speaker's", "ar", "", "قال وزير الخارجية الروسي، سيرغي لافروف، إن ثمة محادثات تجري في مسقط بوساطة سلطنة عمان قبل وقف إطلاق النار.", "ceasefire.mediators",
			[]string{"oman@sergei_lavrov"}},
	})
}

// A hosting city named as a state's capital ("العاصمة العمانية مسقط") makes that state a sponsor.
func TestHostNamedAsCapital(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic the capital named by its state's adjective hosts", "ar", "", yemenLeadAr + "وجاء الاتفاق في ختام أسبوع من المحادثات احتضنتها العاصمة العمانية مسقط.", "talks.sponsors",
			[]string{"oman@outlet"}},
		{"a city that is not named as a capital sponsors nothing", "ar", "", yemenLeadAr + "وجاء الاتفاق في ختام أسبوع من المحادثات احتضنتها مدينة جدة.", "talks.sponsors",
			nil},
	})
}
