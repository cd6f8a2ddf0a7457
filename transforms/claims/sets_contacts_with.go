package claims

// contactNounBefore: the "with" at k follows a noun of contacts, calls or talks (lexicon
// contact_nouns), at most one manner word between: "Qatar helped broker the deal through
// contacts with Damascus", "أسهمت الدوحة في التوصل إلى الاتفاق عبر اتصالات مع دمشق". The name
// after it is whom the broker spoke to, usually a side, not a partner in the brokering
// (withAfterObject, sets_cobroker.go); "brokered the deal with Washington" has no such noun.
func (ac *articleContext) contactNounBefore(si *sentInfo, k int) bool {
	if len(ac.l.fw.contactNouns) == 0 {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if si.toks[j].punct {
			return false
		}
		if ac.l.fw.contactNouns[si.tokText(j)] {
			return true
		}
	}
	return false
}

// contactWithName: the name starting at p follows a "with" (a comitative or an alongside word,
// "مع") that follows a noun of contacts: "عبر اتصالات مع دمشق".
func (ac *articleContext) contactWithName(si *sentInfo, p int) bool {
	for _, a := range si.hitsOf(catAlongside) {
		if a.end == p || a.end == p-1 && ac.l.fw.definiteArticles[si.tokText(p-1)] {
			return ac.contactNounBefore(si, a.start)
		}
	}
	k := p - 1
	if k > 0 && ac.l.fw.definiteArticles[si.tokText(k)] {
		k--
	}
	return k > 0 && si.tokIn(k, classComitative, ac.l.fw.comitatives) && ac.contactNounBefore(si, k)
}
