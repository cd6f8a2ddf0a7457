package claims

import "testing"

// Operations said to go on against a place or group, in coverage of a truce, set it outside
// the truce: an operations noun, the names, then a continuing predicate, in one clause.
func TestContinuingOperationsExclude(t *testing.T) {
	runCases(t, []mechanismCase{
		{"english operations against places would go on", "en", "", yemenLead + "The government said operations against al-Qaeda positions in Hays and Saleef would go on.", "ceasefire.exclusions",
			[]string{"aqap=excluded@yemeni_government", "hays=excluded@yemeni_government", "saleef=excluded@yemeni_government"}},
		{"english strikes on a group will continue", "en", "", yemenLead + "The Houthis said air strikes on the Giants Brigades will continue.", "ceasefire.exclusions",
			[]string{"giants_brigades=excluded@houthis"}},
		{"arabic operations in two districts will go on", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن «العمليات العسكرية في مديريتي حيس والصليف ستتواصل».", "ceasefire.exclusions",
			[]string{"hays=excluded@yemeni_government", "saleef=excluded@yemeni_government"}},
		{"arabic operations against a group will not stop", "ar", "", yemenLeadAr + "وأكد الحوثيون أن العمليات ضد تنظيم القاعدة لن تتوقف.", "ceasefire.exclusions",
			[]string{"aqap=excluded@houthis"}},
		{"a negated continuation excludes nothing", "en", "", yemenLead + "The government said operations in Hays would not continue.", "ceasefire.exclusions",
			nil},
		{"talks that go on are no operations", "en", "", yemenLead + "Talks on Hays will continue next week, the government said.", "ceasefire.exclusions",
			nil},
		{"aid that goes on is no operations", "ar", "", yemenLeadAr + "وقالت الأمم المتحدة إن إدخال المساعدات إلى حيس سيستمر.", "ceasefire.exclusions",
			nil},
	})
}
