package claims

import "testing"

// TestAidDestinationIsNoMember: a place that aid is let into "as part of the deal" is where
// the provision goes, not a place the truce covers; a place a force withdraws from and that
// is "not part of" the deal stays outside it.
func TestAidDestinationIsNoMember(t *testing.T) {
	runCases(t, []mechanismCase{
		{"english fuel let into a port as part of the deal", "en", "", yemenLead + "The UN said fuel and food cargoes would be allowed into Saleef port as part of the arrangement.", "ceasefire.exclusions",
			nil},
		{"english the same place gets aid access", "en", "", yemenLead + "The UN said fuel and food cargoes would be allowed into Saleef port as part of the arrangement.", "ceasefire.humanitarian",
			[]string{"aid_access=included@un"}},
		{"arabic fuel ships into a port", "ar", "", yemenLeadAr + "وقال مصدر حكومي إن الاتفاق يتيح دخول سفن الوقود والغذاء إلى ميناء الصليف.", "ceasefire.humanitarian",
			[]string{"aid_access=included@sources"}},
	})
}
