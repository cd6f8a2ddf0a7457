package claims

import "testing"

// TestProvisionDeniedPastALongSubject: a denial verb governs a provision deep in its complement
// clause, past a speaker's title and name and the agreement's sides (up to 20 tokens); the
// truce's own status keeps the shorter reach.
func TestProvisionDeniedPastALongSubject(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic release denied past a title, a name and the sides", "ar", "", yemenLeadAr + "ونفى وزير الخارجية في الحكومة اليمنية أحمد بن مبارك أن تكون الهدنة مع جماعة الحوثيين تضمنت أي إفراج عن الأسرى.", "ceasefire.exchange",
			[]string{"prisoners=not_included@yemeni_government"}},
	})
}
