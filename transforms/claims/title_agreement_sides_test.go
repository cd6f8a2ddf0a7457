package claims

import "testing"

// TestAgreementBetweenSides: an item that calls the truce only "the agreement" or "the deal"
// is ceasefire coverage when it names the agreement's sides, an armed one among them
// (title_agreement_sides.go); an accord between two governments is not.
func TestAgreementBetweenSides(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the agreement between two armed parties", "ar", "", "أعلن مكتب رئيس مجلس الوزراء العراقي أن الاتفاق بين الحزب الديمقراطي الكردستاني والاتحاد الوطني الكردستاني جرى التوصل إليه في اجتماع في بغداد.", "ceasefire.parties",
			[]string{"kdp,puk@iraqi_pm_office"}},
		{"the deal's parties by a copula", "en", "", "No Bedouin tribal representative signed the text. The parties to the deal are thus the government and the Druze factions alone.", "ceasefire.parties",
			[]string{"only:suwayda_druze_factions,syrian_government@outlet"}},

		// Probes: two governments' accord on oil, and the same item with no sides.
		{"an accord between two governments", "en", "", "The agreement between the federal government and the Kurdistan Regional Government on oil exports was signed in Baghdad on Monday.", "ceasefire.parties",
			nil},
		{"an accord between two governments: no status", "en", "", "The agreement between the federal government and the Kurdistan Regional Government on oil exports was signed in Baghdad on Monday.", "ceasefire.status",
			nil},
		{"the agreement with no sides named", "ar", "", "أعلن مكتب رئيس مجلس الوزراء العراقي أن الاتفاق جرى التوصل إليه في اجتماع في بغداد.", "ceasefire.status",
			nil},
	})
}
