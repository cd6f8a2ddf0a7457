package claims

import (
	"slices"
	"testing"
)

// TestMorphologyRepairs: the forms a stripped suffix changed are read back (ta marbuta and
// hamza seats before a pronoun, weak finals, the imperfect of form V/VI, English doubling,
// -ied and irregular verbs), and not where they would make another word a cue.
func TestMorphologyRepairs(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, lang, word, variant string
		want                      bool
	}{
		{"ta marbuta before a pronoun", "ar", "هدنتها", "هدنه", true},
		{"ta marbuta after a clitic", "ar", "وبمراقبته", "مراقبه", true},
		{"no ta marbuta in a dual: الحكومتين is not the government", "ar", "الحكومتين", "الحكومه", false},
		{"no ta marbuta in a plural: الجماعات is not the group", "ar", "الجماعات", "الجماعه", false},
		{"no ta marbuta in a plural with a pronoun", "ar", "قواتها", "قواه", false},
		{"hamza seat before a pronoun", "ar", "استثنائها", "استثناء", true},
		{"no hamza seat in a nisba: استثنائي is exceptional", "ar", "استثنائي", "استثناء", false},
		{"weak final of a plural imperfect", "ar", "ينفون", "ينفي", true},
		{"weak final of a long imperfect", "ar", "يلتقون", "يلتقي", true},
		{"weak final of a perfect", "ar", "نفتا", "نفي", true},
		{"no weak final on a long perfect: أضافت is not إضافي", "ar", "واضافت", "اضافي", false},
		{"no weak final on a listed name: سرت is Sirte", "ar", "سرت", "سري", false},
		{"imperfect of a form V perfect", "ar", "يتوصلون", "توصل", true},
		{"doubling before -ed", "en", "stopped", "stop", true},
		{"doubling before -ing", "en", "stopping", "stop", true},
		{"no doubling for a listed form: planned is no plan", "en", "planned", "plan", false},
		{"-ied", "en", "clarified", "clarify", true},
		{"irregular past", "en", "withdrew", "withdraw", true},
		{"irregular participle reads as its listed past", "en", "taken", "took", true},
		{"a listed past keeps its tense", "en", "took", "take", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := x.langs[tc.lang]
			got := l.morph.variants(tc.word)
			if slices.Contains(got, tc.variant) != tc.want {
				t.Errorf("variants of %q = %q; holding %q: %v, want %v", tc.word, got, tc.variant, !tc.want, tc.want)
			}
		})
	}
}

// TestCompoundParticles: a verb and particle cue is also read written as one word or
// hyphenated ("the pullout", "the pull-out" for "pull out").
func TestCompoundParticles(t *testing.T) {
	x := extractor(t)
	l := x.langs["en"]
	local := &wordCache{m: map[string]*wordInfo{}}
	var want string
	for _, c := range l.lex.Topics["ceasefire.withdrawal"] {
		if c.Cue == "pull out" {
			for i, tc := range l.topicCue {
				if tc.topic == "ceasefire.withdrawal" && tc.Cue.Cue == "pull out" {
					want = meaningOf(l, payload{cat: catTopicCue, idx: int32(i)})
				}
			}
		}
	}
	if want == "" {
		t.Fatal("no pull out cue in the lexicon: the compound forms are untested")
	}
	for _, text := range []string{"pullout", "pull-out", "pull out"} {
		if !readsAs(x, l, local, text, want) {
			t.Errorf("%q is not read as the cue pull out", text)
		}
	}
}
