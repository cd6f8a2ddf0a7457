package claims

import "testing"

// TestPartiesArmedParty: a political party that commands forces of its own (a gazetteer force
// affiliated with it: the KDP's Unit 80, the PUK's Unit 70) is a side of the truce its forces
// keep (parties_armed_party.go); a party, a bloc or a body without fighters of its country is
// not.
func TestPartiesArmedParty(t *testing.T) {
	runCases(t, []mechanismCase{
		{"between two armed parties", "en", "", "The ceasefire announced on 10 July between the KDP and the PUK has largely held.", "ceasefire.parties",
			[]string{"kdp,puk@outlet"}},
		{"arabic between two armed parties", "ar", "", "صمدت الهدنة بين الحزب الديمقراطي الكردستاني والاتحاد الوطني الكردستاني منذ منتصف الليل.", "ceasefire.parties",
			[]string{"kdp,puk@outlet"}},
		{"armed parties as subjects", "en", "", "Iraqi Kurdistan's ruling KDP and PUK agreed on Sunday to a ceasefire along the Degala-Koya front.", "ceasefire.parties",
			[]string{"kdp,puk@outlet"}},

		// Probes: a party without fighters (Turkey's DEM Party), a bloc with a naval mission but
		// no country (the EU), the armed parties' talks on another matter.
		{"a party without fighters welcomes", "en", "", "The DEM Party welcomed the ceasefire between Turkey and the PKK.", "ceasefire.parties",
			[]string{"pkk,turkey@dem_party"}},
		{"a bloc with a naval mission welcomes", "en", "", "The European Union and NATO welcomed the ceasefire between Armenia and Azerbaijan.", "ceasefire.parties",
			[]string{"armenia,azerbaijan@european_union"}},
		{"a bloc is no side of a truce with a state", "en", "", "The European Union and the Houthis agreed on a ceasefire in the Red Sea, the group said.", "ceasefire.parties",
			nil},
		{"talks on the budget", "en", "", "Talks between the KDP and the PUK on the regional budget resumed in Erbil on Monday.", "ceasefire.parties",
			nil},
	})
}
