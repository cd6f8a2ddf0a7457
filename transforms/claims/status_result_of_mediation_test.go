package claims

// A truce named as the result of someone's mediation or contacts ("whose mediation produced
// the deal", "الوساطة التي أفضت إلى الاتفاق", "الاتفاق جاء ثمرة اتصالات") presupposes it was
// reached: ceasefire.status agreed by whoever says it. Those who produced it are no parties.

import "testing"

func TestStatusResultOfMediation(t *testing.T) {
	runCases(t, []mechanismCase{
		{"whose mediation produced the deal", "en", "", yemenLead + "The UN also praised Oman, whose mediation produced the deal.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@un"}},
		{"contacts led to the truce", "en", "", yemenLead + "Oman said weeks of quiet contacts had led to the truce.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@oman"}},
		{"producing no deal is no agreement", "en", "", yemenLead + "Oman said earlier rounds failed to produce a deal.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"arabic mediation that led to the agreement", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إنها تثمّن الوساطة العمانية التي أفضت إلى الاتفاق.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@yemeni_government"}},
		{"arabic the agreement came as the fruit of contacts", "ar", "", yemenLeadAr + "وقالت الخارجية العمانية إن الاتفاق جاء ثمرة اتصالات مكثفة مع الطرفين.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@omani_foreign_ministry"}},
		{"arabic the fruit of a mediation in a relative clause", "ar", "", yemenLeadAr + "وأوضحت الحكومة اليمنية أن الاتفاق، الذي جاء ثمرة وساطة عمانية، يشمل الموانئ.", "ceasefire.status",
			[]string{"agreed@outlet", "agreed@yemeni_government"}},
		{"arabic led to the collapse is no agreement", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن الهجمات أدت إلى انهيار الهدنة في تعز.", "ceasefire.status",
			[]string{"agreed@outlet", "collapsed@yemeni_government"}},
	})
}

// TestStatusResultNamesNoParties: the mediator whose work produced the truce is no side of it.
func TestStatusResultNamesNoParties(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic rapprochement of two brokers", "ar", "", "أعلن الرئيس الروسي التوصل إلى اتفاق لوقف إطلاق النار في سوريا، الذي جاء ثمرة للتقارب بين موسكو وأنقرة.", "ceasefire.parties",
			nil},
	})
}
