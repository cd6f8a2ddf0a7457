package claims

import "testing"

// Second round of the polarity and value provisions, on constructions first met in the
// Ethiopia and northeast Syria development sets, with sentences written for the purpose about
// Yemen.

func TestOwnSignatureConstructions(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a negated first-person signature with an indefinite object", "en", "", yemenLead + `"We did not sign anything in Sanaa, and no one signed on our behalf," the Houthis said.`, "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@houthis"}},
		{"a free relative on a first-person verb", "en", "", yemenLead + `"Aid must reach Hodeidah. That is the heart of what we agreed," the Houthis said.`, "ceasefire.status",
			[]string{"agreed@outlet", "agreed@houthis"}},
		{"a negation outside the free relative denies nothing", "en", "", yemenLead + `"Shelling the port is not what we agreed," the Houthis said.`, "ceasefire.status",
			[]string{"agreed@outlet", "agreed@houthis"}},
		{"a provision that was part of what we signed asserts the provision only", "en", "", yemenLead + `"The release of prisoners is part of what we signed in Sanaa," the Houthis said.`, "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic first-person imperfect, negated, with an indefinite object", "ar", "", yemenLeadAr + `وقال متحدث باسم الحوثيين: "لم نوقّع على أي شيء في مسقط".`, "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@houthis"}},
		{"arabic free relative on a first-person verb", "ar", "", yemenLeadAr + `وقال الحوثيون: "هذا جوهر ما اتفقنا عليه".`, "ceasefire.status",
			[]string{"agreed@outlet", "agreed@houthis"}},
		{"a first-person verb with its own object is no signature", "en", "", yemenLead + `"We agreed to meet again in Muscat," the Houthis said.`, "ceasefire.status",
			[]string{"agreed@outlet"}},
	})
}

func TestCoverageConstructionsRound2(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic negated part of the arrangement", "ar", "", yemenLeadAr + `وقال الحوثيون إن مديرية حيس "ليست جزءاً من هذا الترتيب".`, "ceasefire.exclusions",
			[]string{"hays=excluded@houthis"}},
		{"arabic part of an agreement named by its place names the agreement, not a member", "ar", "", yemenLeadAr + `وقال الحوثيون إن تبادل الأسرى ليس جزءاً من اتفاق الحديدة.`, "ceasefire.exclusions",
			nil},
		{"a demonstrative place noun stands for the place before", "en", "", yemenLead + `"Operations in Hays will continue, as this area is outside the scope of the arrangement," the government said.`, "ceasefire.exclusions",
			[]string{"hays=excluded@yemeni_government"}},
		{"a coordinated list before an outside predicate", "ar", "", yemenLeadAr + `وقال الحوثيون إن مديريتي حيس والصليف "تبقيان خارج أي ترتيبات".`, "ceasefire.exclusions",
			[]string{"saleef=excluded@houthis", "hays=excluded@houthis"}},
		{"a manner adverb between the copula and the participle", "en", "", yemenLead + `"The Giants Brigades are fully covered by the ceasefire," the government said.`, "ceasefire.exclusions",
			[]string{"giants_brigades=not_excluded@yemeni_government"}},
		{"the subject of the first of two coordinated predicates", "en", "", yemenLead + `"The Giants Brigades are the backbone of our forces and are fully covered by the ceasefire," the government said.`, "ceasefire.exclusions",
			[]string{"giants_brigades=not_excluded@yemeni_government"}},
		{"a landmark after on or near locates the member before it", "en", "", yemenLead + "The truce covers the towns of Saleef and Ras Isa near al-Tuhayta, the statement said.", "ceasefire.exclusions",
			[]string{"saleef=not_excluded@outlet", "ras_isa=not_excluded@outlet"}},
		{"neither stands for a group based abroad too", "en", "", yemenLead + `"The Giants Brigades are AQAP. Neither is covered by this arrangement," the Houthis said.`, "ceasefire.exclusions",
			[]string{"giants_brigades=excluded@houthis", "aqap=excluded@houthis"}},
	})
}

func TestProvisionSlotConstructionsRound2(t *testing.T) {
	runCases(t, []mechanismCase{
		{"part of what we signed stands for the agreement", "en", "", yemenLead + `The port reopened on Friday. The governor added that the release of hundreds of detainees held in Sanaa prisons was "part of what we signed in Muscat," and that talks would go on.`, "ceasefire.exchange",
			[]string{"prisoners=included@outlet"}},
		{"part of what the parties agreed", "en", "", yemenLead + `The port reopened on Friday. A UN spokeswoman said unhindered aid access was "part of what the parties agreed".`, "ceasefire.humanitarian",
			[]string{"aid_access=included@un"}},
		{"access to named places written into the agreement", "en", "", yemenLead + "UN agencies said access to Hays and Zabid was written into the agreement.", "ceasefire.humanitarian",
			[]string{"aid_access=included@un"}},
		{"a live-blog entry does not point back into the entry before", "en", "", yemenLead + "\n\n08:40 - Power returned to the port late on Thursday, according to the UN, which said 12 aid trucks had entered the city.", "ceasefire.humanitarian",
			nil},
	})
}

func TestBackgroundRound2(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic at that time marks an earlier agreement", "ar", "", yemenLeadAr + "ويذكّر هذا المشهد بعام 2018، حين نص اتفاق ستوكهولم الذي رعاه المبعوث الأممي آنذاك على انسحاب الحوثيين من الموانئ.", "ceasefire.withdrawal",
			nil},
	})
}
