package claims

import "testing"

// TestExclusionsObjectRelative: a relative clause on a covered or left-out object ("X, where
// ...", "X الذي ...", "X، حيث ...") describes it; the groups and places it names are not what the
// truce covers or leaves out. The list goes on past the clause's comma only with a coordinator
// or a negation ("..., nor Y"). Witnesses: kadugli kd_024, myanmar mm_001/mm_002/mm_004, suwayda
// sw_007; probes from Yemen, Somalia and Sinjar.
func TestExclusionsObjectRelative(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a state left out, the rebels deployed there are not (Sudan, ar)", "ar", pubTueAr, "قال المسؤول إن الاتفاق لا يشمل ولاية النيل الأزرق، حيث تنتشر أيضاً قوات الحركة الشعبية.", "ceasefire.exclusions",
			[]string{"blue_nile=excluded@outlet"}},
		{"a group left out, the state it fights in is not (Myanmar)", "en", pubTue, "The junta said the truce did not apply to the Arakan Army, which is fighting in Rakhine State.", "ceasefire.exclusions",
			[]string{"arakan_army=excluded@myanmar_military"}},
		{"the list goes on past the clause with nor (Myanmar)", "en", pubTue, "The junta said the truce did not apply to the Arakan Army, which is fighting in Rakhine State, nor to the Kachin Independence Army.", "ceasefire.exclusions",
			[]string{"arakan_army=excluded@myanmar_military", "kachin_independence_army=excluded@myanmar_military"}},
		{"probe: a town left out, the group active there is not (Somalia)", "en", pubTue, "The minister said the ceasefire does not apply to Bardhere, where al-Shabaab fighters are still active.", "ceasefire.exclusions",
			[]string{"bardhere=excluded@outlet"}},
		{"probe: a governorate left out, the forces massing there are not (Yemen, ar)", "ar", pubTueAr, "وقال المتحدث إن الهدنة لا تشمل مأرب التي تحشد فيها القوات الحكومية.", "ceasefire.exclusions",
			[]string{"marib=excluded@outlet"}},
		{"probe: a covered city, its besiegers are no covered party (Yemen, ar)", "ar", pubTueAr, "وقال المتحدث إن الهدنة تشمل مدينة تعز التي يحاصرها الحوثيون منذ سنوات.", "ceasefire.exclusions",
			[]string{"taiz=not_excluded@outlet"}},
		{"probe: no relative clause, both left out (Myanmar)", "en", pubTue, "The junta said the truce did not apply to the Arakan Army or to Rakhine State.", "ceasefire.exclusions",
			[]string{"arakan_army=excluded@myanmar_military", "rakhine_state=excluded@myanmar_military"}},
	})
}
