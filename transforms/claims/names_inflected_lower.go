package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tanaqud/tanaqud/transforms/textnorm"
)

// A name written as a proper name ("the Monitor", a rights group's short name in a new war's
// file) matches its words' inflections too ("Houthis" for "Houthi"), and matching folds case:
// so it matched "the monitoring" and "the monitors", common words written in lower case, in
// every war's coverage. Its span then hid the cue words inside it (dropInsideNames): six
// development sets lost their monitors claims (stop 32). A proper name is written with its
// capital; an inflected form of one of its words written in lower case is the common word.

// writtenAsProperName: a word of name n other than an article starts with a capital letter.
func (fw *functionWords) writtenAsProperName(n string) bool {
	for _, w := range strings.Fields(n) {
		if fw.definiteArticles[textnorm.Fold(w)] || fw.indefiniteArticles[textnorm.Fold(w)] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// dropInflectedLowerNames marks dropped the hits of names written as proper names (properCase)
// that match a word only through an inflection (not exact) where the text writes the name's
// words in lower case (lowerCaseName): "the monitoring", "recorded by the monitors" are no "the
// Monitor", "the observers" no newspaper "the Observer", "stranded" no "Strand". It runs before
// a name's span hides the cues inside it. "The Monitor's report" (a capital), "the army" (no
// inflection), "the army's" and "Somaliland's army" (a possessive clitic, no inflection of the
// word: lexicon clitics.possessives) still name.
func dropInflectedLowerNames(l *language, si *sentInfo, found []hit) {
	for k, h := range found {
		if h.cat == catEntity && !h.exact && l.properCase[h.idx] && !possessiveIn(l, si, h) && lowerCaseName(l, si, h) {
			found[k].cat = catDropped
		}
	}
}

// possessiveIn: a word of the name at h carries a possessive clitic ("the army's").
func possessiveIn(l *language, si *sentInfo, h hit) bool {
	for k := h.start; k < h.end; k++ {
		if hasAnySuffix(si.tokText(k), l.fw.possessives) {
			return true
		}
	}
	return false
}
