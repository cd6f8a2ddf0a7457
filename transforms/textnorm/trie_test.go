package textnorm

import (
	"slices"
	"sort"
	"strings"
	"testing"
)

// referenceFirstParts is what the trie of first parts must hold, stated plainly: every
// clitic + base of every glued form, in the forms' sorted order, the first form to make a key
// giving its inner cuts.
func referenceFirstParts(vocabulary []string) map[string][]int {
	words := gluedForms(vocabulary, map[string]struct{}{})
	forms := make([]string, 0, len(words))
	for w := range words {
		forms = append(forms, w)
	}
	sort.Strings(forms)
	out := map[string][]int{}
	for _, w := range forms {
		bases := []string{w}
		if !strings.HasPrefix(w, article) {
			bases = append(bases, article+w)
		}
		for _, base := range bases {
			for _, c := range leadClitics {
				key := c + base
				if _, ok := out[key]; !ok {
					out[key] = shiftCuts(words[w], len(key)-len(w))
				}
			}
		}
	}
	return out
}

// frozenKeys lists every key of f with its cuts, walking the edges depth first; each key is
// also looked up from the root with child, which reads the dense tables.
func frozenKeys(t *testing.T, f *frozenTrie) map[string][]int {
	out := map[string][]int{}
	var walk func(n int, prefix []byte)
	walk = func(n int, prefix []byte) {
		nd := f.nodes[n]
		if nd.terminal {
			out[string(prefix)] = f.cuts(n)
			m := 0
			for _, b := range prefix {
				m = f.child(m, b)
			}
			if m != n {
				t.Errorf("child walk of %q ends at node %d, not %d", prefix, m, n)
			}
		}
		for e := nd.firstEdge; e < nd.firstEdge+uint32(nd.edges); e++ {
			walk(int(f.next[e]), append(prefix, f.labels[e]))
		}
	}
	walk(0, nil)
	return out
}

// TestFirstPartsTrie checks the trie built from sorted keys against the plain statement of
// its contents, for the test vocabulary and the published gazetteer's names, and the length
// bound it derives.
func TestFirstPartsTrie(t *testing.T) {
	for _, tc := range []struct {
		name  string
		vocab []string
	}{{"test vocabulary", testVocabulary}, {"gazetteer", gazetteerVocabulary(t)}} {
		g := newGlueRepair(tc.vocab)
		want := referenceFirstParts(tc.vocab)
		got := frozenKeys(t, g.first)
		if len(got) != len(want) {
			t.Errorf("%s: %d keys, want %d", tc.name, len(got), len(want))
		}
		shortest, withCuts := 0, 0
		for k, cuts := range want {
			if c, ok := got[k]; !ok || !slices.Equal(c, cuts) {
				t.Errorf("%s: key %q has cuts %v (present %v), want %v", tc.name, k, c, ok, cuts)
			}
			if shortest == 0 || len(k) < shortest {
				shortest = len(k)
			}
			if cuts != nil && (withCuts == 0 || len(k) < withCuts) {
				withCuts = len(k)
			}
		}
		secondShortest := 0
		for f := range g.second {
			if secondShortest == 0 || len(f) < secondShortest {
				secondShortest = len(f)
			}
		}
		minBytes := shortest + secondShortest
		if withCuts > 0 && withCuts < minBytes {
			minBytes = withCuts
		}
		if g.minBytes != minBytes {
			t.Errorf("%s: minBytes %d, want %d", tc.name, g.minBytes, minBytes)
		}
	}
}

// TestCompareJoined: comparing two joined pairs in place agrees with comparing the joined
// strings, wherever the pairs' cuts fall.
func TestCompareJoined(t *testing.T) {
	words := []string{"", "a", "ab", "abc", "b", "ba", "وب", "و", "ب", "بال"}
	for _, a1 := range words {
		for _, a2 := range words {
			for _, b1 := range words {
				for _, b2 := range words {
					if got, want := compareJoined(a1, a2, b1, b2), strings.Compare(a1+a2, b1+b2); got != want {
						t.Errorf("compareJoined(%q, %q, %q, %q) = %d, want %d", a1, a2, b1, b2, got, want)
					}
				}
			}
		}
	}
}
