package claims

import "testing"

// TestFirstWordClassesAgree: the word classes that let questionCueAt and passiveMakingPlace skip
// a token without reading their phrase lists hold exactly the words those lists can start with
// (a question cue's first word also past a glued conjunction: «وسئل»), so the pre-checks change
// no output. Every first word, its conjunction-glued form, and near misses.
func TestFirstWordClassesAgree(t *testing.T) {
	x := extractor(t)
	for _, code := range []string{"en", "ar"} {
		l := x.langs[code]
		fw := &l.fw
		words := []string{"", "the", "said", "asked", "reached", "ask", "reach", "سئل", "وسئل", "أنجز", "الاتفاق", "رداً"}
		for _, p := range fw.questionCues {
			words = append(words, p[0], p[0]+"s")
			for _, c := range fw.conjunctionPrefixes {
				words = append(words, c+p[0])
			}
		}
		for _, p := range fw.makingParticiples {
			words = append(words, p[0], p[0]+"s")
			for _, c := range fw.conjunctionPrefixes {
				words = append(words, c+p[0])
			}
		}
		for _, w := range words {
			c := l.addWord(&token{text: w}).classes
			wantQ := fw.questionCueFirst[w] || fw.questionCueFirst[fw.withoutConjunction(w)]
			if got := c&classQuestionCueFirst != 0; got != wantQ {
				t.Errorf("%s %q: question-cue class %v, want %v", code, w, got, wantQ)
			}
			wantM := false
			for _, p := range fw.makingParticiples {
				wantM = wantM || p[0] == w
			}
			if got := c&classMakingFirst != 0; got != wantM {
				t.Errorf("%s %q: making class %v, want %v", code, w, got, wantM)
			}
		}
		if len(fw.questionCues) == 0 || len(fw.makingParticiples) == 0 {
			t.Errorf("%s: no question cues or making participles to test", code)
		}
	}
}

// TestListingVerbClass: the listing-verb class the rival-object rules read at every token holds
// exactly the lexicon's listing verbs, not their inflections or words around them.
func TestListingVerbClass(t *testing.T) {
	x := extractor(t)
	if len(x.langs["en"].fw.listingVerbs) == 0 {
		t.Error("en: no listing verbs to test")
	}
	for _, code := range []string{"en", "ar"} {
		l := x.langs[code]
		fw := &l.fw
		words := []string{"", "the", "said", "lists", "named", "names", "counts", "سمّى", "عدّد"}
		for v := range fw.listingVerbs {
			words = append(words, v, v+"s", "و"+v)
		}
		for _, w := range words {
			got := l.addWord(&token{text: w}).classes&classListingVerb != 0
			if got != fw.listingVerbs[w] {
				t.Errorf("%s %q: listing-verb class %v, want %v", code, w, got, fw.listingVerbs[w])
			}
		}
	}
}
