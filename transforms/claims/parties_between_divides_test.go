package claims

// "Between X and Y" after a noun of fighting or conflict (lexicon fighting_words,
// conflict_nouns) or of a divide (divide_nouns) names who fight or differ, not the truce's sides,
// though the agreement is named nearby (colombia col_004/col_005, kirkuk kk_013). A truce noun
// that holds such a word ("cessation of hostilities") still takes its sides.

import "testing"

func TestBetweenOfFightingOrDivideIsNoParties(t *testing.T) {
	runCases(t, []mechanismCase{
		{"probe: clashes between two sides, Arabic", "ar", pubTueAr, "وقال الوزير إن المنطقة مستثناة من الاتفاق بسبب استمرار المواجهات فيها بين الجيش السوداني وقوات الدعم السريع.", "ceasefire.parties", nil},
		{"probe: fighting between two sides", "en", pubTue, "The zone is left out of the agreement because of continued fighting between the army and the RSF.", "ceasefire.parties", nil},
		{"probe: the gap between two sides, Arabic", "ar", pubTueAr, "وتكشف القراءتان المتباينتان للاتفاق حجم الهوة بين الجيش السوداني وقوات الدعم السريع.", "ceasefire.parties", nil},
		{"probe: the rift between two sides", "en", pubTue, "The two readings of the agreement show the rift between the army and the RSF.", "ceasefire.parties", nil},
		{"a cessation of hostilities between two sides", "en", pubTue, "A cessation of hostilities between the army and the RSF took hold on Monday.", "ceasefire.parties",
			[]string{"rapid_support_forces,sudanese_armed_forces@outlet"}},
		{"a truce between two sides after clashes", "en", pubTue, "After days of clashes, the truce between the army and the RSF held on Monday.", "ceasefire.parties",
			[]string{"rapid_support_forces,sudanese_armed_forces@outlet"}},
		{"a truce between two sides, Arabic", "ar", pubTueAr, "صمد وقف الأعمال العدائية بين الجيش السوداني وقوات الدعم السريع يوم الاثنين.", "ceasefire.parties",
			[]string{"rapid_support_forces,sudanese_armed_forces@outlet"}},
	})
}
