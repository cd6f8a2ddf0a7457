package claims

// notSinceInversion: the clause of the cue at pos opens with a negation right before a since
// word ("Not since the October 2020 Geneva agreement have commanders from both camps put their
// signatures to a written ceasefire"): the inverted clause compares with an earlier time (what
// has not happened since then), which is neither a state of the truce at hand nor a denial of it.
func (ac *articleContext) notSinceInversion(si *sentInfo, pos int) bool {
	if !si.has[catNegation] {
		return false
	}
	k := clauseStart(si, pos)
	for k < pos && (si.toks[k].punct || isQuote(si.toks[k].text)) {
		k++ // an opening quote
	}
	n, ok := si.hitAt(catNegation, k)
	return ok && n.start == k && n.end < pos && ac.l.fw.sinceWords[si.tokText(n.end)]
}
