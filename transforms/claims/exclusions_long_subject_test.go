package claims

import "testing"

// TestExclusionLongSubject: a negated coverage predicate after a long subject is said of the
// name opening the subject, not of a name inside its modifier; a name opening a relative clause
// of its own is no subject.
func TestExclusionLongSubject(t *testing.T) {
	runCases(t, []mechanismCase{
		{"a participle modifier after the head's complement (bangui)", "en", pubTue,
			"Russian instructors of the Africa Corps serving with the army under bilateral cooperation are not covered by the agreement.", "ceasefire.exclusions",
			[]string{"africa_corps=excluded@outlet"}},
		{"a place inside the modifier is no subject", "en", pubTue,
			"Fighters of the Africa Corps deployed near the mines in Bria are not covered by the Luanda agreement, the government said.", "ceasefire.exclusions",
			[]string{"africa_corps=excluded@central_african_government"}},
		{"arabic: the construct state's complement, a place in the modifier", "ar", pubTueAr,
			"وقالت الحكومة إن عناصر الفيلق الأفريقي المنتشرين قرب المناجم في بريا غير مشمولين بالاتفاق.", "ceasefire.exclusions",
			[]string{"africa_corps=excluded@central_african_government"}},
		{"probe: a name opening a relative clause of its own (gorongosa)", "en", pubTue,
			"The minister said the 760 fighters the Junta has registered with the joint military commission are covered by the ceasefire.", "ceasefire.exclusions",
			nil},
		{"names coordinated with the first are subjects too", "en", pubTue,
			"Fighters of the Africa Corps and the 3R based near the mines of Bria are not covered by the agreement, the government said.", "ceasefire.exclusions",
			[]string{"africa_corps=excluded@central_african_government", "three_r=excluded@central_african_government"}},
	})
}
