package claims

// countedSubjectSides: a counted side noun as the subject ("Only two sides are formally bound:
// X and Y", "Only two forces are party to the deal - X and Y -") announces the sides named
// after the punctuation that closes its predicate: a colon, a dash or a comma right before the
// first name, as "between two sides only: X and Y" does after "between" (countedSidesHead). The
// predicate, at most eight words, holds a cue of binding or of being a party (a parties cue of
// object member or binds, an inclusion cue) and no name but the deal's own ("the Kuala Lumpur
// ceasefire"); a negated predicate states no sides. It returns the sides and whether an "only"
// word restricts them.
func (ac *articleContext) countedSubjectSides(si *sentInfo) ([]mention, int, bool) {
	fw := &ac.l.fw
	for j := 1; j+1 < len(si.toks); j++ {
		if w := si.toks[j].w; w != nil && w.classes&classCountedSideNoun == 0 {
			continue // the sets' lookups below, answered once per distinct word
		}
		t := si.tokText(j)
		if !fw.signerNouns[t] && !fw.forceHeads[t] {
			continue
		}
		// "It names the sides it says are bound by the deal: X, Y, Z and W": a definite side
		// noun heads the predicate, as a count does.
		if fw.definiteArticles[si.tokText(j-1)] && fw.signerNouns[t] {
			if ms, p := ac.countedPredicateList(si, j+1); len(ms) >= 2 {
				return ms, p, onlyInClause(si, p, clauseEnd(si, ms[len(ms)-1].end))
			}
			continue
		}
		if !si.toks[j-1].number && !si.startsAt(catNumWord, j-1) {
			continue
		}
		start := j - 1
		only := start > 0 && si.startsAt(catOnly, start-1)
		if only {
			start--
		}
		if start != clauseStart(si, start) {
			continue // "the army and two groups are party to it": the count is no subject
		}
		if ms, p := ac.countedPredicateList(si, j+1); len(ms) >= 2 {
			return ms, p, only || onlyInClause(si, p, clauseEnd(si, ms[len(ms)-1].end))
		}
	}
	return nil, 0, false
}

// countedPredicateList: from pos, the predicate of a counted subject up to the punctuation that
// opens a list of sides, and the sides (see countedSubjectSides); nil when no such list follows.
func (ac *articleContext) countedPredicateList(si *sentInfo, pos int) ([]mention, int) {
	predicate := false
	for k := pos; k < len(si.toks) && k <= pos+8; k++ {
		// A colon or dash may itself close a clause: it is read before the boundary.
		if si.boundary[k] && !si.toks[k].punct {
			return nil, 0
		}
		if m, ok := si.mentionAt(k); ok {
			if !ac.dealNamedBy(si, m) {
				return nil, 0
			}
			k = m.end - 1
			continue
		}
		if ac.countedPredicateCue(si, k) {
			if negatedAt(si, k) || ac.deniedAt(si, k) {
				return nil, 0
			}
			predicate = true
			continue
		}
		t := si.tokText(k)
		if !si.toks[k].punct {
			continue
		}
		if !predicate || t != ":" && !isDash(t) && !isComma(t) || !ac.namesOpenAt(si, k+1) {
			return nil, 0
		}
		ms := ac.listedSides(si, k+1)
		if len(ms) < 2 || ac.allBrokers(ms) || saysAfter(si, ms[len(ms)-1].end) {
			return nil, 0
		}
		return ms, k
	}
	return nil, 0
}

// countedPredicateCue: a cue of binding or of being a party starts at k, or a word of
// obligation ("are formally bound:").
func (ac *articleContext) countedPredicateCue(si *sentInfo, k int) bool {
	if si.startsAt(catInclusion, k) || ac.l.fw.obligationWords[si.tokText(k)] {
		return true
	}
	for _, h := range ac.cuesOf(si, refParties) {
		if o := ac.l.topicCue[h.idx].Object; h.start == k && (o == "member" || o == "binds") {
			return true
		}
	}
	return false
}

// dealNamedBy: the mention names the deal the noun right after it heads ("the Kuala Lumpur
// ceasefire", "the Doha agreement"): a place or a state qualifying the truce, no actor of it.
// Where qualifiers follow their noun («اتفاق الدوحة») a name before the noun is the verb's
// subject («وقّعت الحكومة مذكرة»).
func (ac *articleContext) dealNamedBy(si *sentInfo, m mention) bool {
	if ac.l.lex.Grammar.AdjectiveAfterNoun {
		return false
	}
	for _, c := range [...]category{catCeasefire, catAgreement} {
		if si.startsAt(c, m.end) {
			return true
		}
	}
	return false
}

// countedSignedIt: a counted side noun signed "it" in an article about a truce ("Only two parties
// signed it, the Government and the Junta"): the pronoun stands for the truce, whose signers the
// list after it names.
func (ac *articleContext) countedSignedIt(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	if !ac.ceasefire || h.start < 2 || h.end+1 >= len(si.toks) || !si.toks[h.end+1].punct || !si.tokIn(h.end, classSubjectPronoun, fw.subjectPronouns) {
		return false
	}
	noun := si.tokText(h.start - 1)
	if !fw.signerNouns[noun] && !fw.forceHeads[noun] || !si.toks[h.start-2].number && !si.startsAt(catNumWord, h.start-2) {
		return false
	}
	// "Only two parties signed it, Qatar and Egypt said": who says it is no list of signers.
	ms := collectForward(si, h.end+2, 2, func(mention) bool { return true }, nil)
	return len(ms) > 0 && !saysAfter(si, ms[len(ms)-1].end)
}

// saysAfter: a verb of saying starts right after pos ("X and Y said"): the names before it
// are who says, not a list the sentence gives.
func saysAfter(si *sentInfo, pos int) bool {
	return si.startsAt(catAttrVerb, pos)
}

// listedSides reads a list of sides from k: items split by commas and conjunctions, each
// opening with a side's name (past an article), which words after it may qualify ("the
// Brigade itself, Islamic Jihad's fighters in the camp, Hamas's local wing and the PA security
// services"). The list stops at an item that opens with no side, or at the clause's end.
func (ac *articleContext) listedSides(si *sentInfo, k int) []mention {
	fw := &ac.l.fw
	var out []mention
	open := true // an item may open at k
	for ; k < len(si.toks); k++ {
		t := si.tokText(k)
		if isComma(t) || fw.conjunctions[t] {
			open = true
			continue
		}
		if si.toks[k].punct || k > 0 && si.boundary[k] && len(out) > 0 && !fw.conjunctions[si.tokText(k-1)] && !isComma(si.tokText(k-1)) {
			break
		}
		if !open {
			continue
		}
		m, ok := si.mentionAt(k)
		if !ok && fw.definiteArticles[t] {
			continue // "the PA security services": the name opens after the article
		}
		if !ok || !ac.canBeSide(si, m) {
			break
		}
		out = append(out, m)
		k, open = m.end-1, false
	}
	return out
}
