package textnorm

import (
	"strings"
	"testing"
)

// TestGlueLengthBounds checks that the length bounds repair uses to skip tokens never skip
// one that split would cut: every suffix of every token of the seed text (and the glued forms
// built from the vocabulary) that splits lies within [minBytes, maxBytes].
func TestGlueLengthBounds(t *testing.T) {
	g := newGlueRepair(testVocabulary)
	if g == nil {
		t.Fatal("no glue repair for the test vocabulary")
	}
	candidates := strings.Fields(Fold(seedText(t)))
	for _, a := range testVocabulary {
		for _, b := range testVocabulary {
			for _, join := range append([]string{""}, joinLetters...) {
				glued := strings.ReplaceAll(Fold(a)+join+Fold(b), " ", "")
				candidates = append(candidates, glued, "و"+glued, strings.ReplaceAll(Fold(a), " ", ""))
			}
		}
	}
	splits := 0
	for _, c := range candidates {
		for k := range len(c) {
			tok := []byte(c[k:])
			if g.split(tok) == nil {
				continue
			}
			splits++
			if len(tok) < g.minBytes || len(tok) > g.maxBytes {
				t.Errorf("%q splits but lies outside [%d, %d] bytes", tok, g.minBytes, g.maxBytes)
			}
		}
	}
	if splits == 0 {
		t.Fatal("no candidate splits: the test checks nothing")
	}
}
