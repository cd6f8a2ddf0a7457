package claims

// hesitationNegatedBefore: a negated verb of hesitation (lexicon hesitation_verbs) governs the
// cue at pos: "will not hesitate to retaliate", "won't hesitate for a moment to respond", «لن
// تتردد القوات في الرد بالقوة». The verb stands at most six tokens before the cue in its clause,
// with no punctuation between, and a negation at most two tokens before the verb: the negation
// is of the hesitating, and the act it governs is affirmed.
func (ac *articleContext) hesitationNegatedBefore(si *sentInfo, pos int) bool {
	fw := &ac.l.fw
	for k := pos - 1; k >= 0 && k >= pos-6; k-- {
		if si.boundary[k] || si.toks[k].punct {
			return false
		}
		if !fw.hesitationVerbs[fw.withoutConjunction(si.tokText(k))] {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-2; j-- {
			if si.startsAt(catNegation, j) && !si.trap[j] {
				return true
			}
		}
		return false
	}
	return false
}
