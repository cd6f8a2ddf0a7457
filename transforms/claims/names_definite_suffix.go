package claims

import (
	"slices"
	"strings"
)

// An Arabic word that carries the article takes no pronoun suffix (ه, ها, هم, ...: lexicon
// clitics.pronoun_suffixes). The matcher strips such a suffix from every word, and ta marbuta
// folds to ه, so a name whose word is a shorter noun matched the feminine noun or the verbal
// noun made from it: a new war's «المراقب» (the monitor, a rights group's short name) read
// «المراقبة» (the monitoring) in every war's coverage, named itself the monitor and hid the
// monitors cue. The English side of the same weakness is names_inflected_lower.go; a plural
// («المراقبين») is a true inflection of the name's word, which Arabic script cannot tell from
// the name without letter case (generic_name_words.json and strayGenericNames decide there).

// wordTexts is a name's words as the matcher stores them (phraseOf).
func wordTexts(name string) []string {
	ws, _ := phraseOf(name)
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.text
	}
	return out
}

// dropDefiniteSuffixedNames marks dropped the entity hits of found that match a word carrying
// the article only by reading a pronoun suffix off it (definiteSuffixedName).
func dropDefiniteSuffixedNames(l *language, si *sentInfo, found []hit) {
	if len(l.morph.pronounSuffixes) == 0 || len(l.morph.articles) == 0 {
		return
	}
	for k, h := range found {
		if h.cat == catEntity && !h.exact && !l.demonym[h.idx] && l.entities[h.idx].Type != "person" && definiteSuffixedName(l, si, h) {
			found[k].cat = catDropped
		}
	}
}

// definiteSuffixedName: a word of the name at h is written in the text as the name's word (its
// article aside) with a pronoun suffix, on a word that carries the article: «المراقبة» for
// «المراقب». A word written as the name's, clitics before it aside («والمراقبة» for
// «المراقبة»), is the name's.
func definiteSuffixedName(l *language, si *sentInfo, h hit) bool {
	ws := l.hitWords[h.idx]
	if len(ws) != h.end-h.start {
		return false // read across a quotation mark: every word as written
	}
	m := &l.morph
	for k := h.start; k < h.end; k++ {
		tok, w := si.tokText(k), ws[k-h.start]
		if strings.HasSuffix(tok, w) {
			continue
		}
		if hasAnySuffix(w, l.fw.nisbaSuffixes) {
			continue // an adjective's feminine («السورية» of «السوري») is its inflection
		}
		bare := w
		for _, a := range m.articles {
			if b, ok := strings.CutPrefix(w, a); ok && runeLen(b) >= minStemRunes {
				bare = b
				break
			}
		}
		for _, s := range m.pronounSuffixes {
			if stem, ok := strings.CutSuffix(tok, s); ok && strings.HasSuffix(stem, bare) && m.definite(stem, len(stem)-len(bare)) {
				return true
			}
		}
	}
	return false
}

// definite: word w carries the article right before byte offset at (where a stem starts),
// after any clitic prefixes: «المراقب», «والمراقب», «للمراقب».
func (m *morphology) definite(w string, at int) bool {
	for _, a := range m.articles {
		if at < len(a) || w[at-len(a):at] != a {
			continue
		}
		before := w[:at-len(a)]
		if before == "" || slices.Contains(m.prefixes, before) {
			return true
		}
	}
	return false
}
