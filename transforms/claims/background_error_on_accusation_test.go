package claims

import "testing"

// TestErrorWordOnAccusationIsNoRetraction: "wrongly", "incorrectly", "بالخطأ" next to an
// accusing verb qualify the accusation ("Hamas said Israel wrongly accused it of violating the
// truce, which provides for ..."): the sentence is read as any other. The same words retracting
// a report ("An earlier version wrongly said ...", "ورد خطأ أن ...") keep it background.
func TestErrorWordOnAccusationIsNoRetraction(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: wrongly blamed it for breaching the truce (Sudan)", "en", pubTue, sudanLead20 + "The RSF said the army wrongly blamed it for breaching the truce, which provides for the opening of roads to El Fasher.", "ceasefire.humanitarian",
			[]string{"aid_access=included@rapid_support_forces"}},
		{"probe: had been wrongly accused (Yemen)", "en", pubTue, yemenLead + "The Houthis said they had been wrongly accused of violating the truce, which provides for the release of all prisoners.", "ceasefire.exchange",
			[]string{"prisoners=included@houthis"}},
		{"probe: incorrectly accused (Yemen)", "en", pubTue, yemenLead + "The government has incorrectly accused the Houthis of violating the truce, which provides for the release of all prisoners.", "ceasefire.exchange",
			[]string{"prisoners=included@yemeni_government"}}, // the accuser's account, as unqualified
		{"probe: اتهمتها بالخطأ (Gaza)", "ar", pubTueAr, gazaLead20Ar + "وقالت حماس إن إسرائيل اتهمتها بالخطأ بخرق الهدنة التي تنص على الإفراج عن جميع الأسرى.", "ceasefire.exchange",
			[]string{"prisoners=included@hamas"}},
		{"probe: اتهمها عن طريق الخطأ (Sudan)", "ar", pubTueAr, sudanLead20Ar + "وقالت قوات الدعم السريع إن الجيش اتهمها عن طريق الخطأ بخرق الهدنة التي تنص على فتح الطرق المؤدية إلى الفاشر.", "ceasefire.humanitarian",
			[]string{"aid_access=included@rapid_support_forces"}},
		// Retractions stay background.
		{"an earlier version wrongly said (Gaza)", "en", pubTue, gazaLead20 + "An earlier version of this article wrongly said the truce provides for the release of all prisoners.", "ceasefire.exchange", nil},
		{"the report wrongly stated (Gaza)", "en", pubTue, gazaLead20 + "The report wrongly stated that the truce provides for the release of all prisoners.", "ceasefire.exchange", nil},
		{"reports mistakenly said (Sudan)", "en", pubTue, sudanLead20 + "Reports mistakenly said the truce provides for the opening of roads to El Fasher.", "ceasefire.humanitarian", nil},
		{"ورد خطأ (Gaza)", "ar", pubTueAr, gazaLead20Ar + "وورد خطأ في تقرير سابق أن الهدنة تنص على الإفراج عن جميع الأسرى.", "ceasefire.exchange", nil},
	})
}
