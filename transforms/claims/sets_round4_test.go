package claims

// Fourth round of set, party and speaker constructions, on sentences written for the purpose:
// the parties named by a copula after (or before) "the parties to the agreement", a seat at a
// meeting that is no monitoring, aid that is facilitated, the only member after a negation and
// an exception word, and a group that does not run across a complementizer.

import "testing"

const syriaLead = "The Syrian government and the armed opposition agreed to a ceasefire in Syria on Thursday. "

func TestPartiesByCopula(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the only parties to the agreement were X and Y", "en", "", yemenLead + "Oman said in a statement that the only parties to the agreement were the Houthis and the Yemeni government.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet", "only:houthis,yemeni_government@oman"}},
		{"X and Y are the parties to the ceasefire", "en", "", "Oman said the Houthis and the Yemeni government are the parties to the ceasefire in Hodeidah.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@oman"}},
		{"one name denied as a party states no sides", "en", "", yemenLead + "Oman said it was neither a party to the conflict nor a party to the ceasefire.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"arabic dual noun, the only, pronoun of separation", "ar", "", yemenLeadAr + "وقال المتحدث باسم الحوثيين إن \"طرفي الاتفاق الوحيدين هما جماعة الحوثي والحكومة اليمنية\".", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet", "only:houthis,yemeni_government@houthis"}},
		{"arabic the parties concerned are a list", "ar", "", "وأوضح المصدر السعودي أن وقف إطلاق النار يسري من منتصف الليل، وأن الأطراف المعنية به هي الحكومة اليمنية والحوثيون والسعودية.", "ceasefire.parties",
			[]string{"houthis,saudi_arabia,yemeni_government@saudi_arabia"}},
	})
}

func TestObserverSeatAndFacilitatedAid(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a seat at the sessions as an observer is no monitoring", "en", "", yemenLead + "Iran attended the Muscat sessions as an observer, alongside Qatar.", "ceasefire.monitors",
			nil},
		{"an observer of the truce monitors", "en", "", yemenLead + "Oman will act as an observer of the truce, the United Nations said.", "ceasefire.monitors",
			[]string{"oman@un"}},
		{"facilitating aid convoys is no mediation", "en", "", yemenLead + "Oman attended the talks alongside Qatar and would facilitate humanitarian convoys to Hodeidah, it said.", "ceasefire.mediators",
			nil},
	})
}

func TestNegatedExceptionIsOnly(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic no guarantor but X", "ar", "", yemenLeadAr + "ويقول الباحث إن الاتفاق لم يمنح هذه الهدنة ضامناً سوى سلطنة عمان.", "ceasefire.guarantors",
			[]string{"only:oman@outlet"}},
		{"a complementizer parts the guarantor from an earlier name", "ar", "", yemenLeadAr + "وأضاف المصدر السعودي أن الرياض \"لن تقبل أي آلية خارج منظومة الأمم المتحدة\"، وأن سلطنة عمان هي الضامن الوحيد لهذا الاتفاق.", "ceasefire.guarantors",
			[]string{"only:oman@saudi_arabia"}},
	})
}

func TestIncludingAppositiveTakesThePredicate(t *testing.T) {
	runCases(t, []mechanismCase{
		{"groups, including X and Y, are excluded", "en", "", syriaLead + "Jihadist groups, including the Nusra Front and ISIS, are excluded, the Syrian army said.", "ceasefire.exclusions",
			[]string{"isis=excluded@syrian_army", "jabhat_fatah_al_sham=excluded@syrian_army"}},
		{"a long name before the passive predicate keeps the list", "en", "", yemenLead + "The Houthis and Al-Qaeda in the Arabian Peninsula are excluded, Oman said.", "ceasefire.exclusions",
			[]string{"aqap=excluded@oman", "houthis=excluded@oman"}},
		{"arabic including stressed by without exception stays covered", "ar", "", syriaLeadAr + "وأكد الجيش السوري أن الاتفاق \"يشمل جميع الفصائل، بما فيها جبهة فتح الشام، دون استثناء\".", "ceasefire.exclusions",
			[]string{"jabhat_fatah_al_sham=not_excluded@syrian_army"}},
	})
}

func TestSpeakerConstructionsRound4(t *testing.T) {
	runCases(t, []mechanismCase{
		{"both sides said: the outlet, not a name earlier in the sentence", "en", "", yemenLead + "Al-Qaeda in the Arabian Peninsula is excluded, both sides said.", "ceasefire.exclusions",
			[]string{"aqap=excluded@outlet"}},
		{"officials on both sides are the sources", "en", "", yemenLead + "Al-Qaeda in the Arabian Peninsula is excluded, officials on both sides said.", "ceasefire.exclusions",
			[]string{"aqap=excluded@sources"}},
		{"arabic according to the text of the agreement: the outlet, nothing carried over", "ar", "", yemenLeadAr + "وقال المتحدث باسم الحوثيين إن الاتفاق شامل. ووفقاً لنص الاتفاق، ينص الاتفاق على تبادل الأسرى.", "ceasefire.exchange",
			[]string{"prisoners=included@outlet"}},
		{"a relative clause opening the speaker's words on another noun says only its own", "en", "", yemenLead + "The agreement covers Hodeidah and the coast road to Mocha, where the Houthis say they shot down a drone.", "ceasefire.scope",
			[]string{"partial@outlet", "partial@outlet"}},
		{"a clause on the claim's own noun says the claim", "en", "", yemenLead + "The statement did not mention the prisoner exchange, which the ICRC said could begin next week.", "ceasefire.exchange",
			[]string{"prisoners=included@icrc"}},
		{"a quotation closed in the next sentence is its speaker's", "en", "", yemenLead + "Houthi negotiator Yahya Sharaf al-Din said the truce would hold. \"Sixty days, renewable. Not three months,\" he said.", "ceasefire.duration",
			[]string{"60@yahya_sharaf_al_din"}},
		{"arabic welcomed the agreement, which took effect: the relative clause is the outlet's", "ar", "", "رحبت سلطنة عمان بالاتفاق على وقف إطلاق النار في اليمن، الذي دخل حيز التنفيذ مساء الثلاثاء، مؤكدة أنه ثمرة وساطة عمانية.", "ceasefire.status",
			[]string{"in_force@outlet"}},
		{"arabic the participle after the narration goes back to the speaker", "ar", "", "رحبت سلطنة عمان بالاتفاق على وقف إطلاق النار في اليمن، الذي دخل حيز التنفيذ مساء الثلاثاء، مؤكدة أنه ثمرة وساطة عمانية.", "ceasefire.mediators",
			[]string{"oman@oman"}},
		{"arabic the subject after a complementizer, before its verb", "ar", "", "ونقلت الوكالة أن سلطنة عمان رحبت بالاتفاق على وقف إطلاق النار بين الحوثيين والحكومة اليمنية.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@oman"}},
	})
}

func TestSidesBoundAndParticipants(t *testing.T) {
	runCases(t, []mechanismCase{
		{"only the two sides are bound: exhaustive parties, no exclusion claim", "en", "", yemenLead + "Only the Houthis and the Yemeni government are bound by the truce, a Saudi diplomat confirmed.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet", "only:houthis,yemeni_government@saudi_arabia"}},
		{"only the two sides are bound: not an exclusions claim", "en", "", yemenLead + "Only the Houthis and the Yemeni government are bound by the truce, a Saudi diplomat confirmed.", "ceasefire.exclusions",
			nil},
		{"arabic participants joined to the sponsor are mediators", "ar", "", yemenLeadAr + "وقال مصدر سعودي إن الهدنة، التي رعتها سلطنة عمان بمشاركة الأمم المتحدة، صامدة.", "ceasefire.mediators",
			[]string{"oman,un@saudi_arabia"}},
		{"arabic participants in a coordinated phrase are not", "ar", "", yemenLeadAr + "وجاء الاتفاق بعد محادثات استضافتها مسقط بوساطة عمانية، وبمشاركة الأمم المتحدة.", "ceasefire.mediators",
			[]string{"oman@outlet"}},
	})
}

func TestArabicVerbsOfInsisting(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a capital that speaks of a term, and a spokesman who insists on another", "ar", "", yemenLeadAr + "وتختلف الروايتان بشأن مدة الهدنة، إذ تتحدث الحكومة اليمنية عن ثلاثين يوماً، في حين يصر الحوثيون على أنها تسعون يوماً.", "ceasefire.duration",
			[]string{"30@yemeni_government", "90@houthis"}},
	})
}

func TestListsAndObjects(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic the relative pronoun's antecedent stands alongside the named guarantor", "ar", "", yemenLeadAr + "وبحسب البيان الختامي للحوثيين، فإن مراقبة الهدنة ستتولاها الأمم المتحدة بمشاركة مراقبين من سلطنة عمان، التي ستكون إلى جانب السعودية ضامنة للاتفاق.", "ceasefire.guarantors",
			[]string{"oman,saudi_arabia@houthis"}},
		{"arabic a new that-clause ends the monitors list", "ar", "", yemenLeadAr + "ويتفق الطرفان على أن سلطنة عمان ستراقب الهدنة، وعلى أن المبعوث الأممي سيرعى المحادثات.", "ceasefire.monitors",
			[]string{"oman@outlet"}},
		{"hosting a side is no sponsorship", "en", "", yemenLead + "The diplomat said Oman, which hosts the Houthis in Muscat, must stay neutral.", "ceasefire.mediators",
			nil},
	})
}

func TestArabicSubjectOrderAndImperfects(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a clause-initial subject before the imperfect verb of demanding", "ar", "", yemenLeadAr + "وتكمن العقدة في الميناء: فالحكومة اليمنية تطالب بانسحاب الحوثيين منه.", "ceasefire.withdrawal",
			[]string{"houthis=required@yemeni_government~demanded"}},
		{"a definite noun subject is the body named in the lead", "ar", "", yemenLeadAr + "وتصر الحكومة على أن الاتفاق يشمل ألوية العمالقة.", "ceasefire.exclusions",
			[]string{"giants_brigades=not_excluded@yemeni_government"}},
	})
}

func TestReachedThroughTheEffortsOf(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic reached through the efforts of X alone", "ar", "", yemenLeadAr + "وقال الحوثيون في بيان إن \"الاتفاق الذي تم التوصل إليه بجهود سلطنة عمان حصراً يشمل الحديدة\".", "ceasefire.mediators",
			[]string{"only:oman@houthis"}},
		{"reached thanks to the efforts of X", "en", "", yemenLead + "The truce was reached thanks to the efforts of Oman, the United Nations said.", "ceasefire.mediators",
			[]string{"oman@un"}},
	})
}

func TestMediatorsSpeakAsTheArticlesMediator(t *testing.T) {
	runCases(t, []mechanismCase{
		{"unqualified mediators speak as the one mediator the article names", "en", "", "The Houthis and the Yemeni government have agreed to a ceasefire in Hodeidah, mediators said, after talks in Muscat. Oman said the truce would hold. The text provides for an exchange of prisoners, the mediators said.", "ceasefire.exchange",
			[]string{"prisoners=included@oman"}},
		{"two mediators named: no one of them speaks for the mediators", "en", "", "The Houthis and the Yemeni government have agreed to a ceasefire in Hodeidah. Oman and Qatar hosted the talks. The text provides for an exchange of prisoners, the mediators said.", "ceasefire.exchange",
			[]string{"prisoners=included@outlet"}},
	})
}

func TestNamingVerbAttributesNothing(t *testing.T) {
	runCases(t, []mechanismCase{
		{"what it called names a thing, the statement still speaks", "en", "", yemenLead + "Monitoring of the truce will be carried out exclusively by Oman, the Yemeni government said, rejecting what it called \"any foreign presence\".", "ceasefire.monitors",
			[]string{"only:oman@yemeni_government"}},
		{"arabic according to what residents said is a source", "ar", "", yemenLeadAr + "وبحسب ما أفاد سكان محليون، فإن الهدنة تستثني تنظيم القاعدة في جزيرة العرب.", "ceasefire.exclusions",
			[]string{"aqap=excluded@local_residents"}},
	})
}

func TestDemonstrativeForceIsTheGroupNamedBefore(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic these forces: the armed group of the sentence before, not the speaker", "ar", "", yemenLeadAr + "ولا يزال الخلاف قائماً حول وضع ألوية العمالقة. فبينما تؤكد الحكومة اليمنية أن الاتفاق يشمل هذه القوات، يرفض الحوثيون ذلك.", "ceasefire.exclusions",
			[]string{"giants_brigades=not_excluded@yemeni_government"}},
	})
}

func TestAskedForSpeaks(t *testing.T) {
	runCases(t, []mechanismCase{
		{"who asks for monitors says so", "en", "", yemenLead + "The Houthis have asked for Omani observers to monitor the truce.", "ceasefire.monitors",
			[]string{"oman@houthis"}},
	})
}
