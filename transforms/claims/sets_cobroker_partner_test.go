package claims

import "testing"

// TestCoBrokerPartner: a phrase of brokering together after the deal adds the partner to the
// mediators (sets_cobroker.go coBrokerAfterObject): "in close cooperation with" (hormuz hz_013),
// "who helped broker the SoO together with" (manipur mp_035), "the sole mediator alongside"
// (haiti ht_020), "بالتعاون مع". Probes: a state's adjective on support, an absolute phrase of
// hosting, a side the deal was made with, a coordinated phrase of taking part, another object
// after the verb.
func TestCoBrokerPartner(t *testing.T) {
	runCases(t, []mechanismCase{
		{"in close cooperation with", "en", "", yemenLead + "The truce was reached through Omani mediation in close cooperation with the United Nations.", "ceasefire.mediators",
			[]string{"oman,un@outlet"}},
		{"who helped broker it together with", "en", "", yemenLead + "Oman, which helped broker the truce together with the United Nations, welcomed it.", "ceasefire.mediators",
			[]string{"oman,un@outlet"}},
		{"the sole mediator alongside", "en", "", yemenLead + "Oman, which has been the sole mediator alongside the United Nations, rejected the claim.", "ceasefire.mediators",
			[]string{"only:oman,un@oman"}},

		// Probes.
		{"probe: support qualified by states' adjectives", "en", "", yemenLead + "The truce was brokered by Oman with Saudi and Emirati support.", "ceasefire.mediators",
			[]string{"oman@outlet"}},
		{"probe: an absolute phrase of hosting", "en", "", yemenLead + "The truce was brokered by Oman with Jordan hosting the talks.", "ceasefire.mediators",
			[]string{"oman@outlet"}},
		{"probe: the side it was made with", "en", "", yemenLead + "Oman mediated the truce with the Houthis over two weeks.", "ceasefire.mediators",
			[]string{"oman@outlet"}},
		{"probe: arabic, a coordinated phrase of taking part", "ar", "", yemenLeadAr + "وجاء الاتفاق بوساطة عمانية، وبمشاركة الأمم المتحدة.", "ceasefire.mediators",
			[]string{"oman@outlet"}},
		{"probe: another object after the verb", "en", "", yemenLead + "Oman brokered the truce and will discuss trade with Saudi Arabia next week.", "ceasefire.mediators",
			[]string{"oman@outlet"}},
	})
}
