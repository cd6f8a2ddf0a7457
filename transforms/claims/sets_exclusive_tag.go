package claims

// exclusiveTag: the role phrase is followed, past its object and a comma, by a short
// coordinated tag that makes it exclusive ("South Sudan is the guarantor of this agreement, and
// the only one": an "only" word in it; «ومخابرات الجيش هي الضامن، ولا ضامن غيرها»: a negation,
// the role's own cue again, then a word of "other than" with its pronoun, lexicon
// other_than_words). The tag closes the clause (a quote, punctuation or the sentence end within
// five words): a coordinated clause of its own ("..., and the only road open is the coast
// road") is no tag.
func (ac *articleContext) exclusiveTag(si *sentInfo, ref topicRef, h hit, ms []mention) bool {
	if len(ms) == 0 {
		return false
	}
	_, to := spanWith(h.start, h.end, ms)
	n := len(si.toks)
	k := to
	for k < n && k < to+6 && !isComma(si.tokText(k)) {
		if si.toks[k].punct || si.startsAt(catAttrVerb, k) {
			return false
		}
		k++
	}
	from := k + 1
	if from >= n || !isComma(si.tokText(k)) {
		return false
	}
	fw := &ac.l.fw
	if !ac.conjunctAt(si, from) {
		return false // the tag opens on "and" or a glued «و»
	}
	first := si.tokText(from)
	bare := fw.withoutConjunction(first)
	end := from + 1
	for end < n && end <= from+5 && !si.toks[end].punct && !isQuote(si.toks[end].text) {
		end++
	}
	if end > from+5 {
		return false // the tag does not close: a clause of its own
	}
	// "..., and not the only one", «وليست الضامن الوحيد»: a negated "only" says there are others.
	if ac.onlyOfList(si, from, end) {
		return !negationIn(si, from, end-1) && !fw.negations[bare]
	}
	// «ولا ضامن غيرها»: a negation (glued to its «و» or after "and"), the same role's cue, then
	// "other than".
	neg := fw.negations[bare] && bare != first || from+1 < end && si.startsAt(catNegation, from+1)
	if !neg {
		return false
	}
	for _, c := range ac.cuesOf(si, ref) {
		if c.start > from && c.start <= from+2 && c.end < end && fw.otherThanWords[si.tokText(c.end)] {
			return true
		}
	}
	return false
}
