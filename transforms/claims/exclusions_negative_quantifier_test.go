package claims

import "testing"

// TestExclusionNegativeQuantifier: a coverage predicate under a negative quantifier (its
// subject's, a negated existential's relative, a negated verb's "any" object) is negated; a
// negation with a predicate or clause of its own is not.
func TestExclusionNegativeQuantifier(t *testing.T) {
	runCases(t, []mechanismCase{
		{"nothing in the agreement covers", "en", pubTue, "Nothing in the agreement covers Makhmour, the official said.", "ceasefire.exclusions",
			[]string{"makhmour=excluded@outlet"}},
		{"no clause of the deal covers", "en", pubTue, "No clause of the deal covers Makhmour, the official said.", "ceasefire.exclusions",
			[]string{"makhmour=excluded@outlet"}},
		{"none of the provisions applies to", "en", pubTue, "None of the provisions of the truce applies to Makhmour, the official said.", "ceasefire.exclusions",
			[]string{"makhmour=excluded@outlet"}},
		{"nothing in the text excludes", "en", pubTue, "Nothing in the text excludes Makhmour, the official said.", "ceasefire.exclusions",
			[]string{"makhmour=not_excluded@outlet"}},
		{"there is nothing ... that covers", "en", pubTue, "There is nothing in the agreement that covers Makhmour, the official said.", "ceasefire.exclusions",
			[]string{"makhmour=excluded@outlet"}},
		{"does not contain any clause that excludes", "en", pubTue, "The agreement does not contain any clause that excludes Makhmour, the official said.", "ceasefire.exclusions",
			[]string{"makhmour=not_excluded@outlet"}},
		{"arabic: la yujad ... ma yashmal", "ar", pubTueAr, "وقال المسؤول إنه لا يوجد في الاتفاق ما يشمل مخمور.", "ceasefire.exclusions",
			[]string{"makhmour=excluded@outlet"}},
		{"arabic: laysa ... ma yastathni", "ar", pubTueAr, "وقال المسؤول إنه ليس في الاتفاق ما يستثني مخمور.", "ceasefire.exclusions",
			[]string{"makhmour=not_excluded@outlet"}},
		{"arabic: la yatadamman ayy band yastathni", "ar", pubTueAr, "وقال المسؤول إن الاتفاق لا يتضمن أي بند يستثني مخمور.", "ceasefire.exclusions",
			[]string{"makhmour=not_excluded@outlet"}},
		{"arabic: la shay' ... yashmal", "ar", pubTueAr, "وقال المسؤول إن لا شيء في الاتفاق يشمل مخمور.", "ceasefire.exclusions",
			[]string{"makhmour=excluded@outlet"}},
		{"probe: a negation with a predicate of its own", "en", pubTue, "Nobody was hurt overnight and the truce covers Makhmour, the official said.", "ceasefire.exclusions",
			[]string{"makhmour=not_excluded@outlet"}},
	})
}
