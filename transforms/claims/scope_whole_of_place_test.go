package claims

// The whole of one sub-national place is still a partial truce (ceasefire.scope): "the whole of
// Hodeidah province", "the whole of the province", "كامل مناطق المحافظة"; the whole of the
// country is nationwide.

import "testing"

// TestScopeWholeOfPlace: a whole-of cue followed by a sub-national name or place noun is partial.
func TestScopeWholeOfPlace(t *testing.T) {
	runCases(t, []mechanismCase{
		{"the whole of a province", "en", "", yemenLead + "The Houthis said the truce covers the whole of Hodeidah province, including its southern districts.", "ceasefire.scope",
			[]string{"partial@outlet", "partial@houthis"}},
		{"the whole of the province (a place noun)", "en", "", yemenLead + "The UN said the truce covers the whole of the province.", "ceasefire.scope",
			[]string{"partial@outlet", "partial@un"}},
		{"the whole of the country is nationwide", "en", "", "The UN said the truce between the Houthis and the Yemeni government covers the whole of Yemen.", "ceasefire.scope",
			[]string{"nationwide@un"}},
		{"arabic all the areas of the province", "ar", "", yemenLeadAr + "وأوضح الحوثيون أن الهدنة تشمل كامل مناطق المحافظة باستثناء مديرية الخوخة.", "ceasefire.scope",
			[]string{"partial@outlet", "partial@houthis"}},
		{"arabic all the areas of the country is nationwide", "ar", "", "وأوضح الحوثيون أن الهدنة مع الحكومة اليمنية تشمل كامل مناطق اليمن.", "ceasefire.scope",
			[]string{"nationwide@houthis"}},
		{"applies only within a governorate", "en", "", yemenLead + "The agreement applies only within Hodeidah governorate, the UN said.", "ceasefire.scope",
			[]string{"partial@outlet", "partial@un"}},
	})
}
