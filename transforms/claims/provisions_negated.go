package claims

// Negated provisions told around the cue rather than right before it:
// the provision as the subject of a negated verb, and the deal as the subject of a negated verb
// whose object holds the provision.

// negatedVerbAfterSubject: the cue ending at end is the subject of a negated verb: a negation
// word right after it, past auxiliaries ("aid will not be allowed to enter", "aid convoys won't be
// allowed in", "المساعدات لن تدخل"), or an opening quote ("تبادل المحتجزين «لم يُطرح»").
func (ac *articleContext) negatedVerbAfterSubject(si *sentInfo, end int) bool {
	fw := &ac.l.fw
	for k, last := end, end+2; k < len(si.toks) && k <= last; k++ {
		// "تبادل المحتجزين «لم يُطرح أصلاً»": a quote opening the predicate is skipped.
		if isQuote(si.toks[k].text) && !si.boundary[k] {
			last++
			continue
		}
		if si.boundary[k] || si.toks[k].punct {
			return false
		}
		if si.startsAt(catNegation, k) {
			return !si.trap[k] && ac.negationWord(si, k)
		}
		if w := si.tokText(k); !fw.modalAuxiliaries[w] && fw.auxiliaries[w] == 0 && !fw.copulas[w] && !fw.perfectAuxiliaries[w] {
			return false
		}
	}
	return false
}

// dealNegatedBefore: the deal or truce is the subject of a negated verb earlier in the cue's
// clause, within ten tokens, with no comma or verb of saying between: the agreement noun ends at
// most two tokens before the negation, no comma between ("the deal does not provide for the entry of aid", "the
// agreement makes no provision for aid", "الاتفاق لا ينص على إدخال مساعدات") or starts right
// after its verb ("لا ينص الاتفاق على"). Not "ليسوا طرفاً في الاتفاق ولا يشملهم"، موضحاً أنهم
// "شركاء في ... مكافحة الإرهاب": another assertion follows the comma.
func (ac *articleContext) dealNegatedBefore(si *sentInfo, pos int) bool {
	for k := pos - 1; k >= 0 && k >= pos-10; k-- {
		if si.boundary[k] || si.toks[k].punct && !isQuote(si.toks[k].text) || si.startsAt(catAttrVerb, k) {
			return false
		}
		h, ok := si.hitAt(catNegation, k)
		if !ok || si.trap[k] || h.end > pos || !ac.negationWord(si, k) {
			continue
		}
		for _, n := range si.nouns {
			if n.cat == catTalks || n.end > pos {
				continue
			}
			if n.end <= k && n.end >= k-2 && !commaIn(si, n.end, k) || n.start >= h.end && n.start <= h.end+1 {
				return true
			}
		}
	}
	return false
}

// negationWord: the token at k is a negation word of the lexicon itself (its first word, past a
// conjunction: "ولا"), not an inflected form the matcher took for one ("noting": "not").
func (ac *articleContext) negationWord(si *sentInfo, k int) bool {
	w := si.tokText(k)
	if ac.l.fw.auxiliaries[w] == negatingAux || si.toks[k].w != nil && si.toks[k].w.negates {
		return true // "not", "n't", "لم", "isn't"
	}
	return ac.l.fw.negationHeads[w] || ac.l.fw.negationHeads[ac.l.fw.withoutConjunction(w)]
}

// pastAgentPhrase skips a participle and its agent right after a slot noun ending at end
// ("Detainees held by the security services are not part of the arrangement", "الأسرى
// المحتجزون من قبل الحركة ليسوا جزءاً من الاتفاق"): the predicate that says whether the truce
// holds them comes after the agent. The agent is a name, or a definite noun of at most three
// words that a copula or an auxiliary ends. It returns the token after the agent, or end when
// no such phrase follows.
func (ac *articleContext) pastAgentPhrase(si *sentInfo, end int) int {
	if end+2 >= len(si.toks) || si.toks[end].punct || si.toks[end].number || si.startsAt(catNegation, end) {
		return end
	}
	fw := &ac.l.fw
	for _, w := range fw.passiveAgents {
		if !tokensAt(si, end+1, w) {
			continue
		}
		at := end + 1 + len(w)
		if m, ok := si.mentionAt(at); ok && m.start == at {
			return m.end
		}
		if !fw.definiteArticles[si.tokText(at)] {
			return end
		}
		for k := at + 1; k < len(si.toks) && k <= at+3; k++ {
			if t := si.tokText(k); si.toks[k].punct || si.boundary[k] || si.startsAt(catNegation, k) {
				return end
			} else if fw.copulas[t] || fw.auxiliaries[t] > 0 || fw.modalAuxiliaries[t] {
				return k
			}
		}
	}
	return end
}

// negatedPredicateOfCue is negatedPredicateAfter, unless a comma and a conjunction open the
// negated predicate ("تقتصر على تسليم الجثامين، ولا تشمل تبادل الأسرى", "covers the handover
// of bodies, and does not include prisoners"): that predicate is coordinated with the clause's
// own verb and has its subject, the truce; it does not negate the cue before the comma.
func (ac *articleContext) negatedPredicateOfCue(si *sentInfo, end, n int) bool {
	p, ok := negatedPredicateAt(si, end, n)
	if !ok || negatedPredicateOfOther(&ac.l.fw, si, p) {
		return false
	}
	if p < 1 {
		return ok
	}
	fw := &ac.l.fw
	if t := si.tokText(p); isComma(si.toks[p-1].text) && fw.withoutConjunction(t) != t {
		return false // "، ولا تشمل"
	}
	return !(p >= 2 && isComma(si.toks[p-2].text) && fw.coordinators[si.tokText(p-1)]) // ", and does not"
}

// negatedPredicateOfOther: the negated predicate at p spells out its own object after a link
// word (lexicon predicate_object_links: "of", "with", "من"), and that object, up to the clause's
// next comma, names no truce or agreement, no pronoun for one and no free relative: "was never
// part of its demands", "ليس جزءاً من مطالب الحركة" place the provision outside that other
// thing, not outside the truce. "was never part of the deal", "not part of it", "not part of
// what was agreed" and a predicate with no object ("was not included") keep the negation.
func negatedPredicateOfOther(fw *functionWords, si *sentInfo, p int) bool {
	end := p
	for _, h := range hitsStartingIn(si.hitsOf(catNegPredicate), p, p) {
		end = max(end, h.end)
	}
	if end == p || !fw.predicateObjectLinks[si.tokText(end-1)] {
		if !fw.predicateObjectLinks[si.tokText(end)] {
			return false
		}
		end++
	}
	k := end
	for ; k < len(si.toks) && k < end+5 && !si.toks[k].punct && !si.boundary[k]; k++ {
		if si.startsAt(catAgreement, k) && fw.possessiveBefore(si, k) {
			continue // "was never part of Israel's plan": one side's plan, not the deal
		}
		if si.startsAt(catCeasefire, k) || si.startsAt(catAgreement, k) || fw.thingPronouns[si.tokText(k)] || si.tokIn(k, classFreeRelative, fw.freeRelatives) {
			return false
		}
	}
	return k > end
}

// inOtherThing: the negated predicate after the provision cue h has its own object, another
// thing than the truce ("aid access was never part of its demands", "الإفراج عن الأسرى ليس
// جزءاً من خطتنا"): the sentence places the provision outside that thing and says nothing of
// the truce's terms.
func (ac *articleContext) inOtherThing(si *sentInfo, h hit) bool {
	p, ok := negatedPredicateAt(si, h.end, 5)
	// "The hostages, whose release was never part of the Egyptian proposal, will be freed
	// under the deal": a predicate inside a relative clause set off by commas qualifies the
	// provision; the main clause after it tells of the truce.
	return ok && p >= pastCommaRelative(si, h.end) && negatedPredicateOfOther(&ac.l.fw, si, p)
}
