package claims

// Denied reports: a denial governing a content noun ("denied reports that", "نفت التقارير عن")
// reaches the whole reported clause, however long ("denied reports that a separate written
// accord on the TTP had been signed in Doha": frozen afpak's Doha venue and agreed status). A
// verb of saying after it asserts on its own; a deal "separate" past one more adjective is
// another deal.

import "testing"

// TestDeniedReportNamesNoForum: a signing place inside denied content is no venue of the talks.
func TestDeniedReportNamesNoForum(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: denied reports, a long clause", "en", "", fasherLead + "The army denied reports that a separate written accord had been signed in Jeddah.", "talks.venue", nil},
		{"probe: denied reports, a protocol", "en", "", ukraineLead17 + "Kyiv denied reports that a secret protocol was signed in Ankara.", "talks.venue",
			[]string{"istanbul@sources"}},
		{"probe: denied reports of a side deal", "en", "", yemenLead + "Riyadh denied reports that a side deal on prisoners was signed in Muscat.", "talks.venue", nil},
		{"probe: denied, a short clause", "en", "", fasherLead + "The army denied that a separate accord had been signed in Jeddah.", "talks.venue", nil},
		{"probe: arabic denied reports", "ar", "", gazaLeadAr + "ونفت حركة حماس تقارير عن توقيع اتفاق منفصل في القاهرة.", "talks.venue", nil},
		{"probe: arabic denied that it was signed", "ar", "", gazaLeadAr + "ونفت حماس أن يكون اتفاق منفصل قد وقع في القاهرة.", "talks.venue", nil},
		{"a signing place not denied", "en", "", yemenLead + "The government and the Houthis signed a ceasefire agreement in Muscat on Monday, the UN said.", "talks.venue",
			[]string{"muscat@un"}},
		{"arabic a signing place not denied", "ar", "", yemenLeadAr + "وقالت الحكومة اليمنية إن الاتفاق الموقّع في مسقط لا يشمل تعز.", "talks.venue",
			[]string{"muscat@yemeni_government"}},
	})
}

// TestDeniedReportStatus: the denied content is not the truce when the deal is "separate" (past
// one more adjective), is the truce denied when it is the truce, and a verb of saying after the
// denied noun asserts its own content.
func TestDeniedReportStatus(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: a separate written accord denied", "en", "", fasherLead + "The army denied reports that a separate written accord had been signed in Jeddah.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"probe: arabic separate written deal denied", "ar", "", gazaLeadAr + "ونفت حماس تقارير عن توقيع اتفاق مكتوب منفصل في القاهرة.", "ceasefire.status",
			[]string{"agreed@outlet"}},
		{"the truce itself denied", "en", "", gazaLead + "Hamas denied reports that a truce had been signed in Cairo.", "ceasefire.status",
			[]string{"agreed@outlet", "not_agreed@hamas"}},
		{"a verb of saying after the denied claim asserts", "en", "", gazaLead + `An Israeli army source dismissed the claim as "baseless" and said the ceasefire remained in force.`, "ceasefire.status",
			[]string{"agreed@outlet", "in_force@israeli_forces"}},
	})
}
