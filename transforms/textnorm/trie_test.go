package textnorm

import (
	"encoding/json"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/tanaqud/tanaqud/schemas"
)

// sortedGluedForms gives the glued forms of vocabulary with their inner cuts, and the forms in
// sorted order (the order the tries take them in).
func sortedGluedForms(vocabulary []string) (map[string][]int, []string) {
	words := gluedForms(vocabulary, map[string]struct{}{})
	forms := make([]string, 0, len(words))
	for w := range words {
		forms = append(forms, w)
	}
	sort.Strings(forms)
	return words, forms
}

// referenceFirstParts is what the trie of first parts must hold, stated plainly: every
// clitic + base of every glued form, in the forms' sorted order, the first form to make a key
// giving its inner cuts.
func referenceFirstParts(vocabulary []string) map[string][]int {
	words, forms := sortedGluedForms(vocabulary)
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

// referenceBases is what the trie of bases must hold: every base of every glued form, the
// first form to make a base giving its inner cuts.
func referenceBases(vocabulary []string) map[string][]int {
	words, forms := sortedGluedForms(vocabulary)
	out := map[string][]int{}
	for _, w := range forms {
		for _, base := range []string{w, article + w} {
			if _, ok := out[base]; !ok && (base == w || !strings.HasPrefix(w, article)) {
				out[base] = shiftCuts(words[w], len(base)-len(w))
			}
		}
	}
	return out
}

// referenceSplit is split stated plainly on the table of first parts (referenceFirstParts),
// as it ran on the trie of every clitic + base before the clitics were tried at lookup: the
// first parts of tok shortest first, each followed by a second part, directly or after a join
// letter, or making the whole token.
func referenceSplit(first, second map[string][]int, tok []byte) []int {
	for p := 1; p <= len(tok); p++ {
		cuts, ok := first[string(tok[:p])]
		if !ok {
			continue
		}
		if p == len(tok) {
			return cuts
		}
		if !endsNonJoining(tok[:p]) {
			continue
		}
		rest := tok[p:]
		if s, ok := second[string(rest)]; ok {
			return joinCuts(cuts, p, s, p)
		}
		for _, j := range joinLetters {
			if len(rest) > len(j) && string(rest[:len(j)]) == j {
				if s, ok := second[string(rest[len(j):])]; ok {
					return joinCuts(cuts, p, s, p+len(j))
				}
			}
		}
	}
	return nil
}

// lexiconVocabulary lists every string of the published lexicons and every word of one: a
// superset of the lexicon's single words the extractor adds to the gazetteer's names.
func lexiconVocabulary(t *testing.T) []string {
	var out []string
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			out = append(out, v)
			out = append(out, strings.Fields(v)...)
		case []any:
			for _, x := range v {
				walk(x)
			}
		case map[string]any:
			for k, x := range v {
				out = append(out, k)
				walk(x)
			}
		}
	}
	for _, lang := range []string{"ar", "en"} {
		b, err := fs.ReadFile(schemas.EmbeddedFS(), "lexicon/"+lang+".json")
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatal(err)
		}
		walk(v)
	}
	sort.Strings(out)
	return slices.Compact(out)
}

// TestFirstPartsTrie checks the trie of bases against the plain statement of its contents,
// the first parts looked up with the clitics tried at lookup against the plain table of every
// clitic + base, and split against referenceSplit (the lookup on that table) on every first
// part alone and followed by second parts, for the test vocabulary and the published
// gazetteer's names with the lexicons' words; and the length bound newGlueRepair derives.
func TestFirstPartsTrie(t *testing.T) {
	for _, tc := range []struct {
		name  string
		vocab []string
	}{{"test vocabulary", testVocabulary}, {"gazetteer and lexicons", append(gazetteerVocabulary(t), lexiconVocabulary(t)...)}} {
		g := newGlueRepair(tc.vocab)
		bases := referenceBases(tc.vocab)
		got := frozenKeys(t, g.first)
		if len(got) != len(bases) {
			t.Errorf("%s: %d bases, want %d", tc.name, len(got), len(bases))
		}
		for k, cuts := range bases {
			if c, ok := got[k]; !ok || !slices.Equal(c, cuts) {
				t.Errorf("%s: base %q has cuts %v (present %v), want %v", tc.name, k, c, ok, cuts)
			}
		}
		want := referenceFirstParts(tc.vocab)
		keys := make([]string, 0, len(want))
		for k := range want {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		shortest, withCuts := 0, 0
		for _, k := range keys {
			cuts := want[k]
			node, from, ok := g.firstPart([]byte(k))
			if !ok {
				t.Errorf("%s: first part %q not found", tc.name, k)
			} else if c := g.firstCuts(node, from); !slices.Equal(c, cuts) {
				t.Errorf("%s: first part %q has cuts %v, want %v", tc.name, k, c, cuts)
			}
			if shortest == 0 || len(k) < shortest {
				shortest = len(k)
			}
			if cuts != nil && (withCuts == 0 || len(k) < withCuts) {
				withCuts = len(k)
			}
		}
		// Every first part alone, with its last letter dropped, and glued to a second part (one,
		// in turn) directly and after و, and to another first part.
		seconds := make([]string, 0, len(g.second))
		for s := range g.second {
			seconds = append(seconds, s)
		}
		sort.Strings(seconds)
		compared, splits := 0, 0
		check := func(tok string) {
			compared++
			got, want := g.split([]byte(tok)), referenceSplit(want, g.second, []byte(tok))
			if got != nil {
				splits++
			}
			if !slices.Equal(got, want) || (got == nil) != (want == nil) {
				t.Errorf("%s: split(%q) = %v, want %v", tc.name, tok, got, want)
			}
		}
		for i, k := range keys {
			check(k)
			if len(k) > 2 {
				check(k[:len(k)-2])
			}
			s := seconds[i%len(seconds)]
			check(k + s)
			check(k + "و" + s)
			check(k + keys[(i*7919)%len(keys)])
		}
		if splits == 0 {
			t.Errorf("%s: no token splits: the comparison checks nothing", tc.name)
		}
		t.Logf("%s: %d bases, %d first parts, %d tokens compared, %d split", tc.name, len(bases), len(keys), compared, splits)
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
