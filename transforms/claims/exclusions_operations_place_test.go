package claims

import "testing"

// TestExclusionsOperationsPlaceOfGroup: when operations that "will continue" are against a group,
// a place a locative puts right after the group says where they run ("Operations against
// ISIS-linked cells in the SPMS box will continue", "العمليات ضد داعش في ماجينداناو ستستمر"): the
// group is left out, not the place (mindanao mn_007: the SPMS box was read excluded, a false
// disagreement). Near miss: operations in a place with no group keep the place left out.
func TestExclusionsOperationsPlaceOfGroup(t *testing.T) {
	const lead = "The Philippine government and the BIFF agreed to a ceasefire in Maguindanao. "
	const leadAr = "اتفقت الحكومة الفلبينية ومقاتلو بانغسامورو على وقف إطلاق النار في ماجينداناو. "
	runCases(t, []mechanismCase{
		{"operations against a group in a place (mindanao mn_007)", "en", pubTue, lead + "\"Operations against ISIS-linked cells in the SPMS box will continue, ceasefire or no ceasefire,\" Villaflor told reporters.", "ceasefire.exclusions",
			[]string{"dawlah_islamiyah=excluded@eduardo_villaflor"}},
		{"probe: العمليات ضد داعش في ماجينداناو (Philippines, ar)", "ar", pubTueAr, leadAr + "وقال وزير الدفاع إن العمليات ضد داعش في ماجينداناو ستستمر.", "ceasefire.exclusions",
			[]string{"isis=excluded@philippine_government"}},
		{"near miss: operations in a place, no group (Philippines)", "en", pubTue, lead + "Operations in the SPMS box will continue, Villaflor said.", "ceasefire.exclusions",
			[]string{"spms_box=excluded@eduardo_villaflor"}},
		{"near miss: operations in a place, no group (Philippines, ar)", "ar", pubTueAr, leadAr + "وقال وزير الدفاع إن العمليات في ماجينداناو ستستمر.", "ceasefire.exclusions",
			[]string{"maguindanao=excluded@philippine_government"}},
	})
}
