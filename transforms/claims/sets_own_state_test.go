package claims

import "testing"

const (
	sdfLead   = "A ceasefire between the Syrian Democratic Forces and the Syrian National Army took effect in Manbij on Thursday. "
	sdfLeadAr = "دخل وقف إطلاق النار بين قوات سوريا الديمقراطية والجيش الوطني السوري حيز التنفيذ في منبج يوم الخميس. "
)

// TestOwnStateBrokersThroughItsGovernment: the war's own state named as a broker (a demonym in a
// compound mediation) is its government, as its capital is (sets_own_state.go); a third state
// stays itself. Probes: a Qatari-American mediation in Syria, an Omani one in Yemen.
func TestOwnStateBrokersThroughItsGovernment(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic syrian-american mediation, the sides named", "ar", "", sdfLeadAr + "وقالت وزارة الخارجية إن الاتفاق تم التوصل إليه بوساطة سورية-أمريكية.", "ceasefire.mediators",
			[]string{"syrian_government,united_states@outlet"}},
		{"english syrian-american mediation, the sides named", "en", "", sdfLead + "Damascus claims a Syrian-American mediation produced the deal.", "ceasefire.mediators",
			[]string{"syrian_government,united_states@syrian_government"}},

		{"arabic said by a body of that government, no sides named", "ar", "", "رحّبت وزارة الخارجية والمغتربين السورية باتفاق وقف إطلاق النار في منبج الذي تم التوصل إليه بوساطة سورية-أمريكية.", "ceasefire.mediators",
			[]string{"syrian_government,united_states@syrian_foreign_ministry"}},

		// Probes: the government is a side; said by another with no sides named; third states.
		{"probe: the syrian government is a side", "ar", "", syriaLeadAr + "وقالت وزارة الخارجية إن الاتفاق تم التوصل إليه بوساطة سورية-أمريكية.", "ceasefire.mediators",
			[]string{"syria,united_states@outlet"}},
		{"probe: english the syrian government is a side", "en", "", syriaLead + "Damascus claims a Syrian-American mediation produced the deal.", "ceasefire.mediators",
			[]string{"syria,united_states@syrian_government"}},
		{"probe: yemeni mediation in yemen", "ar", "", yemenLeadAr + "وجاء الاتفاق بوساطة يمنية-عمانية.", "ceasefire.mediators",
			[]string{"oman,yemen@outlet"}},
		{"probe: no sides named, said by the un", "en", "", "The truce in Sanaa and Aden took effect. According to the United Nations, Yemen is the only guarantor of the deal.", "ceasefire.guarantors",
			[]string{"only:yemen@un"}},
		{"probe: arabic qatari-american mediation in syria", "ar", "", syriaLeadAr + "وقالت وزارة الخارجية إن الاتفاق تم التوصل إليه بوساطة قطرية-أمريكية.", "ceasefire.mediators",
			[]string{"qatar,united_states@outlet"}},
		{"probe: english qatari-american mediation in syria", "en", "", syriaLead + "The deal followed a Qatari-American mediation, officials said.", "ceasefire.mediators",
			[]string{"qatar,united_states@sources"}},
		{"probe: omani mediation in yemen", "ar", "", yemenLeadAr + "وقال المبعوث إن الاتفاق تم التوصل إليه بوساطة عمانية.", "ceasefire.mediators",
			[]string{"oman@outlet"}},
	})
}
