package claims

// "بعثة الاتحاد الأفريقي" (an African Union mission) names AUSSOM, the AU mission in Somalia,
// only in Somalia coverage (a context alias of AUSSOM, whose country is Somalia); elsewhere it is
// the African Union's.

import "testing"

func TestAUMissionIsSomaliaOnlyInSomalia(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: an AU mission in Sudan coverage", "ar", pubTueAr, sudanLead19Ar + "وقالت بعثة الاتحاد الأفريقي إنها ستراقب الهدنة.", "ceasefire.monitors",
			[]string{"african_union@african_union"}},
		{"probe: an AU mission in Libya coverage", "ar", pubTueAr, "اتفقت الفصائل المسلحة في طرابلس على وقف لإطلاق النار. وستتولى بعثة الاتحاد الإفريقي مراقبة وقف إطلاق النار.", "ceasefire.monitors",
			[]string{"african_union@outlet"}},
		{"probe: the AU mission in Sudan coverage, English", "en", pubTue, sudanLead19 + "The African Union mission will monitor the truce.", "ceasefire.monitors",
			[]string{"african_union@outlet"}},
		{"the AU mission in Somalia coverage", "ar", pubTueAr, "أعلنت الحكومة الصومالية وحركة الشباب هدنة. وقالت بعثة الاتحاد الأفريقي إنها ستراقب الهدنة في مقديشو.", "ceasefire.monitors",
			[]string{"aussom@aussom"}},
		{"the AU mission in Somalia named in full", "ar", pubTueAr, sudanLead19Ar + "وقالت بعثة الاتحاد الأفريقي في الصومال إنها لن تراقب الهدنة في السودان.", "ceasefire.monitors", nil},
	})
}
