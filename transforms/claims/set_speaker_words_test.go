package claims

// Closed word lists of the set, party and speaker rules read from the lexicon data.

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/tanaqud/tanaqud/schemas"
)

// TestSetAndSpeakerWordsFromData pins the closed word lists the set, party and speaker rules
// compare tokens against (they used to be Go literals) in their folded form, and shows that a
// new language brings its own in its JSON file.
func TestSetAndSpeakerWordsFromData(t *testing.T) {
	d, err := schemas.Load()
	if err != nil {
		t.Fatal(err)
	}
	ar, en := compileFunctionWords(d.Lexicons["ar"]), compileFunctionWords(d.Lexicons["en"])
	xx := compileFunctionWords(&schemas.Lexicon{Lang: "xx", PerfectAuxiliaries: []string{"A"}, PossessiveDeterminers: []string{"son"},
		Clitics: schemas.Clitics{Conjunctions: []string{"et-"}, Possessives: []string{"’s"}}})
	got := map[string][]string{
		"en perfect auxiliaries": sortedKeys(en.perfectAuxiliaries), "ar perfect auxiliaries": sortedKeys(ar.perfectAuxiliaries),
		"en possessive determiners": sortedKeys(en.possessiveDeterminers), "ar possessive determiners": sortedKeys(ar.possessiveDeterminers),
		"en conjunction prefixes": en.conjunctionPrefixes, "ar conjunction prefixes": ar.conjunctionPrefixes,
		"en possessives": en.possessives, "ar possessives": ar.possessives,
		"xx perfect auxiliaries": sortedKeys(xx.perfectAuxiliaries), "xx possessive determiners": sortedKeys(xx.possessiveDeterminers),
		"xx conjunction prefixes": xx.conjunctionPrefixes, "xx possessives": xx.possessives,
	}
	want := map[string][]string{
		"en perfect auxiliaries": {"had", "has", "have"}, "ar perfect auxiliaries": {},
		"en possessive determiners": {"its", "their"}, "ar possessive determiners": {},
		"en conjunction prefixes": {}, "ar conjunction prefixes": {"و"},
		"en possessives": {"'s", "'s"}, "ar possessives": {},
		"xx perfect auxiliaries": {"a"}, "xx possessive determiners": {"son"},
		"xx conjunction prefixes": {"et-"}, "xx possessives": {"'s"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("word lists (-want +got):\n%s", diff)
	}
}
