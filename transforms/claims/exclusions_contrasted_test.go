package claims

import "testing"

// TestExclusionsContrasted: a member a negation after a comma sets against a coverage list
// ("covers only Upper Nile and Jonglei, not the Equatoria region", "covers Sirte, but not the
// Jufra district", "تشمل مدينة تعز، لا مديرية صالة") takes the opposite value of the list. Misses of
// the construction in southsudan ss_004, ainhilweh ah_021 ('but not the adjacent Taamir
// district'), basra bs_014 ('but not the oil fields'), waziristan wz_028 ('not settled areas such
// as Peshawar'); probes from Libya, Yemen and Syria. Near misses: "not only", "not far from",
// "not the army alone", a negated cue's "nor", a clause of its own after "but not".
func TestExclusionsContrasted(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a restrictive list and the region set against it (South Sudan)", "en", pubTue, "The official said the truce covers only Upper Nile and Jonglei, not the Equatoria region.", "ceasefire.exclusions",
			[]string{"equatoria=excluded@outlet"}},
		{"probe: but not a district (Libya)", "en", pubTue, "The official said the truce covers Sirte, but not the Jufra district.", "ceasefire.exclusions",
			[]string{"sirte=not_excluded@outlet", "jufra=excluded@outlet"}},
		{"probe: excludes one group but not another (Syria)", "en", pubTue, "The official said the truce excludes Islamic State, but not Jabhat Fatah al-Sham.", "ceasefire.exclusions",
			[]string{"isis=excluded@outlet", "jabhat_fatah_al_sham=not_excluded@outlet"}},
		{"probe: a city and not its district (Yemen, ar)", "ar", pubTueAr, "وقال المسؤول إن الهدنة تشمل مدينة تعز، لا مديرية صالة.", "ceasefire.exclusions",
			[]string{"taiz=not_excluded@outlet", "salah_district=excluded@outlet"}},
		{"probe: لكن ليس after a clause break (Yemen, ar)", "ar", pubTueAr, "وقال المسؤول إن الهدنة تشمل مدينة تعز، لكن ليس مديرية صالة.", "ceasefire.exclusions",
			[]string{"taiz=not_excluded@outlet", "salah_district=excluded@outlet"}},
		{"near miss: not only (Libya)", "en", pubTue, "The official said the truce covers Sirte and Jufra, not only Sirte.", "ceasefire.exclusions",
			[]string{"sirte=not_excluded@outlet", "jufra=not_excluded@outlet"}},
		{"near miss: a negated cue's nor keeps its value (Syria)", "en", pubTue, "The official said the truce does not cover Islamic State, nor Jabhat Fatah al-Sham.", "ceasefire.exclusions",
			[]string{"isis=excluded@outlet", "jabhat_fatah_al_sham=excluded@outlet"}},
		{"near miss: not far from places nothing against the list (Libya)", "en", pubTue, "The truce covers Sirte, not far from Jufra, the official said.", "ceasefire.exclusions",
			[]string{"sirte=not_excluded@outlet", "jufra=not_excluded@outlet"}},
		{"near miss: a clause of its own after but not (Libya)", "en", pubTue, "The truce covers Sirte, but not everyone in Jufra agrees, the official said.", "ceasefire.exclusions",
			[]string{"sirte=not_excluded@outlet"}},
		{"near miss: not X alone is not only (Sudan, ar)", "ar", pubTueAr, "وقال المسؤول إن وقف العدائيات يشمل قوات الدعم السريع، لا الجيش وحده.", "ceasefire.exclusions",
			[]string{"rapid_support_forces=not_excluded@outlet"}},
	})
}

// TestExclusionsContrastedSubjectsFoundElsewhere: when a branch after the object list finds the
// cue's subjects elsewhere (a fronted predicate: "Covered, not Jufra, are Sirte and Misrata"),
// the contrast found in the object list is dropped with it and does not flip the new subjects;
// a contrast inside the new list is read there ("Covered: Sirte and Misrata, not Jufra"). A
// jihadist action past the contrast keeps the contrast's value. Probes from Libya and Yemen.
func TestExclusionsContrastedSubjectsFoundElsewhere(t *testing.T) {
	runCases(t, []mechanismCase{
		{"fronted predicate past a contrast (Libya)", "en", pubTue, "A ceasefire in Libya took effect on Monday. Covered, not Jufra, are Sirte and Misrata.", "ceasefire.exclusions",
			[]string{"sirte=not_excluded@outlet", "misrata=not_excluded@outlet"}},
		{"probe: fronted predicate past a contrast (Yemen)", "en", pubTue, "A truce in Yemen took effect on Monday. Covered, not Taiz, are Hodeidah and Sanaa.", "ceasefire.exclusions",
			[]string{"hodeidah=not_excluded@outlet"}},
		{"probe: fronted exclusion past a contrast (Yemen)", "en", pubTue, "A truce in Yemen took effect on Monday. Excluded, not the Houthis, is AQAP.", "ceasefire.exclusions",
			[]string{"aqap=excluded@outlet"}},
		{"a contrast inside the fronted predicate's list (Libya)", "en", pubTue, "A ceasefire in Libya took effect on Monday. Covered: Sirte and Misrata, not Jufra.", "ceasefire.exclusions",
			[]string{"sirte=not_excluded@outlet", "misrata=not_excluded@outlet", "jufra=excluded@outlet"}},
		{"but not after the fronted predicate's list (Libya)", "en", pubTue, "A ceasefire in Libya took effect on Monday. Covered: Sirte and Misrata, but not the Jufra district.", "ceasefire.exclusions",
			[]string{"sirte=not_excluded@outlet", "misrata=not_excluded@outlet", "jufra=excluded@outlet"}},
		{"near miss: a negated fronted predicate's nor keeps its value (Yemen)", "en", pubTue, "A truce in Yemen took effect on Monday. Not covered: Hodeidah and Sanaa, nor Taiz.", "ceasefire.exclusions",
			[]string{"hodeidah=excluded@outlet"}},
		{"a jihadist action past the contrast takes its value (Libya)", "en", pubTue, "The truce covers Sirte, not operations against Islamic State.", "ceasefire.exclusions",
			[]string{"isis=excluded@outlet"}},
	})
}
