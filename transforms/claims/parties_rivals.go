package claims

// rivalSubjects: the armed groups that agree are each other's opponents, so they are the
// truce's sides though no state is among them: a rivalry head stands right before their list
// ("Two rival tribes in northern Basra, Bani Rashed and Al-Ghazalat, agreed", "توصّل عشيرتي بني
// راشد والغزالات إلى عطوة") and the verb names no partner after "with" ("two rival tribes agreed
// with the army on a truce" have the army for the other side). "The two groups, the MNDAA and
// the TNLA, agreed" or "two Fano factions agreed" may be one side's groups: no sides.
func (ac *articleContext) rivalSubjects(si *sentInfo, ms []mention, h hit) bool {
	if len(ms) < 2 {
		return false
	}
	first := ms[0].start
	for _, m := range ms[1:] {
		first = min(first, m.start)
	}
	last := ms[0].end
	for _, m := range ms[1:] {
		last = max(last, m.end)
	}
	if !ac.rivalHeadBefore(si, first) && !ac.rivalHeadAfter(si, last) {
		return false
	}
	return len(ac.partnersAfterWith(si, h.end, func(m mention) bool { return ac.canBeSide(si, m) })) == 0
}

// rivalHeadAfter: a plural rivalry head (lexicon rival_heads) closes the list whose last name
// ends at last, the names qualifying it: "Leaders of the Sandarab and Hadlab communities have
// agreed", "the Bani Rashed and Al-Ghazalat tribes agreed". The head may stand right after that
// name or end it (a "X tribe" alias read in the plural). Two tribes, clans or communities
// agreeing to a truce are each other's sides, as with the head before the list.
func (ac *articleContext) rivalHeadAfter(si *sentInfo, last int) bool {
	return last < len(si.toks) && ac.l.fw.rivalHeads[si.tokText(last)] || last > 0 && ac.l.fw.rivalHeads[si.tokText(last-1)]
}

// rivalHeadBefore: a rivalry head (lexicon rival_heads, or a noun after rival_qualifiers) heads the list whose first name starts
// at first: right before it, past a comma of apposition and a place the head is qualified by
// ("Two rival tribes in northern Basra, Bani Rashed and Al-Ghazalat"), or opening the name in
// construct ("عشيرتي بني راشد"). A rivalry word of another phrase does not ("A week after rival
// clans clashed in Gondar, X and Y agreed": a verb stands between).
func (ac *articleContext) rivalHeadBefore(si *sentInfo, first int) bool {
	return ac.rivalHeadAt(si, first) >= 0
}

// rivalHeadAt: where the rivalry word heading the list at first stands, -1 when none does (see
// rivalHeadBefore).
func (ac *articleContext) rivalHeadAt(si *sentInfo, first int) int {
	from := max(first-8, clauseStart(si, first))
	for k := first; k >= from; k-- {
		gap := k + 1
		switch {
		case ac.l.fw.rivalHeads[si.tokText(k)]:
		case ac.l.fw.rivalQualifiers[si.tokText(k)] && gap < first && !si.toks[gap].punct:
			gap++ // "rival camps, X and Y": past the noun the adjective qualifies
		default:
			continue
		}
		if ac.appositionGap(si, gap, first) {
			return k
		}
		return -1
	}
	return -1
}

// appositionGap: the words in [from, to) are at most a place phrase and commas, articles,
// counts, "only", a pronoun of separation and rivalry words: "tribes in northern Basra, ",
// "عشيرتين فقط هما" between a head and its list.
func (ac *articleContext) appositionGap(si *sentInfo, from, to int) bool {
	for k := from; k < to; k++ {
		t := si.tokText(k)
		if isComma(t) || ac.l.fw.definiteArticles[t] || ac.l.fw.rivalHeads[t] || si.toks[k].number || si.startsAt(catNumWord, k) || si.startsAt(catOnly, k) || si.tokIn(k, classCopula, ac.l.fw.copulas) || si.tokIn(k, classSubjectPronoun, ac.l.fw.subjectPronouns) {
			continue
		}
		if !ac.l.fw.placingPrepositions[t] {
			return false
		}
		// "in (northern) Basra": a place within two words after the preposition.
		placed := false
		for j := k + 1; j <= k+3 && j < to; j++ {
			if m, ok := si.mentionAt(j); ok && (m.e.Type == "city" || m.e.Type == "region" || m.e.Type == "country") {
				k, placed = m.end-1, true
				break
			}
		}
		if !placed {
			return false
		}
	}
	return true
}

// rivalListOpensAt: the token at k is a word of a rivalry head phrase that starts at or after
// start and heads the next name (a count, the head, "only", a comma or a pronoun of separation:
// "تخص عشيرتين فقط هما X", "binds two tribes, X").
func (ac *articleContext) rivalListOpensAt(si *sentInfo, k, start int) bool {
	if k >= len(si.toks) || k > start+4 {
		return false
	}
	next := si.firstMentionFrom(k)
	return next < len(si.ents) && si.ents[next].start > k && ac.rivalHeadAt(si, si.ents[next].start) >= start
}
