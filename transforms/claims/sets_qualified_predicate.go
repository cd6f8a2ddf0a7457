package claims

// qualifiedRolePredicate reads the members a role noun's predicate names as its only holders when
// a qualifier of the noun stands between them: "«الوساطة بين بيروت ودمشق كانت سعودية خالصة»",
// "إن الوساطة في مفاوضات جوبا «جنوب سودانية خالصة، ...»", "The mediation was conducted "solely
// by the Islamic Emirate"". The noun is definite (the mediation, الوساطة); the qualifier is a
// between phrase or a prepositional phrase (at most seven words, no comma, no "that" clause);
// the predicate opens on a copula, a pluperfect auxiliary (كانت), a quotation mark, a word of
// restriction (اقتصرت) or of exclusiveness (solely, خالصة); the names come within six words of
// it, after at most one other word (a participle: "conducted"). Without a qualifier the
// predicate must name its holders as a passive agent ("was conducted solely by X"): a copula
// right after the noun is read in setCues already ("الوساطة كانت سعودية خالصة"). A word of
// exclusiveness or restriction in the predicate is required: "the mediation between the two
// sides was difficult for Qatar" names no one. A relative clause as the qualifier ("«الوساطة
// التي أنتجت الاتفاق اقتصرت على لجنة النواب ...»", tabbaneh) is left out for now: its dispute's
// third side is unread, and the two sides read alone make a false alarm.
func (ac *articleContext) qualifiedRolePredicate(si *sentInfo, h hit, member func(mention) bool) []mention {
	fw := &ac.l.fw
	if !definiteNoun(si, fw, h) && (h.start == 0 || !fw.definiteArticles[si.tokText(h.start-1)]) {
		return nil
	}
	n := len(si.toks)
	opens := func(k int) bool {
		t := si.tokText(k)
		return isQuote(t) || fw.copulas[t] || si.startsAt(catPlupAux, k) || fw.restrictionWords[t] || si.startsAt(catOnly, k)
	}
	q := -1
	for k := h.end; k < n && k <= h.end+7; k++ {
		if opens(k) {
			q = k
			break
		}
		if si.toks[k].punct || si.tokIn(k, classComplementizer, fw.complementizers) {
			return nil
		}
	}
	if q < 0 {
		return nil
	}
	qualified := q > h.end
	if qualified {
		first := h.end
		if !si.tokIn(first, classBetween, fw.between) && !si.tokIn(first, classPreposition, fw.prepositions) {
			return nil
		}
	}
	exclusive, agent, other := false, false, 0
	for k := q; k < n && k <= q+6; k++ {
		if m, ok := si.mentionAt(k); ok && m.start == k {
			if !member(m) || !exclusive && !ac.exclusiveAfter(si, m) || !qualified && !agent {
				return nil
			}
			return coordinatedRun(ac, si, collectForward(si, k, 2, member, nil))
		}
		t := si.tokText(k)
		switch {
		case fw.restrictionWords[t] || si.startsAt(catOnly, k):
			exclusive = true
		case ac.passiveAgentWord(si, k):
			agent = true
		case isQuote(t) || fw.copulas[t] || si.startsAt(catPlupAux, k) || si.tokIn(k, classPreposition, fw.prepositions) || fw.definiteArticles[t]:
		case si.toks[k].punct:
			return nil
		default:
			if other++; other > 1 {
				return nil
			}
		}
	}
	return nil
}

// exclusiveAfter: a word of exclusiveness follows the name m, past its coordinated names
// ("سعودية خالصة", "جنوب سودانية خالصة"), within two words.
func (ac *articleContext) exclusiveAfter(si *sentInfo, m mention) bool {
	run := coordinatedRun(ac, si, collectForward(si, m.start, 2, func(mention) bool { return true }, nil))
	end := m.end
	for _, r := range run {
		end = max(end, r.end)
	}
	for k := end; k < len(si.toks) && k <= end+1; k++ {
		if si.startsAt(catOnly, k) {
			return true
		}
	}
	return false
}
