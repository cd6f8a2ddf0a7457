package claims

import "testing"

// TestCoSponsorAfterObject: who is named hosting or convening with the host sponsors the talks
// too (sponsors_cohost.go): "in partnership with" (chad cd_003), "alongside" (southsudan
// ss_004), a bare "with" after the agent (abyei ab_003), an absolute phrase of a shared role
// (chad cd_001, cd_023), «بالتعاون مع», «إلى جانب». Probes: a phrase of taking part
// (redsea rs_032 "with U.N. participation", «بمشاركة»), an absolute phrase of another's doing,
// a side of the truce after "with".
func TestCoSponsorAfterObject(t *testing.T) {
	const chadLead = "Chad's government and the FNRT rebels agreed a ceasefire in Tibesti on Sunday. "
	runCases(t, []mechanismCase{
		{"in partnership with", "en", "", chadLead + "The deal was signed in Doha after four days of negotiations hosted by the State of Qatar in partnership with the African Union.", "talks.sponsors",
			[]string{"african_union,qatar@outlet"}},
		{"stands ready to host, alongside", "en", "", yemenLead + "Nairobi stands ready to host the next round on May 25, alongside IGAD.", "talks.sponsors",
			[]string{"igad,kenya@outlet~hedged"}},
		{"convened by X with Y", "en", "", yemenLead + "The talks, convened by the AU with IGAD, are being held in Addis Ababa.", "talks.sponsors",
			[]string{"african_union,igad@outlet"}},
		{"with X co-chairing", "en", "", chadLead + "Qatar will host the next round of talks between the government and the FNRT in Doha on November 8, with the African Union co-chairing, the Qatari foreign ministry said.", "talks.sponsors",
			[]string{"african_union,qatar@qatari_foreign_ministry"}},
		{"with X attending as co-facilitator", "en", "", chadLead + "The delegations opened talks in Doha on Monday, hosted by Qatar with the African Union attending as co-facilitator.", "talks.sponsors",
			[]string{"african_union,qatar@outlet"}},
		{"arabic hosted in cooperation with", "ar", "", yemenLeadAr + "وتستضيف قطر المحادثات بالتعاون مع الاتحاد الأفريقي.", "talks.sponsors",
			[]string{"african_union,qatar@outlet"}},
		{"arabic ready to host alongside", "ar", "", yemenLeadAr + "وقالت الوزارة إن القاهرة مستعدة لاستضافة الجولة المقبلة إلى جانب الأمم المتحدة.", "talks.sponsors",
			[]string{"egypt,un@outlet"}},

		// Probes.
		{"probe: with U.N. participation", "en", "", yemenLead + "The next round of talks, convened by Oman with U.N. participation, would open in Muscat on Wednesday.", "talks.sponsors",
			[]string{"oman@outlet"}},
		{"probe: with the participation of", "en", "", yemenLead + "Oman hosted the talks with the participation of Egypt.", "talks.sponsors",
			[]string{"oman@outlet"}},
		{"probe: arabic with the participation of", "ar", "", yemenLeadAr + "وتستضيف قطر المحادثات بمشاركة الاتحاد الأفريقي.", "talks.sponsors",
			[]string{"qatar@outlet"}},
		{"probe: with X attending", "en", "", chadLead + "The delegations opened talks in Doha on Monday, hosted by Qatar with the African Union attending.", "talks.sponsors",
			[]string{"qatar@outlet"}},
		{"probe: with a side of the truce", "en", "", yemenLead + "The talks were hosted by Oman with the Houthis on Monday.", "talks.sponsors",
			[]string{"oman@outlet"}},
	})
}
