package claims

// formClass is a bit set of word sets that a token is in when any of its variants is
// (wordInfo.forms): the fighting and fate words, tested on many tokens of every sentence, and
// the first words of the split mediation cues (gapCueSet.startingAt).
type formClass uint8

const (
	formFighting formClass = 1 << iota
	formFate
	formGapCueFirst // gapCueSet.byFirst holds one of the variants (language.addWord)
)

// formsOf returns the form classes whose sets hold one of variants.
func (fw *functionWords) formsOf(variants []string) formClass {
	var c formClass
	for _, v := range variants {
		if fw.fightingWords[v] {
			c |= formFighting
		}
		if fw.fateWords[v] {
			c |= formFate
		}
	}
	return c
}

// tokForms reports whether token k, in any of its variants, is in the set of form class c:
// from its word's forms when it has a word, else by looking each variant up in set.
func (si *sentInfo) tokForms(k int, c formClass, set map[string]bool) bool {
	t := &si.toks[k]
	if t.w != nil {
		return t.w.forms&c != 0
	}
	for _, v := range t.variants() {
		if set[v] {
			return true
		}
	}
	return false
}
