package claims

// Constructions of the set topics (guarantors, mediators, monitors, talks sponsors), the
// parties and signers, the talks venue and who speaks, on sentences written for the purpose.

import "testing"

// Sides of the agreement and who signed it: states at war are sides, a state that brokers or
// guarantees is not, nor a possessive qualifier.
func TestPartiesAndSigners(t *testing.T) {
	runCases(t, []mechanismCase{
		{"two states at war agreed", "en", "", "Saudi Arabia and Yemen agreed to a ceasefire on the border on Tuesday.", "ceasefire.parties",
			[]string{"saudi_arabia,yemen@outlet"}},
		{"arabic ceasefire between two states", "ar", "", "دخل اتفاق وقف إطلاق النار بين السعودية واليمن حيز التنفيذ صباح اليوم.", "ceasefire.parties",
			[]string{"saudi_arabia,yemen@outlet"}},
		{"a guarantor state agreeing on a plan is not a side", "en", "", "Russia and Turkey agreed on a plan for a ceasefire across Syria.", "ceasefire.parties",
			nil},
		{"a brokering state at war with an armed group is a side", "en", "", "Turkey and the YPG agreed to a ceasefire around al-Bab on Tuesday.", "ceasefire.parties",
			[]string{"turkey,ypg@outlet"}},
		{"arabic capitals after between stand for their states, only two", "ar", "", "وقال مسؤول تركي إن \"التفاهم على وقف إطلاق النار أُبرم بين أنقرة وموسكو فقط\".", "ceasefire.parties",
			nil},
		{"arabic a capital after between, exhaustive", "ar", "", "وقال مصدر سعودي إن \"التفاهم على وقف إطلاق النار أُبرم بين الرياض والحوثيين فقط\".", "ceasefire.parties",
			[]string{"only:houthis,saudi_arabia@saudi_arabia"}},
		{"brokers of the agreement are no sides", "en", "", yemenLead + "Oman and Sweden, which brokered the agreement, will also act as its guarantors, a diplomat said.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"a side that denied signing is no side", "en", "", "A ceasefire took effect in Hodeidah on Tuesday. The Giants Brigades and the Houthis have denied signing the agreement.", "ceasefire.parties",
			nil},
		{"a possessive country qualifies the next name", "en", "", "Yemen's Houthi movement and the internationally recognised government agreed to a truce in Hodeidah.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"between stops before the brokers", "en", "", "A ceasefire took effect in Hodeidah on Tuesday. The agreement between the Houthis and the Yemeni government was brokered by Oman and Sweden.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"subjects of signing are signers", "en", "", "The Houthis and the Yemeni government signed a ceasefire agreement in Muscat on Monday.", "ceasefire.signatory_groups",
			[]string{"houthis,yemeni_government@outlet"}},
		{"the speaker signed alongside another", "en", "", yemenLead + "The Giants Brigades said on Monday they had signed the deal alongside the Yemeni army.", "ceasefire.signatory_groups",
			[]string{"giants_brigades,yemeni_army@giants_brigades"}},
		{"arabic the speaker signed alongside another", "ar", "", yemenLeadAr + "وقالت ألوية العمالقة إنها وقّعت على الاتفاق إلى جانب الجيش اليمني.", "ceasefire.signatory_groups",
			[]string{"giants_brigades,yemeni_army@giants_brigades"}},
		{"only two sides signed, listed after a colon", "en", "", yemenLead + "Only two parties signed the Muscat agreement: the Yemeni government and the Houthis.", "ceasefire.signatory_groups",
			[]string{"only:houthis,yemeni_government@outlet"}},
		{"only two sides signed also names the parties", "en", "", yemenLead + "Only two parties signed the Muscat agreement: the Yemeni government and the Houthis.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet", "only:houthis,yemeni_government@outlet"}},
		{"arabic two sides and no third", "ar", "", yemenLeadAr + "وأكدت الحكومة اليمنية أن الاتفاق وقّعه طرفان لا ثالث لهما: الحكومة اليمنية والحوثيون.", "ceasefire.signatory_groups",
			[]string{"only:houthis,yemeni_government@yemeni_government"}},
		{"only two factions of one side signed: signers, not parties", "ar", "", "دخل وقف إطلاق النار حيز التنفيذ في سوريا يوم الجمعة. وأكد الجيش السوري الحر أن فصيلين اثنين فقط، هما حركة أحرار الشام وجيش الإسلام، وقّعا على الاتفاق.", "ceasefire.parties",
			nil},
		{"only two factions of one side signed", "ar", "", "دخل وقف إطلاق النار حيز التنفيذ في سوريا يوم الجمعة. وأكد الجيش السوري الحر أن فصيلين اثنين فقط، هما حركة أحرار الشام وجيش الإسلام، وقّعا على الاتفاق.", "ceasefire.signatory_groups",
			[]string{"only:ahrar_al_sham,jaish_al_islam@free_syrian_army"}},
		{"signed in another capital is another agreement", "en", "", yemenLead + "The deal builds on a declaration that Saudi Arabia and Yemen signed in Riyadh.", "ceasefire.signatory_groups",
			nil},
	})
}

// Set members: frames between the cue and its list, lists that start far back, places that are
// not members, and bodies overseeing an exchange rather than the truce.
func TestSetFrames(t *testing.T) {
	runCases(t, []mechanismCase{
		{"copula after the cue", "en", "", yemenLead + "A Houthi official said the only guarantors of the deal were Oman, Sweden and the United Nations.", "ceasefire.guarantors",
			[]string{"only:oman,sweden,un@houthis"}},
		{"arabic pronoun copula", "ar", "", yemenLeadAr + "وقال الحوثيون إن \"الضامنين هم سلطنة عمان والسويد والأمم المتحدة\".", "ceasefire.guarantors",
			[]string{"oman,sweden,un@houthis"}},
		{"arabic subject, cue noun and alongside", "ar", "", yemenLeadAr + "ويعتبر الحوثيون أن السويد ضامن ثالث إلى جانب سلطنة عمان والأمم المتحدة.", "ceasefire.guarantors",
			[]string{"oman,sweden,un@houthis"}},
		{"guarantors in a sentence without the ceasefire noun", "en", "", yemenLead + "Lars Eriksen, who chaired the closing session, said Oman and Sweden would act as guarantors.", "ceasefire.guarantors",
			[]string{"oman,sweden@lars_eriksen"}},
		{"no role as guarantor", "en", "", yemenLead + "\"Sweden has no role in this agreement, as a guarantor or otherwise,\" the Houthis said.", "ceasefire.guarantors",
			nil},
		{"a place after in is not a monitor", "en", "", yemenLead + "Omani officers will join UN counterparts in the operations room in Muscat that monitors the ceasefire.", "ceasefire.monitors",
			[]string{"oman,un@outlet"}},
		{"arabic a place after في is not a monitor", "ar", "", yemenLeadAr + "ومن المرجح أن تنضم الأمم المتحدة إلى غرفة المراقبة في مسقط.", "ceasefire.monitors",
			[]string{"un@outlet~hedged"}},
		{"subject before an appositive", "en", "", yemenLead + "A committee chaired by Oman and including Sweden and the United Nations, the world body, will monitor compliance.", "ceasefire.monitors",
			[]string{"oman,sweden,un@outlet"}},
		{"the theatre listed alongside others", "ar", "", yemenLeadAr + "وتضم لجنة المراقبة سلطنة عمان والأمم المتحدة إلى جانب اليمن والسعودية.", "ceasefire.monitors",
			[]string{"oman,saudi_arabia,un,yemen@outlet"}},
		{"the body oversees the exchange", "en", "", yemenLead + "The agreement also provides for an exchange of prisoners under the auspices of the United Nations.", "ceasefire.mediators",
			nil},
		{"participation is not sponsorship", "ar", "", yemenLeadAr + "وستنطلق جولة جديدة من المفاوضات في مسقط الشهر المقبل، برعاية عمانية سعودية وبمشاركة الأمم المتحدة.", "talks.sponsors",
			[]string{"oman,saudi_arabia@outlet"}},
		{"talks on the final agreement", "ar", "", yemenLeadAr + "ومن المتوقع أن تبدأ جولة المفاوضات على الاتفاق النهائي الشهر المقبل، برعاية سلطنة عمان والأمم المتحدة.", "talks.sponsors",
			[]string{"oman,un@outlet"}},
		{"the antecedent of a relative clause is the member", "en", "", yemenLead + "The government thanked the United Nations, \"which led the mediation,\" and Oman for hosting the talks.", "ceasefire.mediators",
			[]string{"un@outlet"}},
		{"coordinated antecedents", "en", "", yemenLead + "Oman and Sweden, which brokered the agreement, will also act as its guarantors, a diplomat said.", "ceasefire.mediators",
			[]string{"oman,sweden@sources"}},
		{"a relative clause with its own members keeps them", "ar", "", "دخل اتفاق وقف إطلاق النار بين الحوثيين والحكومة اليمنية، الذي جرى التوصل إليه بوساطة عمانية سويدية، حيز التنفيذ.", "ceasefire.mediators",
			[]string{"oman,sweden@outlet"}},
		{"talks observers are not monitors", "en", "", yemenLead + "Talks will open in Muscat on December 1, and Saudi Arabia has been invited as an observer.", "ceasefire.monitors",
			nil},
		{"mediated talks name the deal's mediator", "en", "", "The Houthis and the Yemeni government signed a ceasefire agreement on Monday after three weeks of Omani-mediated talks.", "ceasefire.mediators",
			[]string{"oman@outlet"}},
	})
}

// Who says it: sources qualified by a state, "the source" carrying over, a body speaking as
// itself, "عن" only after a verb of transmission, and a list that names its own speaker.
func TestSpeakerConstructions(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic source qualified by the state adjective", "ar", "", yemenLeadAr + "وقال مصدر سعودي مطلع على المفاوضات إن الهدنة تستمر ثلاثين يوماً.", "ceasefire.duration",
			[]string{"30@saudi_arabia"}},
		{"arabic the source carries the one quoted before", "ar", "", yemenLeadAr + "وقال الحوثيون إن الهدنة تستمر ثلاثين يوماً. وأشار المصدر إلى أن سلطنة عمان ستضمن الاتفاق.", "ceasefire.guarantors",
			[]string{"oman@houthis"}},
		{"arabic the qualified source names its state", "ar", "", yemenLeadAr + "وقال الحوثيون إن الهدنة تستمر ثلاثين يوماً. وبحسب المصدر السعودي، تستضيف الرياض جولة المفاوضات المقبلة.", "talks.venue",
			[]string{"riyadh@saudi_arabia"}},
		{"a foreign ministry speaks as itself", "en", "", yemenLead + "The truce will last 30 days, Oman's foreign ministry said.", "ceasefire.duration",
			[]string{"30@omani_foreign_ministry"}},
		{"arabic عن as a plain preposition names no speaker", "ar", "", yemenLeadAr + "وقال الحوثيون إن الاتفاق ينص على وقف القصف، فضلاً عن إطلاق سراح الأسرى اليمنيين وفق جدول تشرف عليه الأمم المتحدة.", "ceasefire.exchange",
			[]string{"prisoners=included@houthis"}},
		{"a participle after a comma has the main clause's subject", "en", "", "ADEN - The Yemeni government on Sunday issued a statement on the truce agreed in Muscat, saying it would last 30 days.", "ceasefire.duration",
			[]string{"30@yemeni_government"}},
		{"a participle after said keeps that speaker", "en", "", yemenLead + "The deal requires the Houthis to pull back, Lars Eriksen said, adding that a UN mission would monitor compliance.", "ceasefire.monitors",
			[]string{"un@lars_eriksen"}},
		{"arabic the reader in a relative clause does not speak", "ar", "", yemenLeadAr + "وأكد الحوثيون في بيان أن الهدنة تستمر ثلاثين يوماً. وأوضح البيان، الذي تلاه يحيى شرف الدين في مؤتمر صحفي، أن الأمم المتحدة ستراقب الهدنة.", "ceasefire.monitors",
			[]string{"un@houthis"}},
		{"arabic عن after a complementizer is no attribution", "ar", "", yemenLeadAr + "ولفت يحيى شرف الدين إلى أن الإفراج عن الأسرى اليمنيين بند أساسي في الاتفاق.", "ceasefire.exchange",
			[]string{"prisoners=included@yahya_sharaf_al_din"}},
		{"arabic a negated verb of saying attributes nothing", "ar", "", yemenLeadAr + "ولم يصدر أي تعليق عن الحكومة اليمنية، في حين من المتوقع أن تُعقد جولة محادثات في مسقط الشهر المقبل، وفقاً لمصادر دبلوماسية.", "talks.venue",
			[]string{"muscat@sources~expected"}},
		{"arabic و + a verb beginning with ل is no preposition", "ar", "", yemenLeadAr + "ولفت يحيى شرف الدين إلى أن الأمم المتحدة ستراقب الهدنة.", "ceasefire.monitors",
			[]string{"un@yahya_sharaf_al_din"}},
		{"mediators named by their states are the outlet's naming", "en", "", "The Houthis and the Yemeni government agreed to a ceasefire on Tuesday, Omani and Swedish mediators announced.", "ceasefire.mediators",
			[]string{"oman,sweden@outlet"}},
	})
}

// Where the talks are: past an appositive after the talks noun, and the city that says it hosts.
func TestVenueConstructions(t *testing.T) {
	runCases(t, []mechanismCase{
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
	})
}

// States qualifying a mediators noun that is the subject of a verb of saying: the coalition they
// make up speaks (Sudan ids: the Jeddah platform is listed with its members).
func TestCoalitionNamedByItsStates(t *testing.T) {
	runCases(t, []mechanismCase{
		{"coalition speaks", "en", "", "Saudi and U.S. mediators said on Friday that the truce in El Obeid would last 14 days.", "ceasefire.duration",
			[]string{"14@jeddah_platform"}},
	})
}

// Arabic morphology around verbs of saying and hosting.
func TestArabicSayingAndHosting(t *testing.T) {
	runCases(t, []mechanismCase{
		{"feminine circumstantial participle keeps the main speaker", "ar", "", yemenLeadAr + "أعلنت الحكومة اليمنية، في بيان، موافقتها على الاتفاق بوساطة عمانية، مؤكدة أن الهدنة تستمر ثلاثين يوماً.", "ceasefire.duration",
			[]string{"30@yemeni_government"}},
		{"an adjective in ta marbuta is no verb of saying", "ar", "", yemenLeadAr + "وقال الحوثيون إن فرق مراقبة تابعة للأمم المتحدة ستتولى التحقق من الالتزام بالهدنة.", "ceasefire.monitors",
			[]string{"un@houthis"}},
		{"verb-subject order with long names", "ar", "", "أعلنت الأمم المتحدة، اليوم الأحد، توصل الحكومة اليمنية الشرعية وجماعة أنصار الله إلى اتفاق لوقف الأعمال العدائية في الحديدة.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@un"}},
		{"hosted with a synonym", "ar", "", yemenLeadAr + "وجاء الاتفاق بعد أسبوع من المحادثات احتضنتها مسقط.", "talks.venue",
			[]string{"muscat@outlet"}},
		{"co-convenors of the next round", "en", "", yemenLead + "Oman's foreign ministry said the next round of talks would open in Muscat, with the United Nations and Sweden as co-convenors.", "talks.sponsors",
			[]string{"sweden,un@omani_foreign_ministry"}},
	})
}
