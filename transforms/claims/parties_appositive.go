package claims

// partiesAppositive: a role noun of the agreement's sides (lexicon objects "copula" and "role":
// "both parties", "the two sides", "طرفي الاتفاق", "طرفي الهدنة") with the list of sides set
// off beside it by commas, a colon or dashes, as an appositive: after it ("Both parties, the
// Iraqi army and the Peshmerga, sent delegations", "طرفي الاتفاق، أي القوات الاتحادية
// والبيشمركة، لم يسجلا", "توصل طرفي النزاع في تعز، القوات الحكومية وجماعة أنصار الله، إلى
// هدنة") or before it ("الشرطة الهايتية وعصابات فيف أنسانم، طرفي الهدنة، سمحتا"). The list
// must close where the appositive does (a comma, a dash or the clause's end), so "both sides,
// the army said, ..." names who speaks, not a side. A negated or denied role noun names none.
func (ac *articleContext) partiesAppositive(si *sentInfo, h hit, side func(mention) bool) []mention {
	if negatedAt(si, h.start) || ac.deniedAt(si, h.start) {
		return nil
	}
	// The noun's complement ("to the deal", "الاتفاق", "النزاع في تعز") runs to the mark that
	// opens or closes the appositive; a name of another kind than a place inside it is another
	// phrase.
	open := -1
	for k := h.end; k < len(si.toks) && k <= h.end+4; k++ {
		if t := si.toks[k].text; isComma(t) || t == ":" || isDash(t) {
			open = k
			break
		}
		if si.toks[k].punct || si.boundary[k] && k > h.end {
			break
		}
		if m, ok := si.mentionAt(k); ok && m.e.Type != "city" && m.e.Type != "region" {
			break
		}
	}
	if open > 0 {
		ms := collectForward(si, open+1, 2, side, nil)
		if len(ms) > 0 && ms[0].start <= open+2 && !si.boundaryIn(open+1, ms[0].start) {
			ms = coordinatedRun(ac, si, ms)
			if appositiveClosed(si, ms[len(ms)-1].end) {
				return ms
			}
		}
	}
	// Before it: "X وY، طرفي الهدنة،", with the noun's own appositive closed after it.
	if c := h.start - 1; c > 0 && isComma(si.tokText(c)) && open >= 0 && isComma(si.tokText(open)) {
		ms := ac.conjunctsBackward(si, nearestGroup(collectBackward(si, c, 12, side)))
		if len(ms) > 0 && closesAt(si, ms[0].end, c) {
			return ms
		}
	}
	return nil
}

// appositiveClosed: the list ending at pos ends the appositive: a comma, a dash, a closing
// bracket or quote, or the clause's end follows it.
func appositiveClosed(si *sentInfo, pos int) bool {
	for k := pos; k < len(si.toks); k++ {
		t := si.toks[k].text
		if isQuote(t) || t == ")" {
			continue
		}
		return isComma(t) || isDash(t) || clauseBreakPunct(t) || si.boundary[k]
	}
	return true
}

// closesAt: only quotes stand between the name ending at end and the comma at c.
func closesAt(si *sentInfo, end, c int) bool {
	for k := end; k < c; k++ {
		if !isQuote(si.toks[k].text) {
			return false
		}
	}
	return true
}

// partiesAppositives reads the role nouns of the sides with an appositive list (partiesAppositive)
// in an article about a truce, where "both parties" are its parties though the sentence names
// no truce ("Both parties, the Iraqi army and the Peshmerga, sent delegations to the signing").
// A role noun a copula joins to its list is read by partiesByCopula instead.
func (ac *articleContext) partiesAppositives(out []draft, si *sentInfo) []draft {
	if !ac.ceasefire || ac.otherDealOnly(si) {
		return out
	}
	side := func(m mention) bool { return ac.canBeSide(si, m) }
	for _, h := range ac.cuesOf(si, refParties) {
		switch ac.l.topicCue[h.idx].Object {
		case "copula":
			if _, _, ok := ac.partiesByCopula(si, h, side); ok {
				continue
			}
		case "role":
		default:
			continue
		}
		ms := ac.partiesAppositive(si, h, side)
		if members := ac.sideIDs(ms); len(members) >= 2 && !ac.allBrokers(ms) {
			out = append(out, draft{topic: "ceasefire.parties", members: members, pos: h.start, rule: "parties.appositive"})
		}
	}
	return out
}

// conjunctsBackward keeps, of names collected backwards (nearest first), those joined by commas,
// conjunctions, articles and quotes, or by a head noun carrying the conjunction ("الشرطة الهايتية
// وعصابات "فيف أنسانم"": the police and the Viv Ansanm gangs).
func (ac *articleContext) conjunctsBackward(si *sentInfo, ms []mention) []mention {
	for k := 1; k < len(ms); k++ {
		for i := ms[k].end; i < ms[k-1].start; i++ {
			t := si.tokText(i)
			if isComma(t) || isQuote(si.toks[i].text) || ac.l.fw.conjunctions[t] || ac.l.fw.definiteArticles[t] {
				continue
			}
			if i == ms[k].end && hasAnyPrefix(si.toks[i].text, ac.l.fw.conjunctionPrefixes) && !si.toks[i].punct {
				continue // the second conjunct's head noun, right after the first name
			}
			return ms[:k]
		}
	}
	return ms
}
