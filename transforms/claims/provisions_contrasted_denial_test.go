package claims

import "testing"

// TestContrastedDenialAfter: a second account set against a term in the same sentence denies it
// and names who holds it: "..., but the government denies it", "; X says they will not", «فيما
// يصرّ X على أن هذا البند ليس جزءاً من الاتفاق», «بينما تصر X على أنه "ليس من بنود الاتفاق"».
// Witnesses: bamenda bm_016, jenin jn_018, colombia col_006, mindanao mn_024. Probes from Yemen
// and the Black Sea; near misses: a denial of something else, an affirming second account, a
// negated predicate whose subject is another noun, a second speaker who says they will.
func TestContrastedDenialAfter(t *testing.T) {
	runCases(t, []mechanismCase{
		{"en: but the government denies it", "en", pubTue,
			yemenLead + "The Houthis say detainees will be freed under the deal, but the government denies it.", "ceasefire.exchange",
			[]string{"prisoners=included@houthis", "prisoners=not_included@yemeni_government"}},
		{"en: the government says they will not", "en", pubTue,
			yemenLead + "The Houthis say detainees will be freed; the government says they will not.", "ceasefire.exchange",
			[]string{"prisoners=included@houthis", "prisoners=not_included@yemeni_government"}},
		{"en: though Moscow denies it (Black Sea)", "en", pubTue,
			blackSeaLead + "Kyiv says prisoners of war will be exchanged under the deal, though Moscow denies it.", "ceasefire.exchange",
			[]string{"prisoners=included@ukrainian_government", "prisoners=not_included@russia"}},
		{"ar: فيما يصرّ الحوثيون على أن هذا البند ليس جزءاً من الاتفاق", "ar", pubTueAr,
			yemenLeadAr + "وتؤكد الحكومة أن الاتفاق يشمل الإفراج عن الأسرى، فيما يصرّ الحوثيون على أن هذا البند ليس جزءاً من الاتفاق.", "ceasefire.exchange",
			[]string{"prisoners=included@yemeni_government", "prisoners=not_included@houthis"}},
		{"ar: بينما تصر الحكومة على أنه ليس من بنود الاتفاق", "ar", pubTueAr,
			yemenLeadAr + "ويؤكد الحوثيون أن الإفراج عن الأسرى جزء من الهدنة، بينما تصر الحكومة على أنه \"ليس من بنود الاتفاق\".", "ceasefire.exchange",
			[]string{"prisoners=included@houthis", "prisoners=not_included@yemeni_government"}},
		// Near misses.
		{"probe: the government denies the shelling (another object)", "en", pubTue,
			yemenLead + "The Houthis say detainees will be freed under the deal, but the government denies shelling the port.", "ceasefire.exchange",
			[]string{"prisoners=included@houthis"}},
		{"probe: the government says they will (affirmed)", "en", pubTue,
			yemenLead + "The Houthis say detainees will be freed; the government says they will.", "ceasefire.exchange",
			[]string{"prisoners=included@houthis"}},
		{"probe: بينما تؤكد الحكومة أنه جزء من الاتفاق (affirmed)", "ar", pubTueAr,
			yemenLeadAr + "ويؤكد الحوثيون أن الإفراج عن الأسرى جزء من الهدنة، بينما تؤكد الحكومة أنه جزء من الاتفاق أيضاً.", "ceasefire.exchange",
			[]string{"prisoners=included@houthis"}},
		{"probe: فيما يصر الحوثيون على أن الهدنة ليست جزءاً من تسوية (another subject)", "ar", pubTueAr,
			yemenLeadAr + "وتؤكد الحكومة أن الاتفاق يشمل الإفراج عن الأسرى، فيما يصرّ الحوثيون على أن الهدنة ليست جزءاً من تسوية شاملة.", "ceasefire.exchange",
			[]string{"prisoners=included@yemeni_government"}},
	})
}
