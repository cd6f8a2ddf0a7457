package claims

// negatedExceptBefore: the members stand before the cue right after an exception word that
// follows a negation ("nobody but the Sultan of Sokoto can guarantee it", "no one other than
// Qatar mediated", «لا أحد سوى قطر يضمن الاتفاق»): they are the only ones, as negatedExceptOnly
// reads the exception after the cue ("no guarantor other than X").
func (ac *articleContext) negatedExceptBefore(si *sentInfo, h hit, ms []mention) bool {
	if len(ms) == 0 {
		return false
	}
	first := ms[0]
	for _, m := range ms[1:] {
		if m.start < first.start {
			first = m
		}
	}
	if first.start >= h.start {
		return false
	}
	p := first.start
	if p > 0 && ac.l.fw.definiteArticles[si.tokText(p-1)] {
		p-- // "nobody but the Sultan"
	}
	for _, x := range si.hitsOf(catExceptOnly) {
		if x.end != p {
			continue
		}
		for k := x.start - 1; k >= 0 && k >= x.start-2; k-- {
			if n, ok := si.hitAt(catNegation, k); ok && n.end == x.start && !si.trap[k] {
				return true
			}
		}
	}
	return false
}
