package claims

import (
	"slices"
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
	// irregular maps an irregular past or participle to the words it also reads as: its lemma,
	// and for a participle the past (taken: take, took). See preferListed.
	irregular map[string][]string
	// Stem repairs after a suffix is stripped (see schemas.Clitics): taMarbuta[0] at the end
	// of a stem also reads as taMarbuta[1]; a feminine plural's stem takes taMarbuta[1];
	// hamza seats read as the bare hamza; weak finals restore the letter a suffix replaced.
	taMarbuta       [2]string
	pronounSuffixes []string
	femininePlurals []string
	hamzaSeats      [][2]string // seat, bare hamza; in the lexicon's key order
	weakFinals      map[string][]string
	// perfectTa: the prefix of the perfects whose imperfect is the person prefix + the perfect
	// (schemas.Clitics.ImperfectKeepsPerfect).
	perfectTa string
	// listed reports a word the lexicon or the gazetteer lists as written (see preferListed);
	// nil before the phrases are known.
	listed func(string) bool
}

// isListed reports a word listed as written.
func (m *morphology) isListed(w string) bool { return m.listed != nil && m.listed(w) }

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
	m.irregular = map[string][]string{}
	for _, lemma := range sortedKeys(c.IrregularVerbs) {
		forms := c.IrregularVerbs[lemma]
		l := textnorm.Fold(lemma)
		for i, f := range forms {
			f = textnorm.Fold(f)
			if f == l {
				continue // come: come, like cut: cut, is its own lemma
			}
			if !slices.Contains(m.irregular[f], l) {
				m.irregular[f] = append(m.irregular[f], l)
			}
			if i == 1 {
				if past := textnorm.Fold(forms[0]); past != f && !slices.Contains(m.irregular[f], past) {
					m.irregular[f] = append(m.irregular[f], past) // taken: took
				}
			}
		}
	}
	if len(c.TaMarbuta) == 2 {
		m.taMarbuta = [2]string{textnorm.Fold(c.TaMarbuta[0]), textnorm.Fold(c.TaMarbuta[1])}
	}
	m.perfectTa = textnorm.Fold(c.ImperfectKeepsPerfect)
	for _, s := range c.FemininePlurals {
		m.femininePlurals = append(m.femininePlurals, textnorm.Fold(s))
	}
	for _, s := range c.PronounSuffixes {
		m.pronounSuffixes = append(m.pronounSuffixes, textnorm.Fold(s))
	}
	for _, k := range sortedKeys(c.HamzaSeats) {
		m.hamzaSeats = append(m.hamzaSeats, [2]string{textnorm.Fold(k), textnorm.Fold(c.HamzaSeats[k])})
	}
	m.weakFinals = map[string][]string{}
	for _, k := range sortedKeys(c.WeakFinals) {
		for _, v := range c.WeakFinals[k] {
			m.weakFinals[textnorm.Fold(k)] = append(m.weakFinals[textnorm.Fold(k)], textnorm.Fold(v))
		}
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
		for _, v := range m.irregular[w] {
			add(v) // withdrew: withdraw; taken: take, took
		}
		for _, s := range m.suffixes {
			if strings.HasSuffix(w, s) && len(w) > len(s)+1 {
				stem := w[:len(w)-len(s)]
				add(stem)
				if s == "ing" || s == "ed" {
					add(stem + "e")
					if doubledFinal(stem) && !m.isListed(w) {
						add(stem[:len(stem)-1]) // stopped, stopping: stop
					}
				}
				if s == "es" && strings.HasSuffix(stem, "i") {
					add(stem[:len(stem)-1] + "y") // parties: party
				}
				if s == "ed" && strings.HasSuffix(stem, "i") && !m.isListed(w) {
					add(stem[:len(stem)-1] + "y") // clarified: clarify
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
		// The imperfect of a perfect that starts with ta (forms V and VI: توصل، تعهد) only adds
		// the person prefix: يتوصل, نتعهد read as the perfect cue too.
		if tp := m.perfectTa; tp != "" && runeLen(b) > 4 {
			for _, p := range m.imperfect {
				if strings.HasPrefix(b, p+tp) {
					add(b[len(p):])
				}
			}
		}
	}
	// Inflection suffixes on every base, with the stem repairs they call for.
	n = len(out)
	for i := 0; i < n; i++ {
		b := out[i]
		for _, s := range m.suffixes {
			if !strings.HasSuffix(b, s) {
				continue
			}
			stem := b[:len(b)-len(s)]
			stemRunes := runeLen(stem)
			if stemRunes >= minStemRunes+1 {
				add(stem)
				m.repairStem(stem, s, add)
			}
			if stemRunes >= minStemRunes && (stemRunes <= weakFinalMaxStem || m.isImperfect(stem)) && !m.isListed(b) {
				// A weak final letter gave way to the suffix: نفوا, ينفون → نفي, ينفي.
				for _, f := range m.weakFinals[s] {
					add(stem + f)
				}
			}
		}
	}
	return out
}

// preferListed keeps the tense of the forms the lexicon lists itself: a listed past (took,
// went, held in "took effect", "went into effect") says the event happened, so it does not
// also read as its lemma (take, go: "will go into effect"); a participle whose past is listed
// reads as that past only, listed or not ("has taken effect" as "took effect").
// The repairs (doubling, -ied, weak finals) are likewise not applied to a word listed as
// written: سرت is the city Sirte before it is سرى "took effect", and "planned" (expected) is no
// "plan".
func (m *morphology) preferListed(listed func(string) bool) {
	m.listed = listed
	for form, targets := range m.irregular {
		switch {
		case len(targets) == 2 && listed(targets[1]):
			m.irregular[form] = targets[1:] // a participle reads as its listed past
		case listed(form):
			delete(m.irregular, form)
		}
	}
}

// isFemininePlural: a stem ending in a feminine plural (قوات of قواتها), whose ta is no ta
// marbuta.
func (m *morphology) isFemininePlural(stem string) bool {
	return hasAnySuffix(stem, m.femininePlurals)
}

// isImperfect: a stem that starts with an imperfect person prefix (يلتق of يلتقون), on which a
// weak final is restored whatever its length: a noun seldom starts so.
func (m *morphology) isImperfect(stem string) bool {
	return hasAnyPrefix(stem, m.imperfect)
}

// weakFinalMaxStem bounds the stems without an imperfect prefix a weak final is restored on:
// the weak perfects news writers use are short (نفى, رعى, سرى), while on a longer stem the
// restored letter mostly spells another word (أضافت → إضافي "additional").
const weakFinalMaxStem = 3

// repairStem adds the forms a stem had before a pronoun suffix s changed its last letter: ta
// marbuta (هدنته → هدنه) and hamza seats (استثنائه → استثناء).
func (m *morphology) repairStem(stem, s string, add func(string)) {
	if m.taMarbuta[0] != "" && strings.HasSuffix(stem, m.taMarbuta[0]) && runeLen(stem) > minStemRunes &&
		!m.isFemininePlural(stem) && slices.Contains(m.pronounSuffixes, s) {
		add(stem[:len(stem)-len(m.taMarbuta[0])] + m.taMarbuta[1])
	}
	for _, hs := range m.hamzaSeats {
		if strings.HasSuffix(stem, hs[0]) && slices.Contains(m.pronounSuffixes, s) {
			add(stem[:len(stem)-len(hs[0])] + hs[1])
		}
	}
}

// doubledFinal: a stem ending in a doubled consonant, which -ed and -ing double after a short
// vowel (stopp-ed, plann-ing).
func doubledFinal(stem string) bool {
	n := len(stem)
	if n < 4 {
		return false
	}
	c := stem[n-1]
	return c == stem[n-2] && c >= 'a' && c <= 'z' && !strings.ContainsRune("aeiouywxsl", rune(c))
}
