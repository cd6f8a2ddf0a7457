package claims

import "testing"

// The reference, inflection and auxiliary words the rules look at come from the lexicons
// (demonstratives, place_anaphors, clitics.future_prefixes ...), folded like tokens.

func TestReferenceWordsAreFoldedFromTheLexicon(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct {
		lang, word string
		set        func(fw *functionWords) map[string]bool
	}{
		// Written with ta marbuta in the lexicon, met folded (ه) in text.
		{"ar", "المنطقة", func(fw *functionWords) map[string]bool { return fw.placeAnaphors }},
		{"ar", "أي", func(fw *functionWords) map[string]bool { return fw.genericDeterminers }},
		{"ar", "على", func(fw *functionWords) map[string]bool { return fw.locatingPrepositions }},
		{"ar", "شيئاً", func(fw *functionWords) map[string]bool { return fw.indefinitePronouns }},
		{"en", "neither", func(fw *functionWords) map[string]bool { return fw.bothWords }},
	} {
		l := x.langs[c.lang]
		if !c.set(&l.fw)[foldCue(c.word)] {
			t.Errorf("%s: %q is not in its word set", c.lang, c.word)
		}
	}
	ar, en := &x.langs["ar"].fw, &x.langs["en"].fw
	if !ar.futureVerb("ستشكل") || ar.futureVerb("سلام") || en.futureVerb("stop") {
		t.Error("future verbs: want ستشكل only")
	}
	if !en.mannerAdverb("fully") || ar.mannerAdverb("fully") {
		t.Error("manner adverbs are English -ly words in English text")
	}
}

func TestDemonstrativePlaceNounArabic(t *testing.T) {
	runCases(t, []mechanismCase{
		{"arabic demonstrative place noun stands for the place before", "ar", "", yemenLeadAr + `وقال الحوثيون: "العمليات في حيس ستستمر لأن هذه المنطقة خارج نطاق الترتيب".`, "ceasefire.exclusions",
			[]string{"hays=excluded@houthis"}},
	})
}
