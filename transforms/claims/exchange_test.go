package claims

// Prisoner exchange and release provisions (ceasefire.exchange): exchange and release nouns, inclusion and its denial.

import "testing"

// TestExchangeWords: nouns of exchange: bodies, detainees, prisoners of war.
func TestExchangeWords(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic bodies without the article", "ar", "", yemenLeadAr + "وينص الاتفاق على تبادل جثث القتلى.", "ceasefire.exchange",
			[]string{"bodies=included@outlet"}},
		{"arabic detainees", "ar", "", yemenLeadAr + "ويتضمن الاتفاق الإفراج عن المحتجزين لدى الطرفين.", "ceasefire.exchange",
			[]string{"prisoners=included@outlet"}},
		{"prisoners of war", "en", "", yemenLead + "The deal provides for the release of prisoners of war.", "ceasefire.exchange",
			[]string{"prisoners=included@outlet"}},
	})
}

// TestExchangeProvisionPolarity: how the exchange provision is asserted or denied: agreement nouns, negations, relative clauses, hostages versus prisoners.
func TestExchangeProvisionPolarity(t *testing.T) {
	runCases(t, []mechanismCase{
		{"negated inclusion verb governs a far provision", "ar", "", "دخل وقف إطلاق النار حيز التنفيذ. ولم يتضمن الاتفاق، بحسب نسخة منه اطلعت عليها الصحيفة، أي بند يتعلق بتبادل الأسرى.", "ceasefire.exchange",
			[]string{"prisoners=not_included@outlet"}},
		{"talks agenda is not a provision", "en", "", "The ceasefire took effect on Thursday. The envoy expects talks on prisoners next month.", "ceasefire.exchange",
			nil},
		{"arabic bodies of prisoners are one slot", "ar", "", yemenLeadAr + `ونفى الحوثيون أن يكون تسليم جثث الأسرى القتلى جزءاً من الاتفاق.`, "ceasefire.exchange",
			[]string{"bodies=not_included@houthis"}},
		{"silence of a statement is no denial", "en", "", yemenLead + "The Houthi statement did not mention the prisoner exchange, which the UN said could begin next week.", "ceasefire.exchange",
			[]string{"prisoners=included@un"}},
		{"a relative clause describing a group", "en", "", yemenLead + "The Houthis, who hold hundreds of prisoners, said they would respect the truce.", "ceasefire.exchange",
			nil},
		{"backshifted had been after a verb of saying", "en", "", yemenLead + "The official said no release of prisoners had been agreed.", "ceasefire.exchange",
			[]string{"prisoners=not_included@outlet"}},
		{"never on the table", "en", "", yemenLead + `"A prisoner exchange was never on the table," a Saudi official said.`, "ceasefire.exchange",
			[]string{"prisoners=not_included@saudi_arabia"}},
		{"part of what we signed stands for the agreement", "en", "", yemenLead + `The port reopened on Friday. The governor added that the release of hundreds of detainees held in Sanaa prisons was "part of what we signed in Muscat," and that talks would go on.`, "ceasefire.exchange",
			[]string{"prisoners=included@outlet"}},
		{"arabic a negated predicate past a relative clause", "ar", "", yemenLeadAr + `وقال الحوثيون إن تبادل الأسرى، الذي سيشمل 300 أسير، "مسار منفصل لا علاقة له بالهدنة".`, "ceasefire.exchange",
			[]string{"prisoners=not_included@houthis"}},
		{"the sides agreed to a provision", "en", "", yemenLead + "Power returned to the port. Both sides agreed to hand over the bodies of fighters killed in the clashes, the UN said.", "ceasefire.exchange",
			[]string{"bodies=included@un"}},
		{"under the terms of the deal", "en", "", "Power returned to Hodeidah after the ceasefire. Shops reopened. Under the terms described by the UN, the sides will not only exchange the remains of the dead but also release detainees.", "ceasefire.exchange",
			[]string{"bodies=included@un", "prisoners=included@un"}},
		{"an understanding is an agreement noun: no swap in this understanding", "en", "", "The Houthis and the Yemeni government reached an understanding to stop firing around Hodeidah on Tuesday. Shops reopened on Wednesday. \"There is no prisoner swap in this understanding,\" the Yemeni government said.", "ceasefire.exchange",
			[]string{"prisoners=not_included@yemeni_government"}},
		{"arabic an understanding is an agreement noun", "ar", "", yemenLeadAr + "وعادت الأسواق إلى العمل يوم الأربعاء. وقالت الحكومة اليمنية إن التفاهم لا يتضمن تبادل الأسرى.", "ceasefire.exchange",
			[]string{"prisoners=not_included@yemeni_government"}},
		{"arabic a file not included in the agreement", "ar", "", yemenLeadAr + "وأكد مصدر في الحكومة اليمنية أن ملف الأسرى \"لم يُدرج في الاتفاق\".", "ceasefire.exchange",
			[]string{"prisoners=not_included@yemeni_government"}},
		{"captives held by the group are hostages, not prisoners", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن الاتفاق لا يتضمن الإفراج عن المحتجزين لدى الجماعة.", "ceasefire.exchange",
			[]string{"hostages=not_included@yemeni_government"}},
		{"detainees held by both sides stay prisoners", "en", "", yemenLead + "The government said the agreement provides for the release of detainees held by both sides.", "ceasefire.exchange",
			[]string{"prisoners=included@yemeni_government"}},
		{"a negated inclusion does not reach past a new verb of saying", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن \"القاعدة في جزيرة العرب ليست طرفاً في الاتفاق\"، موضحة أن \"تبادل الأسرى سيبدأ الأسبوع المقبل\".", "ceasefire.exchange",
			[]string{"prisoners=included@yemeni_government"}},
	})
}

// TestExchangeAccountsSetAgainstEachOther: two accounts of the exchange in one sentence, and one account negated twice.
func TestExchangeAccountsSetAgainstEachOther(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic: while opens another account of the slot", "ar", pubTueAr, yemenLeadAr + "فالحوثيون يقولون إن الاتفاق يشمل الإفراج عن المعتقلين، بينما تؤكد الحكومة اليمنية أن ملف المعتقلين ليس جزءاً من الاتفاق.", "ceasefire.exchange",
			[]string{"prisoners=included@houthis", "prisoners=not_included@yemeni_government"}},
		{"one account negated twice stays one claim", "ar", pubTueAr, yemenLeadAr + "وقالت الحكومة اليمنية إن ملف الأسرى لم يحسم، وإن تبادل الأسرى ليس جزءاً من الاتفاق.", "ceasefire.exchange",
			[]string{"prisoners=not_included@yemeni_government"}},
	})
}

// TestReleaseNouns: nouns of release: prisoners versus hostages.
func TestReleaseNouns(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the release of a group's members is a prisoner release", "en", pubTue, yemenLead + `The Houthis insisted that the release of their members held by the government was "a written part of the deal".`, "ceasefire.exchange",
			[]string{"prisoners=included@houthis"}},
		{"the release of hostages is the hostages' slot only", "en", pubTue, yemenLead + "The Houthis said the agreement provides for the release of 30 hostages.", "ceasefire.exchange",
			[]string{"hostages=included@houthis"}},
		{"arabic: the release of hostages is the hostages' slot only", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن الاتفاق ينص على الإفراج عن الرهائن.", "ceasefire.exchange",
			[]string{"hostages=included@houthis"}},
		{"arabic: itlaq sarah is a release", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن الاتفاق ينص على إطلاق سراح رفاقنا لدى الحكومة.", "ceasefire.exchange",
			[]string{"prisoners=included@houthis"}},
	})
}

// TestCapturedSoldiersAndOutsideTheTruce: captured or detained soldiers are captives, and a
// slot said to stay outside the truce ("خارج إطار الهدنة", "outside the agreement") is not in it.
func TestCapturedSoldiersAndOutsideTheTruce(t *testing.T) {
	runCases(t, []mechanismCase{
		{"captured soldiers are prisoners", "en", "", yemenLead + "The release of captured soldiers is part of the deal, the government said.", "ceasefire.exchange",
			[]string{"prisoners=included@yemeni_government"}},
		{"prisoners outside the agreement", "en", "", yemenLead + "The government said the prisoners remain outside the agreement.", "ceasefire.exchange",
			[]string{"prisoners=not_included@yemeni_government"}},
		{"arabic the prisoners file stays outside the truce", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن ملف الأسرى يبقى خارج إطار الهدنة.", "ceasefire.exchange",
			[]string{"prisoners=not_included@yemeni_government"}},
	})
}

// TestAbducteeAndDetaineeWords: the inflections of the abductee and detainee words name the
// hostages and prisoners slots.
func TestAbducteeAndDetaineeWords(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic seventeen abductees (accusative singular after a number)", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن الاتفاق يقضي بإطلاق سراح سبعة عشر مختطفاً خلال الأسبوع الأول.", "ceasefire.exchange",
			[]string{"hostages=included@yemeni_government"}},
		{"the release of abducted people", "en", "", yemenLead + "The release of abducted people is part of the deal, the UN said.", "ceasefire.exchange",
			[]string{"hostages=included@un"}},
		{"arabic the detainees (mawqufin)", "ar", "", yemenLeadAr + "وأكد الحوثيون أن الإفراج عن الموقوفين جزء لا يتجزأ من الاتفاق.", "ceasefire.exchange",
			[]string{"prisoners=included@houthis"}},
	})
}

// TestProvisionsInQuestions: a question asserts no provision (exchange, aid).
func TestProvisionsInQuestions(t *testing.T) {
	runCases(t, []mechanismCase{
		{"question: would prisoners be released", "en", "", yemenLead + "Would the Houthis release their prisoners if the government freed theirs?", "ceasefire.exchange",
			nil},
		{"question: would aid reach the city", "en", "", yemenLead + "Would aid reach Hodeidah if the fighting stopped?", "ceasefire.humanitarian",
			nil},
		{"arabic question: does the deal include an exchange", "ar", "", yemenLeadAr + "هل يشمل الاتفاق تبادل الأسرى؟", "ceasefire.exchange",
			nil},
		{"the deal includes an exchange stays", "en", "", yemenLead + "The deal includes the exchange of all prisoners.", "ceasefire.exchange",
			[]string{"prisoners=included@outlet"}},
	})
}
