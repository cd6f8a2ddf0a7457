package claims

import "testing"

// TestHandoverSeenNoTerm: captives or bodies that changed hands, told in the past with no deal
// named, are a deed seen, no term (gold traps: ainhilweh ah_025 "an observed handover", colombia
// col_003 "a release that happened"; read included in afpak ap_006, ainhilweh ah_025, colombia
// col_003, mitiga mt_032, tishrin tr_031). Probes from Gaza, Sudan and Yemen. Kept: the deal named
// ("the first release under the agreement"), an inclusion word ("as part of it"), a negated
// handover, a handover to come.
func TestHandoverSeenNoTerm(t *testing.T) {
	const gazaLead = "Israel and Hamas agreed to a ceasefire in Gaza on Tuesday. "
	const sudanLead = "Sudan's army and the RSF agreed to a truce in El Fasher on Tuesday. "
	const yemenLead = "اتفقت الحكومة اليمنية والحوثيون على هدنة في تعز يوم الثلاثاء. "
	runCases(t, []mechanismCase{
		{"has handed over four hostages (Gaza)", "en", pubTue,
			gazaLead + "Hamas has handed over four hostages to the Red Cross in Rafah, the Red Cross says.", "ceasefire.exchange",
			nil},
		{"the bodies were handed to the Red Cross this morning (Sudan)", "en", pubTue,
			sudanLead + "The bodies of four soldiers were handed to the Red Cross this morning, he added.", "ceasefire.exchange",
			nil},
		{"exchanged 23 bodies on Saturday (Sudan)", "en", pubTue,
			sudanLead + "The army and the RSF exchanged 23 bodies on Saturday.", "ceasefire.exchange",
			nil},
		{"the society handed over the bodies (Yemen)", "ar", pubTue,
			yemenLead + "كما سلّمت الجمعية جثامين ستة قتلى إلى ذويهم في المدينة.", "ceasefire.exchange",
			nil},
		// Kept.
		{"the first release under the agreement (Sudan)", "en", pubTue,
			sudanLead + "Twenty detainees held by the RSF were handed to the ICRC on Friday, the first release under the El Fasher agreement.", "ceasefire.exchange",
			[]string{"prisoners=included@outlet"}},
		{"no prisoner released as part of it (Gaza)", "en", pubTue,
			gazaLead + `The minister said: "No prisoner is being released as part of it."`, "ceasefire.exchange",
			[]string{"prisoners=not_included@outlet"}},
		{"bodies to be handed over (Yemen)", "en", pubTue,
			"The Yemeni government and the Houthis agreed to a truce in Taiz. The bodies of the dead are to be handed over through the ICRC.", "ceasefire.exchange",
			[]string{"bodies=included@outlet"}},
	})
}
