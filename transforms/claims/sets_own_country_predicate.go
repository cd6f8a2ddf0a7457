package claims

// ownCountryPredicate: the war's own country's adjective said of a role noun ("الوساطة كانت
// ليبية خالصة", "الوساطة «سودانية خالصة»، قادها ...", "الوساطة ليبية والضمانة ليبية، ولا دور لأي
// طرف خارجي", "the mediation was Yemeni") tells that the brokering or the guarantee was home-grown,
// against a foreign one; it names no member (who did it is named elsewhere, "لم يشارك فيها إلا
// الأعيان والمجلس الرئاسي"), neither of the cue at h nor, read back, of the next role noun
// ("والضمانة ليبية" after "الوساطة ليبية"). The attributive "وساطة ليبية", "الوساطة الليبية" and
// another state's adjective ("كانت سعودية خالصة" in a Lebanese-Syrian war) still name.
func (ac *articleContext) ownCountryPredicate(si *sentInfo, m mention, h hit) bool {
	if !m.demonym {
		return false
	}
	if m.start >= h.end {
		return ac.predicateOf(si, m, h) && ac.ownCountry(ac.memberID(m))
	}
	for _, ref := range [...]topicRef{refMediators, refGuarantors, refMonitors} {
		for _, c := range ac.cuesOf(si, ref) {
			if c.end <= m.start && ac.predicateOf(si, m, c) {
				return ac.ownCountry(ac.memberID(m)) // the shape first: ownCountry reads the article
			}
		}
	}
	return false
}

// predicateOf: the adjective m is said of the noun at c: c is definite, only a copula (was, كانت)
// or quotation marks stand between, and in Arabic the adjective has no article (an indefinite
// adjective after a definite noun is its predicate).
func (ac *articleContext) predicateOf(si *sentInfo, m mention, c hit) bool {
	fw := &ac.l.fw
	if !definiteNoun(si, fw, c) && (c.start == 0 || !fw.definiteArticles[si.tokText(c.start-1)]) {
		return false
	}
	copula := false
	for k := c.end; k < m.start; k++ {
		switch t := si.tokText(k); {
		case isQuote(t):
		case fw.copulas[t] || si.startsAt(catPlupAux, k):
			copula = true
		default:
			return false
		}
	}
	if ac.l.lex.Grammar.AdjectiveAfterNoun {
		return !fw.hasArticlePrefix(si.tokText(m.start))
	}
	return copula
}

// ownCountry: id is the war's own country: the theater, or the one country of the armed groups
// the article names, two at least (Tripoli's armed groups are Libya's, Port Sudan's clans
// Sudan's), though a place abroad named in passing places the article elsewhere ("نافياً ما
// تداولته وسائل إعلام عن نقلها إلى إسطنبول").
func (ac *articleContext) ownCountry(id string) bool {
	if id == ac.theater {
		return true
	}
	groups := 0
	for _, si := range ac.infos {
		for _, m := range si.ents {
			if m.place || m.demonym || m.e.Type != "armed_group" {
				continue
			}
			if m.e.Country != id {
				return false
			}
			groups++
		}
	}
	return groups >= 2
}
