package claims

import "testing"

// TestAnyRoleInQualifiedMediation: "no role in the mediation" names nobody where the role is the
// mediation's only description (TestAnyRoleIn); where the mediation is qualified right after by
// its own holders, a relative clause or a demonym («لم يكن لتركيا أي دور في الوساطة التي قادتها
// قطر ومصر», «في الوساطة القطرية المصرية»), the negated role is another's and the holders
// mediate. Kept: «ولم تؤكد مصر أي دور قطري في الوساطة» names nobody.
func TestAnyRoleInQualifiedMediation(t *testing.T) {
	const gazaAr = "اتفقت إسرائيل وحركة حماس على وقف لإطلاق النار يوم الاثنين. "
	runCases(t, []mechanismCase{
		{"ar: no role in the mediation Qatar and Egypt led (Gaza)", "ar", pubTueAr,
			gazaAr + "ولم يكن لتركيا أي دور في الوساطة التي قادتها قطر ومصر.", "ceasefire.mediators",
			[]string{"egypt,qatar@outlet"}},
		{"ar: no role in the Qatari-Egyptian mediation (Gaza)", "ar", pubTueAr,
			gazaAr + "ولم يكن لتركيا أي دور في الوساطة القطرية المصرية.", "ceasefire.mediators",
			[]string{"egypt,qatar@outlet"}},
		// Kept.
		{"probe: no Qatari role confirmed (Gaza)", "ar", pubTueAr,
			gazaAr + "ولم تؤكد مصر أي دور قطري في الوساطة.", "ceasefire.mediators", nil},
	})
}
