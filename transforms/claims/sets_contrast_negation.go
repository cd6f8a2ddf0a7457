package claims

// withoutContrasted drops the names a contrast leaves out of the role: a negation right before
// the name (past an article), opening a contrast after a comma or a conjunction ("Egyptian and
// Qatari mediators, not Turkish ones, brokered the deal", "بوساطة سعودية وأمريكية، لا إماراتية").
// The names before the contrast keep the role.
func (ac *articleContext) withoutContrasted(si *sentInfo, ms []mention) []mention {
	return mentionsExcept(ms, func(m mention) bool { return ac.contrastedAt(si, m.start) })
}

// mentionsExcept returns ms without the mentions drop holds for, ms itself when it drops none
// (the filters of a role's names share it).
func mentionsExcept(ms []mention, drop func(mention) bool) []mention {
	var out []mention
	for _, m := range ms {
		if !drop(m) {
			out = append(out, m)
		}
	}
	if len(out) == len(ms) {
		return ms
	}
	return out
}

// contrastedAt: the name starting at k is the object of a contrast negation (", not", "and not",
// "، لا").
func (ac *articleContext) contrastedAt(si *sentInfo, k int) bool {
	k--
	if k >= 0 && (ac.l.fw.definiteArticles[si.tokText(k)] || ac.l.fw.indefiniteArticles[si.tokText(k)]) {
		k--
	}
	if k < 1 {
		return false
	}
	n, ok := si.hitAt(catNegation, k)
	if !ok || n.start != k || n.end != k+1 || si.trap[k] {
		return false
	}
	return isComma(si.tokText(k-1)) || ac.contrastOpening(si, k-1)
}
