package claims

import "testing"

// TestPraiseVerbAttributes: «ثمّن» (to commend) reports what its subject says, as «أشاد» and
// «رحّب» do: "ثمّنت الرئاسة اللبنانية في بيان «الجهود التي بذلتها المملكة العربية السعودية في
// رعاية اتفاق وقف إطلاق النار»" (hermel hm_035), and a statement quoted before goes on: "وثمّن
// البيان الوساطة الأردنية والأميركية" (suwayda sw_010); both gave the outlet. The noun of the
// same letters (ثمن, a price: "ثمناً للهدنة", "دفعوا ثمن الحرب") attributes nothing.
func TestPraiseVerbAttributes(t *testing.T) {
	runCases(t, []mechanismCase{
		{"lebanon: a presidency commends the guarantor", "ar", "", "ثمّنت الرئاسة اللبنانية في بيان «الجهود التي بذلتها المملكة العربية السعودية في رعاية اتفاق وقف إطلاق النار».", "ceasefire.mediators",
			[]string{"saudi_arabia@lebanese_presidency"}},
		{"syria: the statement quoted before commends the mediation", "ar", "", "أكد مكتب الرئاسة الروحية للطائفة الدرزية في بيان أن الهدنة صامدة. وثمّن البيان الوساطة الأردنية والأميركية التي أفضت إلى الاتفاق.", "ceasefire.mediators",
			[]string{"jordan,united_states@druze_spiritual_leadership"}},
		{"ethiopia: the AU commends Kenya's mediation", "ar", "", "وثمّن الاتحاد الأفريقي الوساطة الكينية التي أفضت إلى وقف إطلاق النار بين الحكومة الإثيوبية وجبهة تحرير تيغراي.", "ceasefire.mediators",
			[]string{"kenya@african_union"}},
		// Negative probes: the noun "price" in another speaker's sentence or the outlet's.
		{"yemen: a price is no verb of saying", "ar", "", "ونفى الديلمي أن يكون الإفراج عن البحارة ثمناً للهدنة. والهدنة صامدة.", "ceasefire.status",
			[]string{"in_force@outlet"}},
		{"sudan: residents, not the price", "ar", "", "قال سكان إن المدنيين دفعوا ثمن الحرب، وإن وقف إطلاق النار صامد.", "ceasefire.status",
			[]string{"in_force@local_residents"}},
	})
}
