package claims

import (
	"strings"
	"unicode/utf8"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/textnorm"
)

// morphology undoes clitics and inflection so that a cue listed once matches its forms:
// وللاتفاق → الاتفاق, اتفاق; تستثني → يستثني; excluded → exclude.
type morphology struct {
	prefixes  []string // longest first
	articles  []string
	suffixes  []string // longest first
	imperfect []string
	// contractions are suffixes standing for a word (n't: not), by suffix.
	contractions []contraction
	// suffixInflection: strip inflection suffixes (schemas.Grammar.SuffixInflection) rather
	// than clitic prefixes and the article.
	suffixInflection bool
}

// contraction is a suffix written for a word: isn't = is + not.
type contraction struct{ suffix, word string }

func newMorphology(c schemas.Clitics, g schemas.Grammar) morphology {
	m := morphology{suffixInflection: g.SuffixInflection}
	for _, p := range c.Prefixes {
		m.prefixes = append(m.prefixes, textnorm.Fold(p))
	}
	for _, p := range c.Article {
		m.articles = append(m.articles, textnorm.Fold(p))
	}
	for _, s := range c.Suffixes {
		m.suffixes = append(m.suffixes, textnorm.Fold(s))
	}
	for _, s := range c.ImperfectPrefixes {
		m.imperfect = append(m.imperfect, textnorm.Fold(s))
	}
	for _, s := range sortedKeys(c.Contractions) {
		m.contractions = append(m.contractions, contraction{suffix: textnorm.Fold(s), word: textnorm.Fold(c.Contractions[s])})
	}
	byLenDesc := func(xs []string) {
		for i := 1; i < len(xs); i++ {
			for j := i; j > 0 && len(xs[j]) > len(xs[j-1]); j-- {
				xs[j], xs[j-1] = xs[j-1], xs[j]
			}
		}
	}
	byLenDesc(m.prefixes)
	byLenDesc(m.suffixes)
	return m
}

const minStemRunes = 2

func runeLen(s string) int { return utf8.RuneCountInString(s) }

// variants returns the distinct forms of word w the matcher compares, w first.
func (m *morphology) variants(w string) []string {
	out := []string{w}
	add := func(v string) {
		if runeLen(v) < minStemRunes {
			return
		}
		for _, x := range out {
			if x == v {
				return
			}
		}
		out = append(out, v)
	}
	for _, c := range m.contractions {
		if strings.HasSuffix(w, c.suffix) {
			add(c.word)
			add(strings.TrimSuffix(w, c.suffix))
		}
	}
	if m.suffixInflection {
		for _, s := range m.suffixes {
			if strings.HasSuffix(w, s) && len(w) > len(s)+1 {
				stem := w[:len(w)-len(s)]
				add(stem)
				if s == "ing" || s == "ed" {
					add(stem + "e")
				}
				if s == "es" && strings.HasSuffix(stem, "i") {
					add(stem[:len(stem)-1] + "y")
				}
			}
		}
		return out
	}
	if !isArabicWord(w) {
		return out
	}
	// Clitic prefixes, then the article (ل+ال contracts to لل).
	bases := []string{w}
	for _, p := range m.prefixes {
		if strings.HasPrefix(w, p) && runeLen(w)-runeLen(p) >= minStemRunes {
			bases = append(bases, w[len(p):])
		}
	}
	n := len(bases)
	for i := 0; i < n; i++ {
		b := bases[i]
		for _, a := range m.articles {
			if !strings.HasPrefix(b, a) || runeLen(b)-runeLen(a) < minStemRunes {
				continue
			}
			rest := b[len(a):]
			bases = append(bases, rest)
			if bare := m.articles[0]; a != bare {
				bases = append(bases, bare+rest) // للاتفاق: الاتفاق too
			}
		}
	}
	for _, b := range bases {
		add(b)
	}
	// Imperfect person prefixes are interchangeable: تشمل = يشمل (the first prefix is the
	// one cue words are written with).
	n = len(out)
	for i := 0; i < n && len(m.imperfect) > 0; i++ {
		b, canonical := out[i], m.imperfect[0]
		for _, p := range m.imperfect[1:] {
			if strings.HasPrefix(b, p) && runeLen(b) > 3 {
				add(canonical + b[len(p):])
			}
		}
	}
	// Inflection suffixes on every base.
	n = len(out)
	for i := 0; i < n; i++ {
		b := out[i]
		for _, s := range m.suffixes {
			if strings.HasSuffix(b, s) && runeLen(b)-runeLen(s) >= minStemRunes+1 {
				add(b[:len(b)-len(s)])
			}
		}
	}
	return out
}
