package claims

// Withdrawal provisions (ceasefire.withdrawal): who must pull back, obligations and their negation.

import "testing"

// TestWithdrawalObligations: who is obliged to withdraw, and negated obligations.
func TestWithdrawalObligations(t *testing.T) {
	runCases(t, []mechanismCase{
		{"force before the verb", "en", "", "Under the ceasefire in Yemen, Houthi fighters are to pull back from the ports.", "ceasefire.withdrawal",
			[]string{"houthis=required@outlet"}},
		{"negated withdrawal", "ar", "", "وقال مصدر إن وقف إطلاق النار في اليمن لا يعني أن قوات أنصار الله لن تنسحب من الموانئ.", "ceasefire.withdrawal",
			[]string{"houthis=not_required@sources"}},
		{"negated governing verb before the force", "en", "", "The UN envoy said the ceasefire does not require the Houthis to withdraw from the port.", "ceasefire.withdrawal",
			[]string{"houthis=not_required@un_envoy"}},
		{"negated agreement noun as the obliging subject", "en", "", "The ceasefire took effect on Thursday. The Houthis said nothing in the agreement obliged Houthi forces to leave the port.", "ceasefire.withdrawal",
			[]string{"houthis=not_required@houthis"}},
		{"arabic negated agreement noun", "ar", "", "دخل وقف إطلاق النار حيز التنفيذ. وقال الحوثيون إن لا شيء في الاتفاق يلزم قوات أنصار الله بالانسحاب من الميناء.", "ceasefire.withdrawal",
			[]string{"houthis=not_required@houthis"}},
		{"plain obligation", "en", "", "The UN envoy said the ceasefire requires the Houthis to withdraw from the port.", "ceasefire.withdrawal",
			[]string{"houthis=required@un_envoy"}},
	})
}

// TestWithdrawalVerbs: verbs and nouns of withdrawal, whose forces, and their denial.
func TestWithdrawalVerbs(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a negated obligation noun", "en", "", yemenLead + "The accord places no obligation on the Houthis to withdraw, their spokesman said.", "ceasefire.withdrawal",
			[]string{"houthis=not_required@houthis"}},
		{"nowhere does it require", "en", "", yemenLead + "Nowhere does the agreement require the withdrawal of the Houthis, the group said.", "ceasefire.withdrawal",
			[]string{"houthis=not_required@houthis"}},
		{"no clause requiring our withdrawal: the speaker's force", "en", "", yemenLead + `"There is no clause requiring our withdrawal from any town," Yahya Sharaf al-Din said.`, "ceasefire.withdrawal",
			[]string{"houthis=not_required@yahya_sharaf_al_din"}},
		{"arabic our forces", "ar", "", yemenLeadAr + `وأكد الحوثيون في بيان أن الاتفاق "لا يلزم قواتنا بالانسحاب من أي مدينة".`, "ceasefire.withdrawal",
			[]string{"houthis=not_required@houthis"}},
		{"arabic the genitive of the noun, not the speaker", "ar", "", yemenLeadAr + "وتصر الحكومة على أن الاتفاق ينص على انسحاب الحوثيين من الموانئ.", "ceasefire.withdrawal",
			[]string{"houthis=required@yemeni_government"}}, // تصر الحكومة: the government speaks (gaza's gold)
		{"arabic the speaker is not the force of the content", "ar", "", yemenLeadAr + "وتصر ألوية العمالقة على أن الاتفاق ينص على الانسحاب من الموانئ.", "ceasefire.withdrawal",
			nil},
		{"not only ... but is no negation", "ar", "", yemenLeadAr + "فالهدنة لا تقتصر على انسحاب الحوثيين من الموانئ، بل تشمل أيضاً فتح الطرق.", "ceasefire.withdrawal",
			[]string{"houthis=required@outlet"}},
		{"our forces in a government's mouth are its army", "en", "", yemenLead + `"Nothing in the agreement obliges our forces to leave Hodeidah," the Yemeni government said.`, "ceasefire.withdrawal",
			[]string{"yemeni_army=not_required@yemeni_government"}},
		{"a pull-back seen on the ground is no term", "en", "", yemenLead + "Residents said Houthi fighters pulled back from parts of the port overnight.", "ceasefire.withdrawal",
			nil},
		{"arabic a negated predicate after the withdrawal phrase", "ar", "", yemenLeadAr + `وقال الحوثيون إن انسحاب العمالقة من المدينة "ليس مطروحاً".`, "ceasefire.withdrawal",
			[]string{"giants_brigades=not_required@houthis"}},
		{"arabic a denying participle", "ar", "", yemenLeadAr + "وأكد الحوثيون التزامهم بالهدنة، نافين أن يكون انسحاب العمالقة من الساحل جزءاً من التفاهمات.", "ceasefire.withdrawal",
			[]string{"giants_brigades=not_required@houthis"}},
		{"the subject of the first of two coordinated predicates", "en", "", yemenLead + `"The Giants Brigades are on their own land and will not withdraw from anywhere," the government said.`, "ceasefire.withdrawal",
			[]string{"giants_brigades=not_required@yemeni_government"}},
		{"a demonstrative stands for the force named before", "en", "", yemenLead + "The Houthis said the port, held by the Giants Brigades since May, is covered, and that those forces must leave it.", "ceasefire.withdrawal",
			[]string{"giants_brigades=required@houthis"}},
		{"arabic a relative rejection is the other side's account", "ar", "", yemenLeadAr + "ويطالب الحوثيون بانسحاب العمالقة من الساحل، وهو ما ترفضه الحكومة اليمنية.", "ceasefire.withdrawal",
			// يطالب الحوثيون: the Houthis speak; the rejection is its own subject's, the
			// government's (ترفضه الحكومة, provisions_relative_denier.go).
			[]string{"giants_brigades=required@houthis~demanded", "giants_brigades=not_required@yemeni_government"}},
		{"a verb of saying with no as its whole object answers the term", "en", "", yemenLead + "\n\n- The government says the Giants Brigades must leave the port; the Houthis say no.", "ceasefire.withdrawal",
			[]string{"giants_brigades=required@yemeni_government", "giants_brigades=not_required@houthis"}},
	})
}

// TestWithdrawalMentionedAgain: a withdrawal mentioned twice, asserted both times or negated later.
func TestWithdrawalMentionedAgain(t *testing.T) {
	runCases(t, []mechanismCase{
		{"nobody is withdrawing: a later negated mention of the same force", "en", "", yemenLead + "Nor, the Houthis added, would their fighters be pulled back from Hodeidah: \"Nobody is withdrawing from anywhere.\"", "ceasefire.withdrawal",
			[]string{"houthis=not_required@houthis"}},
		{"a withdrawal mentioned twice, asserted both times, stays required", "en", "", yemenLead + "The government said Houthi fighters would pull back from the port and would withdraw from the city.", "ceasefire.withdrawal",
			[]string{"houthis=required@yemeni_government"}},
	})
}

// TestDeniedWithdrawalOfItsOwnForces: a denial that the agreement provides for a withdrawal of
// "its forces" (لقواته، لقواتها، its troops): the denial reaches into the clause it governs, and
// with no country named in the content the possessor is the speaker (a government's army).
func TestDeniedWithdrawalOfItsOwnForces(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic a government denies a withdrawal of its forces", "ar", "", yemenLeadAr + "ونفت الحكومة اليمنية أن يكون الاتفاق قد نص على أي انسحاب لقواتها من الحديدة.", "ceasefire.withdrawal",
			[]string{"yemeni_army=not_required@yemeni_government"}},
		{"a government denies a withdrawal of its troops", "en", "", yemenLead + "The Yemeni government denied that the deal provided for any withdrawal of its troops from Hodeidah.", "ceasefire.withdrawal",
			[]string{"yemeni_army=not_required@yemeni_government"}},
	})
}

// TestWithdrawalOfAnotherForceAndQuestions: a demanded withdrawal of a force qualified by a state
// with no army of its own in the gazetteer names no side (never the demander); a question
// asserts no withdrawal.
func TestWithdrawalOfAnotherForceAndQuestions(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic Saudi forces: not the demander's", "ar", "", yemenLeadAr + "وطالب الحوثيون بانسحاب القوات السعودية من اليمن.", "ceasefire.withdrawal",
			nil},
		{"arabic Houthi forces stay the Houthis", "ar", "", yemenLeadAr + "وطالبت الحكومة بانسحاب القوات الحوثية من الحديدة.", "ceasefire.withdrawal",
			[]string{"houthis=required@yemeni_government~demanded"}},
		{"question: would troops leave", "en", "", yemenLead + "Would Houthi fighters leave Hodeidah if the coalition stopped its raids?", "ceasefire.withdrawal",
			nil},
		{"the deal requires the Houthis to withdraw stays", "en", "", yemenLead + "The deal requires the Houthis to withdraw from Hodeidah.", "ceasefire.withdrawal",
			[]string{"houthis=required@outlet"}},
	})
}
