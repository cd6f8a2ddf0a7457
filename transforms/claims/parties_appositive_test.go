package claims

import "testing"

// TestPartiesAppositive: a role noun of the sides with the list of sides set off beside it
// names the parties (parties_appositive.go): "Both parties, X and Y, ..." (kirkuk kk_033),
// "both signatories, X and Y," (abyei ab_023), "طرفي الاتفاق، أي X وY،" (kirkuk kk_028, abyei
// ab_036), "طرفي النزاع في تعز، X وY،" (taiz tz_036), "X وY، طرفي الهدنة،" (haiti ht_037).
// Probes: a speaker set off after the noun, brokers in the appositive, another deal in an
// article on no truce, places after "the two sides of the conflict" and after "both parties".
func TestPartiesAppositive(t *testing.T) {
	const kirkuk = "Iraqi forces and the Peshmerga agreed to a ceasefire around Kirkuk on Sunday. "
	runCases(t, []mechanismCase{
		{"both parties, X and Y,", "en", "", kirkuk + "Both parties, the Iraqi army and the Peshmerga, sent delegations to the signing, it said.", "ceasefire.parties",
			[]string{"iraqi_army,peshmerga@outlet", "iraqi_army,peshmerga@outlet"}},
		{"both signatories, X and Y,", "en", "", signSudanLead + "Both signatories, the Sudanese army and the Rapid Support Forces, have named liaison officers, the UN said.", "ceasefire.parties",
			[]string{"rapid_support_forces,sudanese_armed_forces@outlet", "rapid_support_forces,sudanese_armed_forces@un"}},
		{"arabic the two parties of the deal, that is X and Y", "ar", "", fasherLeadA + "وأوضحت أن طرفي الاتفاق، أي الجيش السوداني وقوات الدعم السريع، لم يسجلا أي خرق جسيم.", "ceasefire.parties",
			[]string{"rapid_support_forces,sudanese_armed_forces@outlet", "rapid_support_forces,sudanese_armed_forces@outlet"}},
		{"arabic the two parties to the conflict in a city", "ar", "", yemenLeadAr + "أعلنت الأمم المتحدة توصل طرفي النزاع في تعز، القوات الحكومية وجماعة أنصار الله، إلى هدنة.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet", "houthis,yemeni_army@un"}},
		{"arabic the list before the role noun", "ar", "", yemenLeadAr + "وقالت الأمم المتحدة إن الحكومة اليمنية وجماعة أنصار الله، طرفي الهدنة، سمحتا بإجلاء الجرحى.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet", "houthis,yemeni_government@un"}},

		// Probes.
		{"probe: who speaks set off after the noun", "en", "", signSudanLead + "Both parties, the army said, have named liaison officers.", "ceasefire.parties",
			[]string{"rapid_support_forces,sudanese_armed_forces@outlet"}},
		{"probe: brokers in the appositive", "en", "", syriaLead + "Both parties, Russia and Turkey, will guarantee the truce.", "ceasefire.parties",
			[]string{"syrian_armed_opposition,syrian_government@outlet"}},
		{"probe: another deal, no truce in the article", "en", "", "Flights resumed on Monday. Both parties, the Sudanese army and the Rapid Support Forces, backed the budget deal.", "ceasefire.parties",
			nil},
		{"probe: places after the two sides of the conflict", "ar", "", yemenLeadAr + "وتمتد خطوط التماس بين طرفي النزاع في تعز، المدينة القديمة وحي الجحملية، على عدة كيلومترات.", "ceasefire.parties",
			[]string{"houthis,yemeni_government@outlet"}},
		{"probe: the two sides' list names a deal's places, no parties", "en", "", kirkuk + "Both parties, Kirkuk and Erbil, reopened their markets, the governor said.", "ceasefire.parties",
			[]string{"iraqi_army,peshmerga@outlet"}},
	})
}
