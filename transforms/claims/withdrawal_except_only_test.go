package claims

import "testing"

// TestWithdrawalExceptOnly: a negated withdrawal with an except word before the force named after
// it («لا يطلب الانسحاب إلا من قوات الوحدة 80», "does not require any force to withdraw other
// than the RSF") restricts the withdrawal to that force: it must withdraw, as a negated
// coverage with an except word names what is covered (the except_only words the scope and slot
// rules read). Miss in sulaymaniyah sl_033 (read as not_required); the exceptive after a
// negation witnessed in mindanao mn_022 (scope), gorongosa gr_026 (parties), manipur mp_020
// ('save against'); probes from Sudan and Yemen. Near misses: no except word, an except word
// before a time, a contrast clause of its own.
func TestWithdrawalExceptOnly(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic: only one unit must withdraw (Iraqi Kurdistan)", "ar", pubTueAr, "وقالت قيادة الوحدة 70 إن الاتفاق لا يطلب الانسحاب إلا من قوات الوحدة 80.", "ceasefire.withdrawal",
			[]string{"unit_80=required@unit_70"}},
		{"arabic: except from the RSF (Sudan)", "ar", pubTueAr, "وقال المسؤول إن الاتفاق لا يطلب الانسحاب إلا من قوات الدعم السريع.", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=required@outlet"}},
		{"arabic: سوى after an obliging verb (Yemen)", "ar", pubTueAr, "وقال المسؤول إن الاتفاق لا يلزم بالانسحاب سوى الحوثيين.", "ceasefire.withdrawal",
			[]string{"houthis=required@outlet"}},
		{"other than the RSF (Sudan)", "en", pubTue, "The official said the deal does not require any force to withdraw other than the RSF.", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=required@outlet"}},
		{"near miss: no except word (Sudan, ar)", "ar", pubTueAr, "وقال المسؤول إن الاتفاق لا يطلب انسحاب قوات الدعم السريع.", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=not_required@outlet"}},
		{"near miss: no except word (Sudan)", "en", pubTue, "The deal does not require the RSF to withdraw.", "ceasefire.withdrawal",
			[]string{"rapid_support_forces=not_required@outlet"}},
		{"near miss: an except word before a time names no force (Sudan, ar)", "ar", pubTueAr, "وقال المسؤول إن الاتفاق لا يطلب الانسحاب من الفاشر إلا بعد شهر.", "ceasefire.withdrawal",
			nil},
		{"near miss: a contrast clause of its own (Sudan)", "en", pubTue, "The deal does not require the army to withdraw, but the RSF must leave the city.", "ceasefire.withdrawal",
			[]string{"sudanese_armed_forces=not_required@outlet", "rapid_support_forces=required@outlet"}},
	})
}
