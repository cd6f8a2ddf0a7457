package claims

import "testing"

// Fourth round of the provisions family, on constructions first met in the sets retired from
// blind in stop 10 (an interstate line of control, a live blog, a regional administration at
// war with its federal government), with sentences written for the purpose about Yemen.

func TestProvisionConstructionsRound4(t *testing.T) {
	runCases(t, []mechanismCase{
		{"an understanding is an agreement noun: no swap in this understanding", "en", "", "The Houthis and the Yemeni government reached an understanding to stop firing around Hodeidah on Tuesday. Shops reopened on Wednesday. \"There is no prisoner swap in this understanding,\" the Yemeni government said.", "ceasefire.exchange",
			[]string{"prisoners=not_included@yemeni_government"}},
		{"arabic an understanding is an agreement noun", "ar", "", yemenLeadAr + "وعادت الأسواق إلى العمل يوم الأربعاء. وقالت الحكومة اليمنية إن التفاهم لا يتضمن تبادل الأسرى.", "ceasefire.exchange",
			[]string{"prisoners=not_included@yemeni_government"}},
		{"nobody is withdrawing: a later negated mention of the same force", "en", "", yemenLead + "Nor, the Houthis added, would their fighters be pulled back from Hodeidah: \"Nobody is withdrawing from anywhere.\"", "ceasefire.withdrawal",
			[]string{"houthis=not_required@houthis"}},
		{"arabic a file not included in the agreement", "ar", "", yemenLeadAr + "وأكد مصدر في الحكومة اليمنية أن ملف الأسرى \"لم يُدرج في الاتفاق\".", "ceasefire.exchange",
			[]string{"prisoners=not_included@yemeni_government"}},
		{"captives held by the group are hostages, not prisoners", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن الاتفاق لا يتضمن الإفراج عن المحتجزين لدى الجماعة.", "ceasefire.exchange",
			[]string{"hostages=not_included@yemeni_government"}},
		{"detainees held by both sides stay prisoners", "en", "", yemenLead + "The government said the agreement provides for the release of detainees held by both sides.", "ceasefire.exchange",
			[]string{"prisoners=included@yemeni_government"}},
		{"continuing operations against a jihadist group is a retained right", "en", "", yemenLead + "The government said that operations against AQAP will continue.", "ceasefire.retained_rights",
			[]string{"fight_terrorism=retained@yemeni_government"}},
		{"arabic pursuing a jihadist group is a retained right", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إنها ستواصل ملاحقة القاعدة في جزيرة العرب.", "ceasefire.retained_rights",
			[]string{"fight_terrorism=retained@yemeni_government"}},
		{"operations against a party to the truce are no retained right", "en", "", yemenLead + "The government said that operations against the Houthis had stopped.", "ceasefire.retained_rights",
			nil},
		{"a negated inclusion does not reach past a new verb of saying", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن \"القاعدة في جزيرة العرب ليست طرفاً في الاتفاق\"، موضحة أن \"تبادل الأسرى سيبدأ الأسبوع المقبل\".", "ceasefire.exchange",
			[]string{"prisoners=included@yemeni_government"}},
		{"a withdrawal mentioned twice, asserted both times, stays required", "en", "", yemenLead + "The government said Houthi fighters would pull back from the port and would withdraw from the city.", "ceasefire.withdrawal",
			[]string{"houthis=required@yemeni_government"}},
	})
}

func TestCoverageConstructionsRound4(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the head before an appositive naming another place is what is not covered", "en", "", yemenLead + "Al-Qaeda, the group that holds villages around Hays, is not covered, the government said.", "ceasefire.exclusions",
			[]string{"aqap=excluded@yemeni_government"}},
		{"the head of X in Y, past an appositive, is not part of it", "en", "", yemenLead + "The port of Saleef in Hodeidah, shelled for months, is not part of it, the government said.", "ceasefire.exclusions",
			[]string{"saleef=excluded@yemeni_government"}},
		{"a linking verb after the appositive: X, where ..., lies outside the truce", "en", "", yemenLead + "Hays, where army units face AQAP daily, lies outside the ceasefire, the government said.", "ceasefire.exclusions",
			[]string{"hays=excluded@yemeni_government"}},
		{"not concerned by the truce is not covered", "en", "", yemenLead + "The government said AQAP is not concerned by the truce.", "ceasefire.exclusions",
			[]string{"aqap=excluded@yemeni_government"}},
		{"arabic not concerned by the truce", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن القاعدة في جزيرة العرب ليست معنية بالهدنة.", "ceasefire.exclusions",
			[]string{"aqap=excluded@yemeni_government"}},
		{"a name just before the passive predicate is still its subject", "en", "", yemenLead + "The government said that, in its view, Hays is not covered.", "ceasefire.exclusions",
			[]string{"hays=excluded@yemeni_government"}},
	})
}

func TestStatusConstructionsRound4(t *testing.T) {
	runCases(t, []mechanismCase{
		{"agreeing to act as guarantors presupposes the truce", "en", "", "GENEVA - The Houthis and the Yemeni government reached a truce in Hodeidah on Tuesday. Food prices fell on Wednesday. Oman and Jordan have agreed to act as guarantors, the UN said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"both parties have committed to a cessation of hostilities", "en", "", "Oman said on Tuesday that the Houthis and the Yemeni government had held talks in Muscat. \"Both parties have committed to a complete cessation of hostilities in Hodeidah,\" Oman said.", "ceasefire.status",
			[]string{"agreed@oman"}},
		{"a truce in its third day is in force", "en", "", yemenLead + "Welcome to our live coverage of the ceasefire in Hodeidah, now in its third day.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@outlet"}},
		{"arabic the ceasefire began", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن وقف إطلاق النار بدأ منتصف الليل.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@yemeni_government"}},
		{"arabic a truce entering its first week", "ar", "", "يدخل وقف إطلاق النار بين الحوثيين والحكومة اليمنية في الحديدة أسبوعه الأول.", "ceasefire.status",
			[]string{"in_force@outlet"}},
		{"the ceasefire remained in force", "en", "", yemenLead + "The government said the ceasefire remained in force despite the shelling.", "ceasefire.status",
			[]string{"agreed@outlet", "in_force@yemeni_government"}},
		{"commanders put their names to the text", "en", "", yemenLead + "Commanders of six brigades put their names to the text, the government said.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@yemeni_government"}},
		{"the agreement grew out of a proposal", "en", "", yemenLead + "The agreement grew out of a proposal Oman tabled in March.", "ceasefire.status",
			[]string{"agreed@outlet", "proposed@outlet"}},
		{"arabic the agreement was concluded", "ar", "", "قالت الحكومة اليمنية إن اتفاق وقف إطلاق النار أُبرم بين الطرفين في الحديدة.", "ceasefire.status",
			[]string{"agreed@yemeni_government"}},
		{"arabic the agreement rests on a proposal", "ar", "", yemenLeadAr + "وقال مسؤول إن وقف إطلاق النار يستند إلى مقترح عماني.", "ceasefire.status",
			[]string{"agreed@outlet", "proposed@outlet"}},
		{"a participle set off by commas after the deal presupposes it", "en", "", yemenLead + "Food prices fell on Wednesday. The deal, brokered by Oman with Jordanian support, also reopens the port, the government said.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"a truce brokered by a mediator in the main clause is agreed", "en", "", "Oman brokered a ceasefire between the Houthis and the Yemeni government in Hodeidah on Tuesday.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"a truce agreed last month in a dated article is background", "en", "2019-05-01T10:00:00Z", yemenLead + "A truce agreed in Taiz last January collapsed within weeks.", "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}

func TestScopeConstructionsRound4(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a truce along a named sub-national front is partial", "en", "", "The Houthis and the Yemeni government agreed on Tuesday to stop firing along the Hays front, the government said.", "ceasefire.scope",
			[]string{"partial@yemeni_government"}},
		{"arabic a truce along a named sub-national front is partial", "ar", "", "اتفق الحوثيون والحكومة اليمنية يوم الثلاثاء على وقف إطلاق النار على طول جبهة حيس.", "ceasefire.scope",
			[]string{"partial@outlet"}},
	})
}
