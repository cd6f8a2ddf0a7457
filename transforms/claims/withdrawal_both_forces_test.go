package claims

// "Both forces", "the two forces", "القوتين" as the subject of a withdrawal verb are the truce's
// two sides, each as its force; where no parties are read, the article's two armed groups named
// outright (a clash of two militias in one city). Not past another verb ("discussed pulling
// back"); with three groups named, the article cannot say which two are meant, and writes
// claims.BothSides for the comparison to resolve from its event's parties.

import "testing"

func TestWithdrawalBothForces(t *testing.T) {
	runCases(t, []mechanismCase{
		{"both forces will pull back", "en", "", yemenLead + "Both forces will pull back from the port under the deal, he said.", "ceasefire.withdrawal",
			[]string{"houthis=required@outlet", "yemeni_army=required@outlet"}},
		{"arabic the two forces will withdraw", "ar", "", yemenLeadAr + "وقال إن القوتين ستنسحبان من الأحياء السكنية بموجب الاتفاق.", "ceasefire.withdrawal",
			[]string{"houthis=required@outlet", "yemeni_army=required@outlet"}},
		{"two militias named, no parties read", "en", "", "Clashes between Radaa and the 444 Brigade shook Tripoli on Monday. Both forces will pull back from residential districts under the deal, the council said.", "ceasefire.withdrawal",
			[]string{"radaa=required@libyan_presidential_council", "brigade_444=required@libyan_presidential_council"}},
		// Probes: another verb between, three groups named.
		{"both forces discussed pulling back", "en", "", yemenLead + "Both forces discussed pulling back from the port.", "ceasefire.withdrawal",
			nil},
		{"three militias named", "en", "", "Clashes between Radaa, the Nawasi Battalion and the 444 Brigade shook Tripoli on Monday. Both forces will pull back from residential districts under the deal, the council said.", "ceasefire.withdrawal",
			[]string{BothSides + "=required@libyan_presidential_council"}},
	})
}
