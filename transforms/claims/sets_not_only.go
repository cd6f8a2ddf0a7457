package claims

// notOnlyEnd: a negated "only" opens the list at k ("brokered not only by Oman but also by
// Qatar", "is not only the AU's but also IGAD's"): where the first name may start, past the
// pair and a passive agent word; k itself when none.
func (ac *articleContext) notOnlyEnd(si *sentInfo, k int) int {
	if k >= len(si.toks) || !si.trap[k] || !si.startsAt(catNegation, k) || !si.startsAt(catOnly, k+1) {
		return k
	}
	o, _ := si.hitAt(catOnly, k+1)
	e := o.end
	if ac.l.fw.agentWordAt(si, e) {
		e++
	}
	return e
}

// butAlsoAfter: the list read after a negated "only" (opened at open) goes on past "but also"
// right after its last name (past a possessive: "not only the AU's but also IGAD's"), maybe
// with a passive agent word ("not only by Oman but also by Qatar"): the names there are
// members too. The pair is one list; "but also" with no "not only" before it is another clause.
func (ac *articleContext) butAlsoAfter(si *sentInfo, open, last int, member func(mention) bool) []mention {
	if ac.notOnlyEnd(si, open) == open {
		return nil
	}
	for _, t := range si.hitsOf(catNegTrap) {
		if t.start < last || t.start > last+2 || si.startsAt(catNegation, t.start) {
			continue
		}
		for k := last; k < t.start; k++ {
			if !hasAnySuffix(si.tokText(k), ac.l.fw.possessives) && !ac.l.fw.possessiveAt(si, k) {
				return nil
			}
		}
		p := t.end
		if ac.l.fw.agentWordAt(si, p) {
			p++
		}
		if _, ok := si.mentionAt(p); !ok && p < len(si.toks) && ac.l.fw.definiteArticles[si.tokText(p)] {
			p++
		}
		if m, ok := si.mentionAt(p); ok && m.start == p && member(m) {
			return coordinatedRun(ac, si, collectForward(si, p, 2, member, nil))
		}
		return nil
	}
	return nil
}
