package claims

import "testing"

// TestSetsContactsWith: "with" after a noun of contacts names whom the broker spoke to, not a
// co-broker (sets_contacts_with.go): hermel read Damascus, a side, as Qatar's co-broker.
func TestSetsContactsWith(t *testing.T) {
	const lead = "توصلت بيروت ودمشق إلى هدنة على الحدود. "
	const leadEn = "A ceasefire between Lebanon and Syria took hold on Tuesday. "
	runCases(t, []mechanismCase{
		{"arabic contacts with a side", "ar", "", lead + "وتفيد المعلومات بأن الدوحة أسهمت في التوصل إلى الاتفاق عبر اتصالات مع دمشق.", "ceasefire.mediators",
			[]string{"qatar@outlet"}},
		{"english contacts with a side", "en", "", leadEn + "Qatar helped broker the deal through contacts with Damascus.", "ceasefire.mediators",
			[]string{"qatar@outlet"}},
	})
}
