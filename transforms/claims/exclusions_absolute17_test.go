package claims

// An absolute phrase closing a coverage verb's object ("binds every clan of the tribe, them
// included"): the pronoun stands for the group named before the verb, past a name that only
// completes a noun ("sons of Bani Rashed"), else for the one the sentence before names last;
// a place inside the object is where the members are, not what the pronoun stands for.

import "testing"

func TestAbsolutePronounIncluded(t *testing.T) {
	runCases(t, []mechanismCase{
		{"them included after the clan's description", "en", "", `"Al Bu Sultan are sons of Bani Rashed and the atwa binds every clan of the tribe, them included," Sheikh Abdul-Amir al-Zubaidi told Tigris Wire.`, "ceasefire.exclusions",
			[]string{"al_bu_sultan=not_excluded@abdul_amir_al_zubaidi"}},
		{"them included, the group named in the sentence before", "en", "", "Al Bu Sultan are angry. The atwa binds every clan of the tribe, them included.", "ceasefire.exclusions",
			[]string{"al_bu_sultan=not_excluded@outlet"}},
		{"another war: the militias before the verb, not the province in the object", "en", "", "The Wazalendo militias fight beside the army, and the truce binds all armed groups in North Kivu, them included.", "ceasefire.exclusions",
			[]string{"wazalendo=not_excluded@outlet"}},
		// Negative probes: no group or place to stand for; the pronoun inside a longer phrase
		// ("all of them included in"); no coverage verb.
		{"nothing named for the pronoun", "en", "", "The truce covers all areas of contact, them included.", "ceasefire.exclusions",
			nil},
		{"a partitive phrase is no absolute pronoun", "en", "", "The M23 holds several camps near Goma, all of them included in a security zone, the army said.", "ceasefire.exclusions",
			nil},
		{"no coverage verb", "en", "", "The Wazalendo militias fight beside the army, which shelled every village in the area, them included.", "ceasefire.exclusions",
			nil},
	})
}
