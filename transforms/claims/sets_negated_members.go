package claims

// earliestStart is where the first-written of the members starts: a list collected backwards
// has its nearest name first, and a negation before the list ("No Turkish or Qatari mediators
// took part") stands before its first-written name.
func earliestStart(ms []mention) int {
	s := ms[0].start
	for _, m := range ms[1:] {
		s = min(s, m.start)
	}
	return s
}

// negatedListBefore: a negation determines the list itself ("No Turkish or Qatari mediators
// took part", "no Egyptian mediators were present"): right before its first name, or one word
// before it ("not a single Qatari mediator"). A negation farther back negates a verb whose
// object the list may be ("لا يعترض على دور الاتحاد الإفريقي بوصفه وسيطاً": does not object to
// the AU's role as mediator), which leaves the mediator in place.
func negatedListBefore(si *sentInfo, start int) bool {
	for k := start - 1; k >= 0 && k >= start-2; k-- {
		if n, ok := si.hitAt(catNegation, k); ok && n.start == k && !si.trap[k] {
			return true
		}
		if si.boundary[k] || si.toks[k].punct {
			return false
		}
	}
	return false
}
