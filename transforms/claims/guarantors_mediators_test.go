package claims

// The guarantor and mediator sets (ceasefire.guarantors, ceasefire.mediators): cues, lists and exhaustive "only".

import "testing"

// TestGuarantorAndMediatorFrames: frames between the cue and its list: copulas, relative clauses, antecedents, the pronoun of separation.
func TestGuarantorAndMediatorFrames(t *testing.T) {
	runCases(t, []mechanismCase{
		// A multi-word country name after the ceasefire noun is a guarantor, not the theatre:
		// with the theatre taken for Saudi Arabia it was dropped from the set.
		{"guarantor named after the noun", "en", "", yemenLead + "The ceasefire is guaranteed by Saudi Arabia and Oman.", "ceasefire.guarantors",
			[]string{"oman,saudi_arabia@outlet"}},
		{"copula after the cue", "en", "", yemenLead + "A Houthi official said the only guarantors of the deal were Oman, Sweden and the United Nations.", "ceasefire.guarantors",
			[]string{"only:oman,sweden,un@houthis"}},
		{"arabic an appositive cue qualifies the name before it, not the one after", "ar", "", yemenLeadAr + "وأكدت الحكومة اليمنية أنها تعول على سلطنة عمان، بصفتها الدولة الضامنة، لحمل السعودية على احترام تعهداتها.", "ceasefire.guarantors",
			[]string{"oman@yemeni_government"}},
		{"an appositive cue with as qualifies the name before it", "en", "", yemenLead + "Oman, as guarantor, will press Saudi Arabia to keep its word, the Yemeni government said.", "ceasefire.guarantors",
			[]string{"oman@yemeni_government"}},
		{"arabic pronoun copula", "ar", "", yemenLeadAr + "وقال الحوثيون إن \"الضامنين هم سلطنة عمان والسويد والأمم المتحدة\".", "ceasefire.guarantors",
			[]string{"oman,sweden,un@houthis"}},
		{"arabic subject, cue noun and alongside", "ar", "", yemenLeadAr + "ويعتبر الحوثيون أن السويد ضامن ثالث إلى جانب سلطنة عمان والأمم المتحدة.", "ceasefire.guarantors",
			[]string{"oman,sweden,un@houthis"}},
		{"guarantors in a sentence without the ceasefire noun", "en", "", yemenLead + "Lars Eriksen, who chaired the closing session, said Oman and Sweden would act as guarantors.", "ceasefire.guarantors",
			[]string{"oman,sweden@lars_eriksen"}},
		{"no role as guarantor", "en", "", yemenLead + "\"Sweden has no role in this agreement, as a guarantor or otherwise,\" the Houthis said.", "ceasefire.guarantors",
			nil},
		{"the body oversees the exchange", "en", "", yemenLead + "The agreement also provides for an exchange of prisoners under the auspices of the United Nations.", "ceasefire.mediators",
			nil},
		{"the antecedent of a relative clause is the member", "en", "", yemenLead + "The government thanked the United Nations, \"which led the mediation,\" and Oman for hosting the talks.", "ceasefire.mediators",
			[]string{"un@outlet"}},
		{"coordinated antecedents", "en", "", yemenLead + "Oman and Sweden, which brokered the agreement, will also act as its guarantors, a diplomat said.", "ceasefire.mediators",
			[]string{"oman,sweden@sources"}},
		{"a relative clause with its own members keeps them", "ar", "", "دخل اتفاق وقف إطلاق النار بين الحوثيين والحكومة اليمنية، الذي جرى التوصل إليه بوساطة عمانية سويدية، حيز التنفيذ.", "ceasefire.mediators",
			[]string{"oman,sweden@outlet"}},
		{"mediated talks name the deal's mediator", "en", "", "The Houthis and the Yemeni government signed a ceasefire agreement on Monday after three weeks of Omani-mediated talks.", "ceasefire.mediators",
			[]string{"oman@outlet"}},
		{"arabic the pronoun after a name takes it up, not the speaker; the theatre's state is a member by the copula", "ar", "", "دخلت الهدنة في صنعاء وعدن حيز التنفيذ. وبحسب الأمم المتحدة، فإن اليمن هي الضامن الوحيد للاتفاق.", "ceasefire.guarantors",
			[]string{"only:yemen@un"}},
		{"the theatre's state as the copula's subject", "en", "", "The truce in Sanaa and Aden took effect. According to the United Nations, Yemen is the only guarantor of the deal.", "ceasefire.guarantors",
			[]string{"only:yemen@un"}},
	})
}

// TestGuarantorAndMediatorCues: verbs and nouns of guarantee, mediation and brokering in both languages, capitals and demonyms as members.
func TestGuarantorAndMediatorCues(t *testing.T) {
	ex := "The ceasefire took effect on Thursday. "
	ax := "دخل وقف إطلاق النار حيز التنفيذ. "
	runCases(t, []mechanismCase{
		// رعى with an object pronoun in every person and number (رعاه, رعته, رعياه, رعوه...).
		{"arabic sponsored it, masculine object, feminine subject", "ar", "", yemenLeadAr + "وينص الاتفاق، الذي رعته سلطنة عمان، على وقف القتال ثلاثين يوماً.", "ceasefire.mediators",
			[]string{"oman@outlet"}},
		{"arabic sponsored it, dual subject", "ar", "", yemenLeadAr + "وينص الاتفاق، الذي رعتاه السعودية وسلطنة عمان، على وقف القتال ثلاثين يوماً.", "ceasefire.mediators",
			[]string{"oman,saudi_arabia@outlet"}},
		{"arabic contributed to reaching the agreement names a mediator", "ar", "", yemenLeadAr + "وقال الحوثيون إن سلطنة عمان أسهمت في التوصل إلى الاتفاق.", "ceasefire.mediators",
			[]string{"oman@houthis"}},
		{"helped reach the deal names a mediator", "en", "", yemenLead + "The Houthis said Oman helped reach the deal.", "ceasefire.mediators",
			[]string{"oman@houthis"}},
		{"capitals stand as guarantors", "en", "", "The UN envoy said Muscat and Riyadh would stand as guarantors of the ceasefire.", "ceasefire.guarantors",
			[]string{"oman,saudi_arabia@un_envoy"}},
		{"capitals broker", "en", "", "Officials said Muscat and Riyadh had brokered the ceasefire.", "ceasefire.mediators",
			[]string{"oman,saudi_arabia@sources"}},
		{"demonyms qualify the mediators noun", "en", "", "The Houthis and the government agreed to a truce, Omani and Saudi mediators announced.", "ceasefire.mediators",
			[]string{"oman,saudi_arabia@outlet"}},
		{"arabic demonym plurals after the mediators noun", "ar", "", "أعلن الوسطاء العمانيون والسعوديون في مسقط توصل الطرفين إلى وقف لإطلاق النار.", "ceasefire.mediators",
			[]string{"oman,saudi_arabia@outlet"}},
		{"guarantors alongside, subject of a coordinated verb", "en", "", `The UN envoy said Muscat and Riyadh had brokered "a 30-day cessation of hostilities" and would act as its guarantors alongside the United Nations.`, "ceasefire.guarantors",
			[]string{"oman,saudi_arabia,un@un_envoy"}},
		{"guarantee verbs", "en", "", "Oman and the United Nations will guarantee the ceasefire.", "ceasefire.guarantors", []string{"oman,un@outlet"}},
		{"mediated by", "en", "", "The ceasefire was mediated by Oman.", "ceasefire.mediators", []string{"oman@outlet"}},
		{"sponsored by", "en", "", "The ceasefire was sponsored by Oman.", "ceasefire.mediators", []string{"oman@outlet"}},
		{"facilitated by", "en", "", "The ceasefire was facilitated by Oman.", "ceasefire.mediators", []string{"oman@outlet"}},
		{"ar guarantors", "ar", "", "وتضمن سلطنة عمان والأمم المتحدة تنفيذ وقف إطلاق النار.", "ceasefire.guarantors", []string{"oman,un@outlet"}},
		{"ar mediated", "ar", "", "وتم التوصل إلى وقف إطلاق النار بوساطة عمانية.", "ceasefire.mediators", []string{"oman@outlet"}},
		{"guaranteed by", "en", "", ex + "The ceasefire is guaranteed by Oman and the United Nations.", "ceasefire.guarantors", []string{"oman,un@outlet"}},
		{"brokered by", "en", "", ex + "The truce, brokered by Oman, took effect on Thursday.", "ceasefire.mediators", []string{"oman@outlet"}},
		{"under the auspices", "en", "", ex + "The truce was agreed under the auspices of the United Nations.", "ceasefire.mediators", []string{"un@outlet"}},
		{"ar guarantor states", "ar", "", ax + "وستكون سلطنة عمان والأمم المتحدة ضامنتين لوقف إطلاق النار.", "ceasefire.guarantors", []string{"oman,un@outlet"}},
		{"ar sponsorship", "ar", "", ax + "وجاء وقف إطلاق النار برعاية عمانية أممية.", "ceasefire.mediators", []string{"oman,un@outlet"}},
		{"ar mediators noun", "ar", "", ax + "وأعلن الوسطاء العمانيون توصل الطرفين إلى هدنة.", "ceasefire.mediators", []string{"oman@outlet"}},
		{"helped bring about the ceasefire", "en", "", yemenLead + "A UN spokesperson says Oman \"helped bring about\" the ceasefire.", "ceasefire.mediators",
			[]string{"oman@un"}},
		{"arabic reached through the efforts of X alone", "ar", "", yemenLeadAr + "وقال الحوثيون في بيان إن \"الاتفاق الذي تم التوصل إليه بجهود سلطنة عمان حصراً يشمل الحديدة\".", "ceasefire.mediators",
			[]string{"only:oman@houthis"}},
		{"reached thanks to the efforts of X", "en", "", yemenLead + "The truce was reached thanks to the efforts of Oman, the United Nations said.", "ceasefire.mediators",
			[]string{"oman@un"}},
	})
}

// TestPronounsAsMembers: a pronoun standing for who speaks is a member; negated pronouns and bare complementizers are not.
func TestPronounsAsMembers(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the speaker says it brokered the deal", "en", "", yemenLead + "Oman says it brokered the deal.", "ceasefire.mediators",
			[]string{"oman@oman"}},
		{"it and another state mediated", "en", "", yemenLead + "The United Nations says it and Oman mediated.", "ceasefire.mediators",
			[]string{"oman,un@un"}},
		{"arabic a complementizer carrying the pronoun, alone", "ar", "", yemenLeadAr + "وتؤكد سلطنة عمان أنها توسطت وحدها.", "ceasefire.mediators",
			[]string{"only:oman@oman"}},
		{"a negated pronoun subject names no member", "en", "", yemenLead + "Oman says it will not mediate.", "ceasefire.mediators",
			nil},
		{"others named as the subject after that: the speaker is not among them", "en", "", yemenLead + "Oman says that the United Nations and Sweden mediated.", "ceasefire.mediators",
			[]string{"sweden,un@oman"}},
		{"arabic a bare complementizer before named members adds no speaker", "ar", "", yemenLeadAr + "وأكدت سلطنة عمان أن الأمم المتحدة توسطت في الاتفاق.", "ceasefire.mediators",
			[]string{"un@oman"}},
	})
}

// TestOnlyGuarantorOrMediator: only and the sole member: kept to its own list, and after a negation and an exception word.
func TestOnlyGuarantorOrMediator(t *testing.T) {
	runCases(t, []mechanismCase{
		{"solely qualifies the mediation, not the guarantors later in the clause", "en", "", yemenLead + "\"The agreement was reached solely through Omani mediation,\" the United Nations said, insisting that Oman and Saudi Arabia would act as guarantors.", "ceasefire.guarantors",
			[]string{"oman,saudi_arabia@un"}},
		{"solely qualifies the mediation", "en", "", yemenLead + "\"The agreement was reached solely through Omani mediation,\" the United Nations said, insisting that Oman and Saudi Arabia would act as guarantors.", "ceasefire.mediators",
			[]string{"only:oman@un"}},
		{"the only guarantor", "ar", "", yemenLeadAr + "وبحسب الأمم المتحدة، فإن السعودية هي الضامن الوحيد للاتفاق.", "ceasefire.guarantors",
			[]string{"only:saudi_arabia@un"}},
		{"arabic no guarantor but X", "ar", "", yemenLeadAr + "ويقول الباحث إن الاتفاق لم يمنح هذه الهدنة ضامناً سوى سلطنة عمان.", "ceasefire.guarantors",
			[]string{"only:oman@outlet"}},
		{"a complementizer parts the guarantor from an earlier name", "ar", "", yemenLeadAr + "وأضاف المصدر السعودي أن الرياض \"لن تقبل أي آلية خارج منظومة الأمم المتحدة\"، وأن سلطنة عمان هي الضامن الوحيد لهذا الاتفاق.", "ceasefire.guarantors",
			[]string{"only:oman@saudi_arabia"}},
		{"arabic no guarantor of this deal but X and Y", "ar", "", yemenLeadAr + "وأضاف العوضي: \"لا نعترف بضامن لهذا الاتفاق سوى سلطنة عمان والأمم المتحدة، ولا مكان لإيران\".", "ceasefire.guarantors",
			[]string{"only:oman,un@ahmed_al_awadi"}},
	})
}

// TestParticipantsAsMediators: participants joined to a sponsor, the body that sponsored the deal, the theatre's adjective after mediation.
func TestParticipantsAsMediators(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic the theatre's adjective right after the mediation noun", "ar", "", yemenLeadAr + "وجاء الاتفاق بوساطة يمنية عمانية.", "ceasefire.mediators",
			[]string{"oman,yemen@outlet"}},
		{"arabic the body that sponsored the deal mediates", "ar", "", yemenLeadAr + "وقالت مصادر مطلعة إن الاتفاق الذي رعته سلطنة عمان يشمل الموانئ.", "ceasefire.mediators",
			[]string{"oman@sources"}},
		{"arabic participants joined to the sponsor are mediators", "ar", "", yemenLeadAr + "وقال مصدر سعودي إن الهدنة، التي رعتها سلطنة عمان بمشاركة الأمم المتحدة، صامدة.", "ceasefire.mediators",
			[]string{"oman,un@saudi_arabia"}},
		{"arabic participants in a coordinated phrase are not", "ar", "", yemenLeadAr + "وجاء الاتفاق بعد محادثات استضافتها مسقط بوساطة عمانية، وبمشاركة الأمم المتحدة.", "ceasefire.mediators",
			[]string{"oman@outlet"}},
	})
}

// TestMemberListBounds: where a member list ends: a topic shift, a relative pronoun's antecedent, a counted phrase.
func TestMemberListBounds(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic amma opens another clause: the guarantor before the copula", "ar", "", yemenLeadAr + "وبحسب الأمم المتحدة، فإن السعودية هي الضامن الوحيد للاتفاق، أما سلطنة عمان \"فقد أدت دور الوسيط لا أكثر\".", "ceasefire.guarantors",
			[]string{"only:saudi_arabia@un"}},
		{"arabic the mediator after amma", "ar", "", yemenLeadAr + "وبحسب الأمم المتحدة، فإن السعودية هي الضامن الوحيد للاتفاق، أما سلطنة عمان \"فقد أدت دور الوسيط لا أكثر\".", "ceasefire.mediators",
			[]string{"oman@un"}},
		{"arabic only after a counted phrase qualifies the count, not the list", "ar", "", yemenLeadAr + "في حين يتحدث الوسطاء العمانيون والسعوديون عن ثلاثين يوماً فقط.", "ceasefire.mediators",
			[]string{"oman,saudi_arabia@outlet"}},
		{"arabic the relative pronoun's antecedent stands alongside the named guarantor", "ar", "", yemenLeadAr + "وبحسب البيان الختامي للحوثيين، فإن مراقبة الهدنة ستتولاها الأمم المتحدة بمشاركة مراقبين من سلطنة عمان، التي ستكون إلى جانب السعودية ضامنة للاتفاق.", "ceasefire.guarantors",
			[]string{"oman,saudi_arabia@houthis"}},
	})
}

// TestRolesThatAreNoMembership: roles that name no guarantor or mediator (guaranteeing aid, facilitating convoys, hosting a side, a swap's intermediary, a carrier) against phrases that do.
func TestRolesThatAreNoMembership(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the agency that carried a statement does not speak; the kingdom is the speaking state", "en", "", yemenLead + "Saudi Arabia welcomed the deal. In a statement carried by the Saudi Press Agency, the foreign ministry said the kingdom \"will work with Oman and the United Nations to guarantee\" the truce.", "ceasefire.guarantors",
			[]string{"oman,saudi_arabia,un@saudi_arabia"}},
		{"a named subject before with is the member", "en", "", yemenLead + "Saudi Arabia welcomed the deal. The foreign ministry said Sweden \"will work with Oman and the United Nations to guarantee\" the truce.", "ceasefire.guarantors",
			[]string{"oman,sweden,un@saudi_arabia"}},
		{"with X acting as intermediary of the swap that is the clause's subject", "en", "", yemenLead + "Officials on both sides said the prisoner swap, agreed in Muscat alongside the truce, is expected to start next week, with the International Committee of the Red Cross acting as intermediary.", "ceasefire.mediators",
			nil},
		{"the same phrase about the truce names its mediator", "en", "", yemenLead + "The truce took effect on Wednesday, with Oman acting as intermediary.", "ceasefire.mediators",
			[]string{"oman@outlet"}},
		{"facilitating aid convoys is no mediation", "en", "", yemenLead + "Oman attended the talks alongside Qatar and would facilitate humanitarian convoys to Hodeidah, it said.", "ceasefire.mediators",
			nil},
		{"hosting a side is no sponsorship", "en", "", yemenLead + "The diplomat said Oman, which hosts the Houthis in Muscat, must stay neutral.", "ceasefire.mediators",
			nil},
		{"guaranteeing aid access names no guarantor", "en", "", yemenLead + "Compliance will be verified by the United Nations and Oman, the statement said, adding that both sides would guarantee humanitarian access to Hodeidah.", "ceasefire.guarantors",
			nil},
		{"a name outside the quotation is no member; the participle has its clause's subject", "ar", "", yemenLeadAr + "ويرفض العوضي أي دور إيراني، قائلاً في مقابلة تلفزيونية إن \"الضامن الوحيد المقبول لدينا هو الأمم المتحدة وحدها في نهاية المطاف\".", "ceasefire.guarantors",
			[]string{"only:un@ahmed_al_awadi"}},
	})
}

// TestRolesOfOtherThingsAndRefusals: a guarantee or sponsorship verb whose object is no truce,
// deal or talks guarantees something else; a role refused names nobody to it; a question
// asserts no role. True positives of the same shapes stay.
func TestRolesOfOtherThingsAndRefusals(t *testing.T) {
	runCases(t, []mechanismCase{
		{"guarantee a loan", "en", "", yemenLead + "The European Union guaranteed a loan of 2 billion euros to Bosnia.", "ceasefire.guarantors",
			nil},
		{"guarantee the safety of journalists", "en", "", yemenLead + "The United States has guaranteed the safety of journalists covering the elections in Haiti.", "ceasefire.guarantors",
			nil},
		{"arabic guarantee the security of elections", "ar", "", yemenLeadAr + "وتضمن الولايات المتحدة أمن الانتخابات في هايتي.", "ceasefire.guarantors",
			nil},
		{"guarantee the ceasefire stays", "en", "", yemenLead + "Egypt and Qatar will guarantee the ceasefire, the Houthis said.", "ceasefire.guarantors",
			[]string{"egypt,qatar@houthis"}},
		{"guarantee it: a pronoun for the deal", "en", "", yemenLead + "Egypt will guarantee it, the Houthis said.", "ceasefire.guarantors",
			[]string{"egypt@houthis"}},
		{"arabic guarantee the agreement stays", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن سلطنة عمان ستضمن الاتفاق.", "ceasefire.guarantors",
			[]string{"oman@yemeni_government"}},
		{"sponsor a football tournament", "en", "", yemenLead + "Saudi Arabia sponsors a football tournament in Riyadh.", "ceasefire.mediators",
			nil},
		{"arabic sponsor a football tournament", "ar", "", yemenLeadAr + "ورعت السعودية بطولة كرة قدم في الرياض.", "ceasefire.mediators",
			nil},
		{"a third sponsor: the noun keeps its role", "en", "", yemenLead + "Oman will host the talks. France may join as a third sponsor, the envoy said.", "talks.sponsors",
			[]string{"oman@outlet", "france@outlet~hedged"}},
		{"refused to act as guarantor", "en", "", yemenLead + "Russia refused to act as guarantor of the Karabakh truce, the Azerbaijani foreign ministry said.", "ceasefire.guarantors",
			nil},
		{"rejected any Saudi mediation", "en", "", yemenLead + "The Houthis rejected any Saudi mediation.", "ceasefire.mediators",
			nil},
		{"arabic rejected any Saudi mediation", "ar", "", yemenLeadAr + "ورفض الحوثيون أي وساطة سعودية.", "ceasefire.mediators",
			nil},
		{"arabic refused to be a guarantor", "ar", "", yemenLeadAr + "ورفضت روسيا أن تكون ضامنا للاتفاق.", "ceasefire.guarantors",
			nil},
		{"arabic denied that Oman was a mediator", "ar", "", yemenLeadAr + "ونفى الحوثيون أن تكون سلطنة عمان وسيطا.", "ceasefire.mediators",
			nil},
		{"denied that Oman had been a mediator", "en", "", yemenLead + "The Houthis denied that Oman had been a mediator.", "ceasefire.mediators",
			nil},
		{"rejected the deal brokered by Oman keeps the broker", "en", "", yemenLead + "The southern separatists rejected the deal brokered by Oman.", "ceasefire.mediators",
			[]string{"oman@outlet"}},
		{"question: would Turkey guarantee", "en", "", yemenLead + "Would Turkey guarantee a ceasefire in Nagorno-Karabakh if one were signed?", "ceasefire.guarantors",
			nil},
		{"question: would the AU mediate", "en", "", yemenLead + "Would the African Union mediate between the Darfur rebels and Khartoum?", "ceasefire.mediators",
			nil},
		{"speaker pronoun past a modal", "en", "", yemenLead + "Oman said it would guarantee the truce.", "ceasefire.guarantors",
			[]string{"oman@oman"}},
		{"speaker pronoun past a hedging modal", "en", "", yemenLead + "Qatar said it could mediate between the two sides.", "ceasefire.mediators",
			[]string{"qatar@qatar~hedged"}},
		{"arabic mediated stays", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن سلطنة عمان توسطت في الاتفاق.", "ceasefire.mediators",
			[]string{"oman@yemeni_government"}},
	})
}
