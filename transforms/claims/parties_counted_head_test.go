package claims

import "testing"

// TestPartiesCountedSidesHead: after "between", a counted or restricted side noun closed by a
// colon or a comma announces the sides ("between two sides only: X and Y", «بين طرفين اثنين فقط:
// X وY»); its "only" makes the list exhaustive (parties_counted_head.go).
func TestPartiesCountedSidesHead(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic between two sides only, colon", "ar", "", "وقال المتحدث إن الهدنة في تعز «اتفاق بين طرفين فقط: الحكومة اليمنية والحوثيين».", "ceasefire.parties",
			[]string{"only:houthis,yemeni_government@outlet"}},
		{"arabic two sides, two, only", "ar", "", "وقال المتحدث باسم الجيش إن «وقف إطلاق النار بين طرفين اثنين فقط: الجيش السوداني وقوات الدعم السريع».", "ceasefire.parties",
			[]string{"only:rapid_support_forces,sudanese_armed_forces@sudanese_armed_forces"}},
		{"english two sides only, colon", "en", "", "The UN said the ceasefire was an agreement between two sides only: the Yemeni government and the Houthis.", "ceasefire.parties",
			[]string{"only:houthis,yemeni_government@un"}},
		{"english two parties, comma, no only", "en", "", "The ceasefire between the two parties, the Syrian government and the SDF, took effect at midnight.", "ceasefire.parties",
			[]string{"sdf,syrian_government@outlet"}},

		// Probes: no list after the head, a bare noun, another matter.
		{"two sides with no list named", "en", "", "The UN said the ceasefire was an agreement between two sides only, and that Iran was not one of them.", "ceasefire.parties",
			nil},
		{"a bare noun announces no list", "ar", "", "وقال المتحدث إن وقف إطلاق النار بين الأطراف، الحكومة اليمنية تلتزم به.", "ceasefire.parties",
			nil},
		{"talks between two sides only: no truce near", "en", "", "Oman said the talks in Muscat were held between two sides only: Iran and the United States, and that no deal was reached on sanctions or trade.", "ceasefire.parties",
			nil},
	})
}
