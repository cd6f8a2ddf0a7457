package claims

import "testing"

// TestNoAgreementOnOneTerm: "no agreement had been reached on reopening the highway" leaves one
// term open; the truce agreed stands, and the term reads not included. No agreement on a
// ceasefire is still the truce's not_agreed.
func TestNoAgreementOnOneTerm(t *testing.T) {
	const (
		highway    = "The envoy said no agreement had been reached on reopening the highway."
		highwayAr  = "وقال المبعوث إنه لم يتم التوصل إلى اتفاق بشأن إعادة فتح الطريق السريع."
		withdrawal = "There is no agreement yet on the withdrawal of forces from the city."
	)
	runCases(t, []mechanismCase{
		{"probe: reopening the highway (Yemen), status", "en", pubTue, yemenLead + highway, "ceasefire.status", []string{"agreed@outlet"}},
		{"probe: reopening the highway (Yemen), access", "en", pubTue, yemenLead + highway, "ceasefire.humanitarian", []string{"aid_access=not_included@outlet"}},
		{"probe: the release of prisoners (Yemen)", "en", pubTue, yemenLead + "No agreement has been reached on the release of prisoners, the envoy said.", "ceasefire.exchange", []string{"prisoners=not_included@outlet"}},
		{"probe: no agreement yet on the withdrawal (Sudan)", "en", pubTue, sudanLead20 + withdrawal, "ceasefire.status", []string{"agreed@outlet"}},
		{"probe: بشأن إعادة فتح الطريق (Yemen), status", "ar", pubTueAr, yemenLeadAr + highwayAr, "ceasefire.status", []string{"agreed@outlet"}},
		{"probe: بشأن إعادة فتح الطريق (Yemen), access", "ar", pubTueAr, yemenLeadAr + highwayAr, "ceasefire.humanitarian", []string{"aid_access=not_included@outlet"}},
		{"probe: a trailing tag backshifts the pluperfect (Yemen)", "en", pubTue, yemenLead + "No agreement had been reached on reopening the highway, the envoy said.", "ceasefire.humanitarian", []string{"aid_access=not_included@outlet"}},
		{"probe: a trailing tag, verb first (Yemen)", "en", pubTue, yemenLead + "No agreement had been reached on reopening the highway, said the envoy.", "ceasefire.humanitarian", []string{"aid_access=not_included@outlet"}},
		// Kept.
		{"an earlier truce with a trailing tag stays background", "en", pubTue, "The two sides had signed a ceasefire in 2016 that collapsed within weeks, a diplomat said.", "ceasefire.status", nil},
		{"a similar truce with a trailing tag stays background", "en", pubTue, "A similar truce had been agreed in 2019, the envoy said.", "ceasefire.status", nil},
		{"no agreement on a ceasefire", "ar", pubTueAr, "وقال المبعوث إنه لم يتم التوصل إلى اتفاق لوقف إطلاق النار.", "ceasefire.status", []string{"not_agreed@outlet"}},
		{"there is no agreement on a truce (Sudan)", "en", pubTue, "There is no agreement on a truce in El Fasher, the army said.", "ceasefire.status", []string{"not_agreed@sudanese_armed_forces"}},
	})
}
