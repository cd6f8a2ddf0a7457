package claims

// "The dead" as the bodies of an exchange: only with a release, handover or return word beside
// it ("the dead are to be returned", "handover of the dead"), in a provision's frame; the dead
// of a fighting report, a burial and blood money per dead person name no exchange.

import "testing"

func TestExchangeTheDead(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the dead are to be returned", "en", "", yemenLead + "They agree that the dead are to be returned and that wounded civilians may be evacuated.", "ceasefire.exchange",
			[]string{"bodies=included@outlet"}},
		{"handover of the dead under the deal", "en", "", yemenLead + "Under the deal, the handover of the dead will take place at the crossing on Saturday.", "ceasefire.exchange",
			[]string{"bodies=included@outlet"}},
		// Probes: the toll, a burial, blood money for each of the dead (Iraq), a report of the
		// dead in Sudan.
		{"the dead included children", "en", "", yemenLead + "The dead included three children, medics said.", "ceasefire.exchange",
			nil},
		{"families bury the dead", "en", "", yemenLead + "The truce allowed families to bury the dead.", "ceasefire.exchange",
			nil},
		{"blood money for each of the dead", "en", "", "Tribal elders in Basra agreed to a truce on Monday. The document sets the blood money at 200 million dinars for each of the dead and requires gunmen to leave.", "ceasefire.exchange",
			nil},
		{"sudan the dead of the shelling", "en", "", "The army and the RSF agreed to a ceasefire in El Fasher on Sunday. Medics said the dead of Saturday's shelling had not yet been counted.", "ceasefire.exchange",
			nil},
	})
}
