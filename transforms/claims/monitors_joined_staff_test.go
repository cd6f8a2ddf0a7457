package claims

import "testing"

// TestMonitorsJoinedByStaffFrom: an alongside phrase naming staff by where they come from
// ("joined by liaison officers from Libya and Niger", "بمشاركة ضباط ارتباط من ليبيا والنيجر")
// adds those bodies to the monitors; the towns the monitors went to may stand before it. Staff
// that are no monitoring staff (journalists) add no one.
func TestMonitorsJoinedByStaffFrom(t *testing.T) {
	const chadLead = "The Chadian government and the FNRT agreed to a ceasefire on Tuesday. "
	const chadLeadAr = "اتفقت الحكومة التشادية وجبهة الوفاق من أجل التغيير على وقف لإطلاق النار يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"observers deployed to towns, joined by officers from two states", "en", pubTue,
			chadLead + "He said AU observers had deployed to Faya-Largeau and Zouar, joined by liaison officers from Libya and Niger.", "ceasefire.monitors",
			[]string{"african_union,libya,niger@outlet"}},
		{"arabic a committee led by the AU with officers from two states", "ar", pubTue,
			chadLeadAr + "وينص الاتفاق على تشكيل لجنة مراقبة يقودها الاتحاد الأفريقي بمشاركة ضباط ارتباط من ليبيا والنيجر.", "ceasefire.monitors",
			[]string{"african_union,libya,niger@outlet"}},
		// Probe: journalists from a state monitor nothing.
		{"joined by journalists from Libya", "en", pubTue,
			chadLead + "AU observers had deployed to Faya-Largeau, joined by journalists from Libya.", "ceasefire.monitors",
			[]string{"african_union@outlet"}},
	})
}
