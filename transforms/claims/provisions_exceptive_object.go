package claims

// exceptiveRightBefore: an exception word (lexicon except_only: سوى, إلا, other than, but) ends
// at most three tokens before pos with no punctuation between (the provision's head noun and an
// article: «سوى تبادل الجثامين», "other than the exchange of bodies"), after a negation of its
// clause at most six tokens before it: negation and exception make "only", so the provision at
// pos is included, not left out («إن اتفاق مأرب لا يتضمن سوى تبادل الجثامين»: the bodies are
// exchanged; "the deal does not provide for anything other than the exchange of bodies"). A
// trap word (an earlier deal's wording) is no exception.
func (ac *articleContext) exceptiveRightBefore(si *sentInfo, pos int) bool {
	for _, x := range hitsStartingIn(si.hitsOf(catExceptOnly), pos-6, pos-1) {
		if x.end > pos || x.end < pos-3 || si.trap[x.start] || punctIn(si, x.end, pos) {
			continue
		}
		for k := x.start - 1; k >= 0 && k >= x.start-6 && !si.boundary[k]; k-- {
			if n, ok := si.hitAt(catNegation, k); ok && n.start == k && !si.trap[k] {
				return true
			}
		}
	}
	return false
}
