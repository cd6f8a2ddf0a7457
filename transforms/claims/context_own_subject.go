package claims

// ownSubjectFirst: the sentence opens, past punctuation, list markers and function words, on a
// word that is neither a name nor the start of any cue: a noun of its own heads it ("The curfew
// covers all of Rafah", "Insurance covers only Khan Younis", "حظر التجول يشمل جميع المدن"), so
// its predicate is that noun's, not the truce's of the short sentence before. A list item that
// opens on its predicate ("- يشمل جميع المدن السورية"), a pronoun ("It covers ...") or a name
// ("Only Israel and Iran are bound by it") still goes on with the truce.
func ownSubjectFirst(si *sentInfo) bool {
	for k := range si.toks {
		t := &si.toks[k]
		if t.punct {
			continue
		}
		if _, ok := si.mentionAt(k); ok || si.starts[k] != 0 {
			return false
		}
		if t.w != nil && t.w.classes != 0 {
			continue // the, its, و: a function word
		}
		return true
	}
	return false
}
