package claims

// fightingAfterModifiers: a fighting word stands at most two words after from, the words
// between plain modifiers of it ("border fighting", "heavy cross-border shelling"): no
// punctuation, function word (preposition, conjunction, article before a new noun phrase),
// number, negation ("72 hours of no fighting" is the truce's term), name (a demonym is a
// modifier) or truce noun. Only where adjectives come before their noun: an Arabic
// adjective follows the fighting word ("المواجهات العنيفة").
func (ac *articleContext) fightingAfterModifiers(si *sentInfo, from int) bool {
	if ac.l.lex.Grammar.AdjectiveAfterNoun {
		return false
	}
	fw := &ac.l.fw
	for k := from; k < len(si.toks) && k <= from+2; k++ {
		if k > from && fw.fightingWords[si.tokText(k)] {
			return true
		}
		t := &si.toks[k]
		// "72 hours of no fighting": a negation makes the span the truce's own.
		if t.punct || t.number || si.boundary[k] || fw.negations[t.text] || fw.prepositions[t.text] || fw.coordinators[t.text] ||
			fw.definiteArticles[t.text] || fw.indefiniteArticles[t.text] || si.startsAt(catCeasefire, k) || si.startsAt(catAgreement, k) {
			return false
		}
		if m, ok := si.mentionAt(k); ok && !m.demonym {
			return false // "days of Hamas attacks" is no modifier; "days of Israeli shelling" is
		}
	}
	return false
}
