package claims

import "testing"

// TestBrokerStateSaidToBeAParty: a state the gazetteer knows as a broker, said to be a party to
// the truce with no broker role in that clause, is a side by that account (parties_member.go,
// brokerRoleInClause). Probes: a party "as its guarantor" or "as a mediator", a negated party.
func TestBrokerStateSaidToBeAParty(t *testing.T) {
	runCases(t, []mechanismCase{
		{"english a broker state is a party", "en", "", "Turkey-backed factions and the SDF agreed to a ceasefire in Syria on Thursday. SDF commander Aram Hesko said Turkey is a party to the ceasefire \"whether Ankara admits it or not\".", "ceasefire.parties",
			[]string{"turkey@aram_hesko"}},
		{"arabic a broker state is a party", "ar", "", "وأضاف أن تركيا «طرف في الاتفاق شاءت أم أبت»، لأن مسيّراتها ملزمة بوقف الضربات.", "ceasefire.parties",
			[]string{"turkey@outlet"}},
		{"english oman said to be a party in yemen", "en", "", yemenLead + "The Houthis said Oman is a party to the ceasefire.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet", "oman@houthis"}},

		// Probes.
		{"probe: a party as its guarantor", "en", "", yemenLead + "The Houthis said Oman is a party to the ceasefire as its guarantor.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"probe: a party as a mediator in gaza", "en", "", gazaLead + "Hamas said Egypt is a party to the truce as a mediator.", "ceasefire.parties",
			[]string{"hamas,israel@outlet"}},
		{"probe: arabic a party as guarantor", "ar", "", gazaLeadAr + "وقال المتحدث إن مصر «طرف في الاتفاق بصفتها ضامناً».", "ceasefire.parties",
			[]string{"hamas,israel@outlet"}},
		{"probe: not a party", "en", "", gazaLead + "Hamas said Egypt is not a party to the truce.", "ceasefire.parties",
			[]string{"hamas,israel@outlet"}},
	})
}
