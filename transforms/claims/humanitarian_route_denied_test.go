package claims

import "testing"

// TestRouteOpeningDenied: an opening whose object, the route and the words naming it, is the
// subject of a negated predicate is no term: the predicate is read from the route noun, for the
// road's name may run past the window read from the cue ("رفع الحصار عن الطريق السريع الوطني رقم
// 2 ليس جزءاً من اتفاق تعليق العمليات", manipur mp_013). Probes from Yemen; near misses: the same
// sentence affirmed, and a relative clause after a comma that describes the road.
func TestRouteOpeningDenied(t *testing.T) {
	runCases(t, []mechanismCase{
		{"ar: رفع الحصار عن الطريق السريع بين تعز وعدن ليس جزءاً من الاتفاق", "ar", pubTueAr,
			yemenLeadAr + "وأكدت الحكومة أن رفع الحصار عن الطريق السريع بين تعز وعدن ليس جزءاً من الاتفاق.", "ceasefire.humanitarian",
			[]string{"aid_access=not_included@yemeni_government"}},
		{"en: reopening the main highway between Taiz and Aden is not part of the deal", "en", pubTue,
			yemenLead + "Reopening the main highway between Taiz and Aden is not part of the deal, the government said.", "ceasefire.humanitarian",
			[]string{"aid_access=not_included@yemeni_government"}},
		{"ar: affirmed, part of the deal", "ar", pubTueAr,
			yemenLeadAr + "وأكدت الحكومة أن رفع الحصار عن الطريق السريع بين تعز وعدن جزء من الاتفاق.", "ceasefire.humanitarian",
			[]string{"aid_access=included@yemeni_government"}},
		{"en: affirmed, part of the deal", "en", pubTue,
			yemenLead + "Reopening the main highway between Taiz and Aden is part of the deal, the government said.", "ceasefire.humanitarian",
			[]string{"aid_access=included@yemeni_government"}},
		{"probe: a relative clause after a comma describes the road", "en", pubTue,
			yemenLead + "The deal provides for reopening the Hawban road, which was never part of the old truce.", "ceasefire.humanitarian",
			[]string{"aid_access=included@outlet"}},
	})
}
