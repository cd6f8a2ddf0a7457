package claims

// sidesStart: where the first side's name may start after "between": past the head of a
// force phrase that names whose forces they are ("between forces of the X", "between the
// forces of X", "بين قوات X") and a compound qualifying the name ("the Tripoli-based X").
func (ac *articleContext) sidesStart(si *sentInfo, pos int) int {
	fw := &ac.l.fw
	k := pos
	for k < len(si.toks) && k <= pos+8 {
		// A name starts here ("the Iraqi army", "الجيش العراقي"), unless it is a compound
		// qualifying the next one ("the Tripoli-based government").
		if m, ok := si.mentionAt(k); ok {
			if !compoundQualifier(si, m) {
				break
			}
			k = m.end + 2
			continue
		}
		if t := si.tokText(k); fw.definiteArticles[t] || fw.forceHeads[t] || k > pos && fw.partitives[t] {
			k++
			continue
		}
		// "between gunmen in the rival Tripoli districts of X and Y": the districts the armed
		// men are placed in stand for them.
		if d, ok := ac.districtsOfForce(si, k); ok {
			return d
		}
		break
	}
	return k
}

// compoundQualifier: the mention is the first half of a hyphenated compound that qualifies the
// name after it ("the Tripoli-based government", "Turkey-backed factions"): written against a
// hyphen and the word after it, it is no side of its own.
func compoundQualifier(si *sentInfo, m mention) bool {
	k := m.end
	if k+1 >= len(si.toks) || si.toks[k].text != "-" {
		return false
	}
	return si.toks[k].start == si.toks[k-1].end && si.toks[k+1].start == si.toks[k].end && !si.toks[k+1].punct
}

// qualifiedSideAfter: the name after the conjunction at k is the other side once the words
// that qualify it are passed: a possessor ("Khalifa Haftar's"), the halves of a hyphenated
// compound ("eastern-based"), a force head with its partitive ("forces of"), an article. Any
// other word stops the search: a participle or preposition ("tribes loyal to X", "fighters
// trained by X", "militias backed by X") names a backer, not the side; so does a second
// conjunction or other punctuation.
func (ac *articleContext) qualifiedSideAfter(si *sentInfo, k int, side func(mention) bool) (mention, bool) {
	fw := &ac.l.fw
	hyphen := func(j int) bool { return j >= 0 && j < len(si.toks) && si.toks[j].text == "-" }
	possessive := func(j int) bool {
		if j >= len(si.toks) {
			return false
		}
		t := si.toks[j].text
		return hasAnySuffix(t, fw.possessives) || si.toks[j].punct && hasAnyPrefix(t, fw.possessives)
	}
	for j := k + 1; j < len(si.toks); j++ {
		if si.boundary[j] {
			break
		}
		if m, ok := si.mentionAt(j); ok {
			if side(m) && !compoundQualifier(si, m) {
				return m, true
			}
			// Only a possessor ("Haftar's") or a compound's first half ("Aden-based") qualifies.
			if !compoundQualifier(si, m) && !possessive(m.end-1) && !possessive(m.end) {
				break
			}
			j = m.end - 1
			continue
		}
		t := si.tokText(j)
		switch {
		case si.toks[j].punct:
			if t != "-" && !possessive(j) {
				return mention{}, false
			}
		case fw.definiteArticles[t] || fw.forceHeads[t] || possessive(j) || possessive(j+1) && !si.toks[j+1].punct:
		case fw.partitives[t] && j > k+1 && fw.forceHeads[si.tokText(j-1)]:
		case hyphen(j+1) || hyphen(j-1):
		default:
			return mention{}, false
		}
	}
	return mention{}, false
}

// sidesBoundByTruce: the truce is the subject of a verb that names its sides as objects ("the
// truce, which binds only the Houthis and the United States", "it binds X and Y alone", "الاتفاق
// يضم الحكومة والفصائل وعشائر البدو"): a ceasefire or agreement noun, a relative pronoun after
// one, or a pronoun standing for it, ends at most two tokens before the verb. The sides follow,
// past an "only" word and an article; two at least, on opposing sides.
func (ac *articleContext) sidesBoundByTruce(si *sentInfo, h hit) ([]mention, bool) {
	// "لا يربط إلا X وY": a negated verb with an exception word after it binds those alone
	// (exceptWordEnd, sets.go); "يقتصر على X وY" restricts by itself (cue value "only").
	except := -1
	if negatedAt(si, h.start) {
		except = ac.exceptWordEnd(si, h)
	}
	if negatedAt(si, h.start) && except < 0 || ac.deniedAt(si, h.start) {
		return nil, false
	}
	// "Does the truce bind X and Y?", "demanded that the truce bind X and Y": asked or
	// demanded, not stated.
	if questionSentence(si) || si.cond[h.start] {
		return nil, false
	}
	if m, _ := ac.modalityCue(si, h.start); m != "asserted" {
		return nil, false
	}
	subject := false
	for k := h.start - 1; k >= 0 && k >= h.start-3 && !subject; k-- {
		if si.boundary[k] {
			break
		}
		subject = si.tokIn(k, classSubjectPronoun, ac.l.fw.subjectPronouns) && ac.previousNamesAgreement(si) ||
			si.startsAt(catRelPron, k) && ac.nearCeasefire(si, k, 3)
		for _, c := range []category{catCeasefire, catAgreement} {
			for _, n := range hitsStartingIn(si.hitsOf(c), k-ac.l.longest, k) {
				if n.end == k+1 && (c == catCeasefire || ac.ceasefire && !ac.insideTalks(si, n)) {
					subject = true
				}
			}
		}
	}
	if !subject && !ac.truceBeforeAside(si, h.start) {
		return nil, false
	}
	from := h.end
	if except >= 0 {
		from = except
	}
	// "تخص عشيرتين فقط هما X وY", "binds only two tribes, X and Y": past a rivalry head, its
	// count and a pronoun of separation.
	for from < len(si.toks) && from < h.end+3 && (si.startsAt(catOnly, from) || ac.l.fw.definiteArticles[si.tokText(from)]) || ac.rivalListOpensAt(si, from, h.end) {
		if _, named := si.mentionAt(from); named {
			break // "the Houthis": the article is part of the name
		}
		from++
	}
	side := func(m mention) bool { return ac.canBeSide(si, m) }
	// The list ends at a comma: "... وعشائر البدو، وأن للقوى الأمنية" goes on to another clause.
	ms := collectForward(si, from, 2, side, func(k int) bool { return isComma(si.tokText(k)) })
	members := ac.sideIDs(ms)
	if len(members) < 2 || ac.allBrokers(ms) || !ac.opposingSides(members) && !ac.rivalHeadBefore(si, ms[0].start) {
		return nil, false
	}
	last := ms[len(ms)-1].end
	if ac.l.topicCue[h.idx].Value == "obliges" && ac.obligationComplement(si, ms[0].start, last) {
		return nil, false // "الاتفاق يلزم بريشتينا بسحب وحدات الشرطة": obliged to act, not bound as a side
	}
	restricts := except >= 0 || ac.l.topicCue[h.idx].Value == "only"
	return ms, restricts || onlyInClause(si, h.start, min(clauseEnd(si, last), last+2))
}

// otherDealOnly: the sentence names no ceasefire and each agreement noun in it is of another kind
// ("Bosnia and Croatia signed a water-sharing agreement", "ووقعت مالي والمغرب اتفاقا تجاريا"):
// who signs it is no side of the truce. The qualifier (lexicon other_deal_qualifiers) precedes
// the noun in English and follows it in Arabic, right next to it or past one more adjective
// ("a separate written accord", "اتفاق مكتوب منفصل").
func (ac *articleContext) otherDealOnly(si *sentInfo) bool {
	if si.has[catCeasefire] || !si.has[catAgreement] {
		return false
	}
	for _, h := range si.hitsOf(catAgreement) {
		if !ac.otherDealQualified(si, h) {
			return false
		}
	}
	return true
}

// otherDealQualified: an other-deal qualifier stands within two words of the agreement noun h,
// on its adjective side, with no punctuation between.
func (ac *articleContext) otherDealQualified(si *sentInfo, h hit) bool {
	k, step := h.start-1, -1
	if ac.l.lex.Grammar.AdjectiveAfterNoun {
		k, step = h.end, 1
	}
	for n := 0; n < 2 && k >= 0 && k < len(si.toks) && !si.toks[k].punct; n, k = n+1, k+step {
		if si.tokIn(k, classOtherDealQualifier, ac.l.fw.otherDealQualifiers) {
			return true
		}
	}
	return false
}

// obligationComplement: after a verb of obliging ("تُلزم", cue value "obliges"), a word outside
// a name opened by the preposition ب (lexicon complement_clitics), from the first object to the
// end of its clause ("يُلزم القوات التركية والمرتزقة السوريين الذين جلبتهم أنقرة بمغادرة
// البلاد", "يلزم الجيش بسحب قواته"), says what the objects must do: they are obliged, not the
// sides the truce binds («تُلزم الجيش النيجري وعناصر الفيلق الأفريقي على حد سواء»).
func (ac *articleContext) obligationComplement(si *sentInfo, from, last int) bool {
	end := clauseEnd(si, last)
	for k := from; k < end && k < len(si.toks); k++ {
		if k >= last && isComma(si.tokText(k)) {
			break
		}
		if si.entAt[k] >= 0 || si.toks[k].punct {
			continue
		}
		if gluedRest(si.tokText(k), ac.l.fw.complementClitics) != "" { // ب glued to a verbal noun
			return true
		}
	}
	return false
}
