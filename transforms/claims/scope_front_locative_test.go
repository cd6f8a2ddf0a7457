package claims

import "testing"

// TestScopeFrontLocative: "on the X front" after the truce noun places the truce as "in X"
// does (marib: "a 60-day truce on the Marib front", "the truce on Yemen's Marib front", "cease
// hostilities on the Marib front": seven partial scopes unread), and «على جبهة X» in Arabic
// as «في جبهة X» already did. Near misses: "on" opening a day, a footing or an organisation
// named Front; a front with no place's name.
func TestScopeFrontLocative(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a truce on the Taiz front (Yemen)", "en", pubTue, "The government and the Houthis agreed a 60-day truce on the Taiz front, the UN said.", "ceasefire.scope",
			[]string{"partial@un"}},
		{"possessive country before the place (Yemen)", "en", pubTue, "Saudi Arabia is not a party to the truce on Yemen's Taiz front, the UN said.", "ceasefire.scope",
			[]string{"partial@un"}},
		{"a verbal truce noun: cease hostilities on the front (Yemen)", "en", pubTue, "The UN welcomed the agreement to cease hostilities on the Taiz front.", "ceasefire.scope",
			[]string{"partial@un"}},
		{"Arabic على جبهة (Yemen, ar)", "ar", pubTueAr, "وقال المتحدث إن الهدنة على جبهة تعز تبدأ الليلة.", "ceasefire.scope",
			[]string{"partial@outlet"}},
		{"near miss: on a day (Yemen)", "en", pubTue, "The government and the Houthis agreed a truce on Monday, the UN said.", "ceasefire.scope", nil},
		{"near miss: a front with no place (Yemen)", "en", pubTue, "The government and the Houthis agreed a truce on the southern front lines of the war, the UN said.", "ceasefire.scope", nil},
		{"near miss: a truce imposed on a group named Front (Syria)", "en", pubTue, "Russia imposed a truce on the Nusra Front, the UN said.", "ceasefire.scope", nil},
	})
}
