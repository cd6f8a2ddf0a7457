package claims

import "testing"

// TestThirdPartyWordings: standard wire wordings of brokering, guaranteeing and monitoring the
// lexicon lacked: "through the good offices of", "co-mediated", "a co-mediator", "watched by"
// (en); «بتسهيل من», «الميسّر», «مساعي», «يتابع تنفيذ» (ar). Each with a near miss: denied,
// negated, no truce in the sentence, or another matter.
func TestThirdPartyWordings(t *testing.T) {
	const gazaEn = "Israel and Hamas agreed to a ceasefire in Gaza on Sunday. "
	const gazaAr = "اتفقت إسرائيل وحركة حماس على وقف لإطلاق النار في غزة يوم الأحد. "
	runCases(t, []mechanismCase{
		{"good offices", "en", "", gazaEn + "The truce was reached through the good offices of Qatar.", "ceasefire.mediators",
			[]string{"qatar@outlet"}},
		{"co-mediated", "en", "", yemenLead + "Oman co-mediated the truce.", "ceasefire.mediators",
			[]string{"oman@outlet"}},
		{"a co-mediator", "en", "", gazaEn + "Egypt was a co-mediator of the truce.", "ceasefire.mediators",
			[]string{"egypt@outlet"}},
		{"watched by", "en", "", yemenLead + "Compliance with the truce will be watched by UN observers.", "ceasefire.monitors",
			[]string{"un@outlet"}},
		{"arabic facilitated by", "ar", "", gazaAr + "وتم التوصل إلى الاتفاق بتسهيل من قطر.", "ceasefire.mediators",
			[]string{"qatar@outlet"}},
		{"arabic the sole facilitator", "ar", "", gazaAr + "وقال مسؤول إن قطر هي الميسّر الوحيد للاتفاق.", "ceasefire.mediators",
			[]string{"only:qatar@sources"}},
		{"arabic efforts led to the truce", "ar", "", yemenLeadAr + "وأسفرت مساعي سلطنة عمان عن اتفاق الهدنة.", "ceasefire.mediators",
			[]string{"oman@outlet"}},
		{"arabic follows the implementation", "ar", "", yemenLeadAr + "وقالت الأمم المتحدة إن فرقها تتابع تنفيذ وقف إطلاق النار.", "ceasefire.monitors",
			[]string{"un@un"}},

		// Probes.
		{"probe: good offices negated", "en", "", gazaEn + "Israeli officials denied that the truce was reached through the good offices of Qatar.", "ceasefire.mediators",
			nil},
		{"probe: never a co-mediator", "en", "", gazaEn + "Egypt was never a co-mediator of the truce, Hamas said.", "ceasefire.mediators",
			nil},
		{"probe: watched by, another matter", "en", "", yemenLead + "The World Cup final was watched by UN staff in Aden.", "ceasefire.monitors",
			nil},
		{"probe: arabic facilitated shipment, no truce", "ar", "", gazaAr + "ووصلت شحنة الوقود إلى المستشفى بتسهيل من قطر.", "ceasefire.mediators",
			nil},
		{"probe: arabic not the sole facilitator", "ar", "", gazaAr + "وقال مسؤول إن قطر ليست الميسّر الوحيد للاتفاق.", "ceasefire.mediators",
			nil},
		{"probe: arabic efforts for reconstruction", "ar", "", yemenLeadAr + "وتتواصل مساعي سلطنة عمان لإعادة إعمار الموانئ.", "ceasefire.mediators",
			nil},
		{"probe: arabic follows reconstruction projects", "ar", "", yemenLeadAr + "وتتابع الحكومة تنفيذ مشاريع إعادة الإعمار في المدينة.", "ceasefire.monitors",
			nil},
	})
}
