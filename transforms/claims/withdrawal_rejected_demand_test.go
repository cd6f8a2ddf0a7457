package claims

import "testing"

// TestWithdrawalRejectedDemandQualified: a denial verb rejects a withdrawal demand with words
// between that only determine the demand or name who rejects ("rejected a Kyrgyz demand that its
// troops withdraw", "rejected the withdrawal demand", "ورفضت الحكومة اليمنية مطالبات"): the
// rejecter's account, its own force not required. Who rejects is the denial verb's subject past
// an insert ("X, speaking at a base, rejected"), and the name right after the demand word is
// who demands. Probes: a demand repeated in another clause after a rejection stays a demand; a
// mediator's rejection names no force.
func TestWithdrawalRejectedDemandQualified(t *testing.T) {
	runCases(t, []mechanismCase{
		{"rejected a demonym's demand that its troops withdraw", "en", "", yemenLead + "The Yemeni government on Friday rejected a Houthi demand that its troops withdraw from the port.", "ceasefire.withdrawal",
			[]string{"yemeni_army=not_required@yemeni_government"}},
		{"the subject past an insert rejected the withdrawal demand", "en", "", yemenLead + "Yahya Sharaf al-Din, speaking in Sanaa, rejected the withdrawal demand outright.", "ceasefire.withdrawal",
			[]string{"houthis=not_required@yahya_sharaf_al_din"}},
		{"arabic: a two-word subject between the denial and the demands", "ar", "", yemenLeadAr + "ورفضت الحكومة اليمنية مطالبات الحوثيين بانسحاب قواتها من الميناء.", "ceasefire.withdrawal",
			[]string{"yemeni_army=not_required@yemeni_government"}},
		{"arabic: the one-word subject as before", "ar", "", yemenLeadAr + "ورفض الحوثيون مطالبات بانسحاب قواتهم من الميناء.", "ceasefire.withdrawal",
			[]string{"houthis=not_required@houthis"}},
		{"probe: a demand repeated after rejecting something else", "en", "", yemenLead + "The government rejected the claim and repeated its demand that Houthi fighters withdraw from the port.", "ceasefire.withdrawal",
			[]string{"houthis=required@yemeni_government~demanded"}},
		{"probe: arabic demand renewed after rejecting accusations", "ar", "", yemenLeadAr + "ورفضت الحكومة اليمنية الاتهامات وجددت مطالبتها بانسحاب الحوثيين من الميناء.", "ceasefire.withdrawal",
			[]string{"houthis=required@yemeni_government~demanded"}},
		{"probe: a mediator rejects the demand", "en", "", yemenLead + "The UN envoy, speaking in Muscat, rejected the withdrawal demand as premature.", "ceasefire.withdrawal",
			nil},
	})
}
