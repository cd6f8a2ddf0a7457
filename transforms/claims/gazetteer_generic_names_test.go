package claims

import "testing"

// TestNationalChurchOnlyInItsCountry: "the Catholic Church" names the Colombian bishops'
// conference only in coverage of Colombia; mediating in Yemen it is no Colombian actor (it would
// have set the truce's monitors to a Colombian body and voted Colombia as the article's event).
func TestNationalChurchOnlyInItsCountry(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the Church monitors a Yemeni truce", "en", pubTue, yemenLead + "The truce will be monitored by the United Nations and the Catholic Church, the Houthis said.", "ceasefire.monitors",
			[]string{"un@houthis"}},
		{"arabic: the Church monitors a Yemeni truce", "ar", pubTueAr, yemenLeadAr + "وقال الحوثيون إن الأمم المتحدة والكنيسة الكاثوليكية ستتوليان مراقبة الهدنة.", "ceasefire.monitors",
			[]string{"un@houthis"}},
	})
}

// TestGenericForceNamesStayInTheirCountry: "the federal police" (Iraq's, Ethiopia's, Mexico's...)
// and "government troops" are names of one state's force only in coverage of that state.
func TestGenericForceNamesStayInTheirCountry(t *testing.T) {
	const mozambique = "Mozambique's government and the insurgents agreed to a truce in Cabo Delgado on Tuesday. "
	runCases(t, []mechanismCase{
		{"federal police in another war", "en", pubTue, mozambique + "The government said the federal police would monitor the ceasefire.", "ceasefire.monitors",
			nil},
		{"arabic: federal police in another war", "ar", pubTueAr, "اتفقت الحكومة الإثيوبية وجبهة تحرير تيغراي على هدنة يوم الثلاثاء. وقالت الحكومة إن الشرطة الاتحادية ستراقب وقف إطلاق النار.", "ceasefire.monitors",
			nil},
	})
}

// TestUNMissionNameStaysInItsCountry: "البعثة الأممية" (the UN mission) is Libya's UNSMIL only in
// coverage of Libya; in Yemen it is the UN, not another country's mission.
func TestUNMissionNameStaysInItsCountry(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the UN mission in Yemeni coverage", "ar", pubTueAr, yemenLeadAr + "وقالت البعثة الأممية إن الهدنة تستثني الساحل الغربي.", "ceasefire.exclusions",
			[]string{"taiz_coast=excluded@un"}},
	})
}
