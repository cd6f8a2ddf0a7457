package claims

import "testing"

// TestHumanitarianRoutes: opening a road, a port or a crossing under a truce ("ينص الاتفاق على
// فتح الطريق", "provides for the reopening of the highway", "يشمل رفع الإغلاق عن الطريق", "bound
// to end their blockade of the port") is aid access, as taiz and portsudan read it. Probes: an
// opening of fire, of talks or of schools; a reopening announced or seen, no term.
func TestHumanitarianRoutes(t *testing.T) {
	const sudanLead = "Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. "
	const iraqLeadAr = "اتفقت الحكومة العراقية وحكومة إقليم كردستان على هدنة في كركوك يوم الثلاثاء. "
	const libyaLeadAr = "اتفقت حكومة الوحدة الوطنية والقيادة العامة على وقف لإطلاق النار في طرابلس يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"ar: the agreement provides for opening the road (Yemen)", "ar", pubTueAr,
			yemenLeadAr + "وينص الاتفاق على فتح الطريق الرئيسي بين الحديدة وصنعاء.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"en: provides for the reopening of the highway and the port (Sudan)", "en", pubTue,
			sudanLead + "The deal provides for the reopening of the El Fasher-Kutum highway and the airport.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"ar: the truce includes lifting the closure of the road (Libya)", "ar", pubTueAr,
			libyaLeadAr + "ويشمل الاتفاق رفع الإغلاق عن الطريق الساحلي.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"en: bound to end their blockade of the port, the deal in the sentence before (Yemen)", "en", pubTue,
			yemenLead + "The tribes are therefore bound to end their blockade of the port and the highway.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
		{"en: no agreement on reopening the crossing (Sudan)", "en", pubTue,
			sudanLead + "A commander said no agreement had been reached on reopening the crossing.", "ceasefire.humanitarian",
			[]string{"aid_access=not_included@outlet"}},
		// Probes.
		{"probe: opening fire on the road (Iraq)", "ar", pubTueAr,
			iraqLeadAr + "وقالت مصادر إن الاتفاق لم يمنع مسلحين من فتح النار على الطريق بين كركوك وأربيل.", "ceasefire.humanitarian", nil},
		{"probe: reopening talks (Gaza)", "en", pubTue,
			"Israel and Hamas agreed to a ceasefire in Gaza on Tuesday. Under the deal both sides will reopen talks in Doha next week.", "ceasefire.humanitarian", nil},
		{"probe: schools reopened in the port city (Yemen)", "en", pubTue,
			yemenLead + "Since the truce began, the authorities reopened schools in the port city.", "ceasefire.humanitarian", nil},
		{"probe: an airport reopening announced, no term (Libya)", "ar", pubTueAr,
			libyaLeadAr + "وأعلنت مصلحة الطيران المدني إعادة فتح مطار معيتيقة أمام الملاحة الجوية.", "ceasefire.humanitarian", nil},
		{"probe: families returned after the road was opened (Iraq)", "ar", pubTueAr,
			iraqLeadAr + "وعادت مئات العائلات إلى قراها بعد فتح الطريق بين كركوك وأربيل.", "ceasefire.humanitarian", nil},
	})
}
