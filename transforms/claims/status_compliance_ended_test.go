package claims

// Probes from Gaza, Sudan, Yemen, Congo and Ukraine coverage: a verb of compliance reads the
// truce in force only with the truce for its object, and not after a verb of cessation.

import "testing"

func TestStatusComplianceEndedOrOther(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: observing the funeral of those killed before the truce (Gaza)", "en", pubTue, "Residents were observing the funeral of those killed before the truce.", "ceasefire.status", nil},
		{"probe: is respecting the wishes of the elders (Sudan)", "en", pubTue, "The militia is respecting the wishes of the elders despite the truce.", "ceasefire.status", nil},
		{"probe: are observing a day of mourning (Congo)", "en", pubTue, "Families in Goma are observing a day of mourning for those killed before the ceasefire.", "ceasefire.status", nil},
		{"probe: stopped observing the truce (Yemen)", "en", pubTue, "The rebels stopped observing the truce on Monday.", "ceasefire.status", nil},
		{"probe: ceased observing the ceasefire (Sudan)", "en", pubTue, "The militia ceased observing the ceasefire last week.", "ceasefire.status", nil},
		{"probe: have stopped observing the ceasefire (Ukraine)", "en", pubTue, "The rebels have stopped observing the ceasefire, the army said.", "ceasefire.status", nil},
		{"probe: توقفت عن الالتزام بالهدنة (Sudan)", "ar", pubTueAr, "وقال المتحدث إن قواتها توقفت عن الالتزام بالهدنة منذ يوم الاثنين.", "ceasefire.status", nil},
		// Kept.
		{"began observing the truce (Yemen)", "en", pubTue, "The rebels began observing the truce on Monday.", "ceasefire.status",
			[]string{"in_force@outlet"}},
		{"largely observing the terms of the ceasefire (Gaza)", "en", pubTue, "Both sides were largely observing the terms of the ceasefire.", "ceasefire.status",
			[]string{"in_force@outlet"}},
		{"which both sides are observing (Gaza)", "en", pubTue, "The truce, which both sides are observing, was agreed in Doha.", "ceasefire.status",
			[]string{"in_force@outlet", "agreed@outlet"}},
		{"are respecting the ceasefire (Congo)", "en", pubTue, "Both the army and the M23 are respecting the ceasefire.", "ceasefire.status",
			[]string{"in_force@outlet"}},
		{"التزمت بالهدنة (Sudan)", "ar", pubTueAr, "والتزمت قوات الدعم السريع بالهدنة يوم الاثنين.", "ceasefire.status",
			[]string{"in_force@outlet"}},
	})
}
