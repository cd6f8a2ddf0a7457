package claims

import "testing"

// TestMediatorsAssisting: a phrase of help after the deal names a co-broker ("brokered by X with
// help from Y", "The truce was reached with help from Oman", "بمساعدة"), and a person standing
// for a broker's body right after a brokering cue brokers ("brokered by Sheikh Kasho"), while a
// side's leader after a hosting verb is hosted (mediators_assisting.go, partyObject). Probes:
// help in the fighting, a side's negotiator hosted.
func TestMediatorsAssisting(t *testing.T) {
	const portSudan = "A truce between the Sandarab and Hadlab communities took effect in Port Sudan at 1600 GMT on Wednesday, police said. "
	runCases(t, []mechanismCase{
		{"reached with help from", "en", "", yemenLead + "The truce was reached with help from Oman.", "ceasefire.mediators",
			[]string{"oman@outlet"}},
		{"arabic with the help of", "ar", "", yemenLeadAr + "وتم التوصل إلى الهدنة بمساعدة سلطنة عمان.", "ceasefire.mediators",
			[]string{"oman@outlet"}},
		{"brokered by a committee with help from a sheikh and a delegation", "en", "", portSudan + "The agreement, brokered by the National Committee for Peaceful Coexistence with help from Sufi leader Sheikh Mohamed Osman Kasho and a delegation from neighbouring Kassala state, is guaranteed by the region's nazirs and umdas, the police statement said.", "ceasefire.mediators",
			[]string{"kasho_sufi_order,kassala_state_government,national_coexistence_committee@red_sea_police"}},
		{"brokered by a sheikh and a state", "en", "", portSudan + "The truce was brokered by Sheikh Kasho and Qatar.", "ceasefire.mediators",
			[]string{"kasho_sufi_order,qatar@outlet"}},

		// Probes.
		{"probe: help in the fighting before the truce", "en", "", syriaLead + "The army retook the town with help from Russia before the truce.", "ceasefire.mediators",
			nil},
		{"probe: arabic help in the fighting", "ar", "", yemenLeadAr + "واستعاد الجيش البلدة بمساعدة السعودية.", "ceasefire.mediators",
			nil},
		{"probe: a side's negotiator hosted", "en", "", gazaLead + "Qatar, which hosts Hamas negotiator Marwan Abu Shanab, welcomed the deal.", "ceasefire.mediators",
			nil},
	})
}
