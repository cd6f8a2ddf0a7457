package claims

// Withdrawal constructions widened in round 14: who the withdrawal is about when no force is
// named at the cue, denials of reported claims, two accounts of one force in one sentence, and
// forces that "stay in their positions".

import "testing"

// TestWithdrawalDeniedReports: a denial whose object is a report noun ("rejected claims that")
// governs the clause after it; an object pronoun of the obligation ("requires it to") is the
// denier's own force.
func TestWithdrawalDeniedReports(t *testing.T) {
	runCases(t, []mechanismCase{
		{"rejected claims that X must leave", "en", "", yemenLead + "The Houthis rejected claims that Houthi fighters must leave Hodeidah under the deal.", "ceasefire.withdrawal",
			[]string{"houthis=not_required@houthis"}},
		{"denied reports that the deal requires it to pull out troops", "en", "", yemenLead + "The Yemeni government denied reports that the truce requires it to pull out troops from Hodeidah.", "ceasefire.withdrawal",
			[]string{"yemeni_army=not_required@yemeni_government"}},
	})
}

// TestWithdrawalForceNotAtTheCue: forces coordinated after the noun, a state as the verb's
// subject, the subject before a parenthetical verb of saying.
func TestWithdrawalForceNotAtTheCue(t *testing.T) {
	runCases(t, []mechanismCase{
		{"forces coordinated after the noun", "en", "", yemenLead + "The deal provides for the pullback of Houthi fighters and Giants Brigades units from the port.", "ceasefire.withdrawal",
			[]string{"houthis=required@outlet", "giants_brigades=required@outlet"}},
		{"a state as the subject of the verb stands for its army", "en", "", yemenLead + `"Yemen is not withdrawing a single soldier from the coast," the government said.`, "ceasefire.withdrawal",
			[]string{"yemeni_army=not_required@yemeni_government"}},
		{"a state demanding the withdrawal noun is no force", "en", "", yemenLead + "Yemen demands the withdrawal from the port.", "ceasefire.withdrawal",
			nil},
		// A state leaving an event, a body or talks leaves no ground.
		{"a state leaves a tournament", "en", "", yemenLead + "Yemen is withdrawing from the Gulf Cup football tournament.", "ceasefire.withdrawal",
			nil},
		{"a state will not leave a conference", "en", "", yemenLead + "The government said Yemen would not pull out of the conference.", "ceasefire.withdrawal",
			nil},
		{"a state leaving ground stays its army", "en", "", yemenLead + `"Yemen will not withdraw from the coast," the government said.`, "ceasefire.withdrawal",
			[]string{"yemeni_army=not_required@yemeni_government"}},
		// The parenthetical must be a verb of saying, and the content a term, not a movement
		// seen beginning.
		{"an observed pullback in a parenthetical report", "en", "", yemenLead + "Houthi fighters, residents said, began to withdraw from the port.", "ceasefire.withdrawal",
			nil},
		{"the subject before a parenthetical verb of saying", "en", "", yemenLead + "The Houthis, the government added, must withdraw their fighters from the port within three days.", "ceasefire.withdrawal",
			[]string{"houthis=required@yemeni_government"}},
	})
}

// TestWithdrawalNoForceNamed: a withdrawal negated or denied with no force named is the
// speaker's own; a negated report about it is not.
func TestWithdrawalNoForceNamed(t *testing.T) {
	runCases(t, []mechanismCase{
		{"not on the table", "en", "", yemenLead + `"Withdrawal is not on the table," Yahya Sharaf al-Din said.`, "ceasefire.withdrawal",
			[]string{"houthis=not_required@yahya_sharaf_al_din"}},
		{"no withdrawal was part of the deal", "en", "", yemenLead + "The Houthis said that no withdrawal was part of the deal.", "ceasefire.withdrawal",
			[]string{"houthis=not_required@houthis"}},
		{"a negated report is no negated withdrawal", "en", "", yemenLead + "Residents said Houthi fighters pulled back overnight, though the Houthis did not confirm any withdrawal.", "ceasefire.withdrawal",
			nil},
		// Pronouns from the lexicon's function words: object pronoun + infinitive marker, first
		// person plural object.
		{"the deal does not require us to withdraw", "en", "", yemenLead + `"The deal does not require us to withdraw," Yahya Sharaf al-Din said.`, "ceasefire.withdrawal",
			[]string{"houthis=not_required@yahya_sharaf_al_din"}},
		{"the deal does not require it to pull out", "en", "", yemenLead + "The Yemeni government said the deal does not require it to pull out troops.", "ceasefire.withdrawal",
			[]string{"yemeni_army=not_required@yemeni_government"}},
		{"arabic no way out of the crisis is no withdrawal", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن لا خروج من الأزمة دون تنفيذ الاتفاق.", "ceasefire.withdrawal",
			nil},
		{"arabic we will not withdraw from our positions", "ar", "", yemenLeadAr + `وقال الحوثيون: "لن ننسحب من مواقعنا".`, "ceasefire.withdrawal",
			[]string{"houthis=not_required@houthis"}},
		{"arabic the wounded leaving are no force", "ar", "", yemenLeadAr + "وينص الاتفاق على فتح معبر لخروج الجرحى والمرضى من الحديدة.", "ceasefire.withdrawal",
			nil},
	})
}

// TestWithdrawalTwoAccounts: two speakers' accounts of the same force in one sentence are two
// claims.
func TestWithdrawalTwoAccounts(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic while one side says not required, the other says required", "ar", "", yemenLeadAr + "فبينما تؤكد الحكومة اليمنية أن الاتفاق لا يلزم ألوية العمالقة بمغادرة الساحل، يصر الحوثيون على أنه ينص على خروج ألوية العمالقة من الساحل.", "ceasefire.withdrawal",
			[]string{"giants_brigades=not_required@yemeni_government", "giants_brigades=required@houthis"}},
	})
}

// TestWithdrawalStayInPositions: a force that "will stay in its positions" refuses to withdraw;
// one that stays in its new positions has moved.
func TestWithdrawalStayInPositions(t *testing.T) {
	runCases(t, []mechanismCase{
		{"our fighters will stay at their posts", "en", "", yemenLead + `"Our fighters will stay at their posts," Yahya Sharaf al-Din said.`, "ceasefire.withdrawal",
			[]string{"houthis=not_required@yahya_sharaf_al_din"}},
		{"arabic the named force will stay in its positions", "ar", "", yemenLeadAr + `وقال الحوثيون إن ألوية العمالقة "ستبقى في مواقعها".`, "ceasefire.withdrawal",
			[]string{"giants_brigades=not_required@houthis"}},
		{"arabic new positions: the force has moved", "ar", "", yemenLeadAr + `وقال الحوثيون إن ألوية العمالقة ستبقى في مواقعها الجديدة.`, "ceasefire.withdrawal",
			nil},
		// A stay cue is intransitive: the force after it belongs to the next clause, and it
		// negates no withdrawal claimed before.
		{"stay in their positions until the other side withdraws", "en", "", yemenLead + "The government said its fighters would stay in their positions until the Houthis withdraw.", "ceasefire.withdrawal",
			[]string{"yemeni_army=not_required@yemeni_government", "houthis=required@yemeni_government"}},
		{"the other side withdraws, then ours stay", "en", "", yemenLead + "The government said the Houthis must withdraw while its fighters stay in their positions.", "ceasefire.withdrawal",
			[]string{"houthis=required@yemeni_government", "yemeni_army=not_required@yemeni_government"}},
	})
}

// TestWithdrawalDemandsAndObjects: a demand said to be no part of the deal, a demand set against
// a refusal, what is pulled back named by its country's adjective, a place cleared of a force.
func TestWithdrawalDemandsAndObjects(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic a demand said to be no part of the deal", "ar", "", yemenLeadAr + `وقال الحوثيون إن مطالبة الحكومة بانسحاب قوات أنصار الله من الموانئ "ليست جزءاً من الاتفاق".`, "ceasefire.withdrawal",
			[]string{"houthis=required@yemeni_government~demanded", "houthis=not_required@houthis"}},
		{"arabic a refusal and a demand in one sentence", "ar", "", yemenLeadAr + `وشدد الحوثيون على أن قوات أنصار الله "لن تنسحب من الموانئ"، في رد على مطالبة الحكومة بإعادة تموضع قوات أنصار الله بعيداً عن الساحل.`, "ceasefire.withdrawal",
			[]string{"houthis=not_required@houthis", "houthis=required@yemeni_government~demanded"}},
		// Only in a war between two states: in a civil war the weapons may be either side's.
		// (Thai and Cambodian ids: the gazetteer's two-state war.)
		{"arabic heavy weapons named by the country's adjective", "ar", "", "اتفقت تايلاند وكمبوديا على وقف لإطلاق النار على الحدود يوم الخميس. وقالت تايلاند إن الاتفاق ينص على سحب الأسلحة الثقيلة الكمبودية من الحدود.", "ceasefire.withdrawal",
			[]string{"royal_cambodian_armed_forces=required@thailand"}},
		{"arabic heavy weapons named by a civil war's country", "ar", "", yemenLeadAr + "وقال الحوثيون إن الاتفاق ينص على سحب الأسلحة الثقيلة اليمنية من الساحل.", "ceasefire.withdrawal",
			nil},
		{"arabic the sides discussed withdrawing a civil war's weapons", "ar", "", yemenLeadAr + "وبحث الطرفان سحب الأسلحة الثقيلة اليمنية من الحديدة.", "ceasefire.withdrawal",
			nil},
		{"arabic leaving a country's land is no withdrawal of its army", "ar", "", yemenLeadAr + "وقال الحوثيون إن الاتفاق ينص على مغادرة الأراضي اليمنية.", "ceasefire.withdrawal",
			nil},
		{"arabic a place cleared of a force", "ar", "", yemenLeadAr + "وأوضح البيان أن الاتفاق ينص على إخلاء المنطقة الواقعة جنوب الحديدة من مقاتلي أنصار الله.", "ceasefire.withdrawal",
			[]string{"houthis=required@outlet"}},
		{"arabic the wounded cleared from a town are no force", "ar", "", yemenLeadAr + "وأوضح البيان أن الاتفاق ينص على إخلاء الجرحى من الحديدة.", "ceasefire.withdrawal",
			nil},
	})
}

// TestWithdrawalWhoseAccount: whose account a withdrawal with no force named is.
func TestWithdrawalWhoseAccount(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic activists' demand is no side's term", "ar", "", yemenLeadAr + "ويطالب ناشطون في المدينة بخروج كامل لقوات أنصار الله من الأحياء السكنية.", "ceasefire.withdrawal",
			nil},
		{"a mediator's negated withdrawal is not its own force's", "en", "", yemenLead + `"Withdrawal is not on the table for now," Oman said.`, "ceasefire.withdrawal",
			nil},
	})
}

// TestWithdrawalDemander: a demand reported by someone else is the demander's account.
func TestWithdrawalDemander(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic an analyst reports the government's demand", "ar", "", yemenLeadAr + "وقال المحلل إن الحكومة اليمنية تطالب برحيل قوات أنصار الله عن الحديدة.", "ceasefire.withdrawal",
			[]string{"houthis=required@yemeni_government~demanded"}},
		{"arabic the demand noun names the demander", "ar", "", yemenLeadAr + `وشدد الحوثيون على أن ألوية العمالقة "لن تنسحب من الساحل"، في رد على مطالبة الحكومة اليمنية بإعادة تموضع ألوية العمالقة.`, "ceasefire.withdrawal",
			[]string{"giants_brigades=not_required@houthis", "giants_brigades=required@yemeni_government~demanded"}},
	})
}

// TestWithdrawalFromTalks: leaving the talks is no force leaving ground.
func TestWithdrawalFromTalks(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a state will not withdraw from the talks", "en", "", yemenLead + `"Yemen will not withdraw from the talks," the government said.`, "ceasefire.withdrawal",
			nil},
		{"we will not withdraw from the negotiations", "en", "", yemenLead + `"We will not withdraw from the negotiations," Yahya Sharaf al-Din said.`, "ceasefire.withdrawal",
			nil},
		{"arabic a delegation's withdrawal from the talks", "ar", "", yemenLeadAr + "وهدد الحوثيون بانسحاب وفدهم من المفاوضات.", "ceasefire.withdrawal",
			nil},
		// Only "from the talks": a talks noun after another word is the time of the withdrawal.
		{"withdraw before talks resume", "en", "", yemenLead + "The Houthis must withdraw before talks resume in Muscat.", "ceasefire.withdrawal",
			[]string{"houthis=required@outlet"}},
		{"withdraw ahead of the talks", "en", "", yemenLead + "The Houthis must withdraw ahead of the talks on Sanaa.", "ceasefire.withdrawal",
			[]string{"houthis=required@outlet"}},
		{"arabic withdrawal before the talks", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن على الحوثيين الانسحاب قبل المفاوضات.", "ceasefire.withdrawal",
			[]string{"houthis=required@yemeni_government"}},
		{"arabic the deal provides for withdrawal before the talks start", "ar", "", yemenLeadAr + "وينص الاتفاق على انسحاب الحوثيين قبل بدء المفاوضات.", "ceasefire.withdrawal",
			[]string{"houthis=required@outlet"}},
	})
}
