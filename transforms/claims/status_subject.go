package claims

// truceSubjectOf: the status or scope cue h (lexicon object "subject": a predicate many nouns take, "remains
// in place") has the truce or the deal for its subject: the last ceasefire or agreement noun before
// it in its clause, within eight tokens, opening its phrase, not after a preposition ("roadblocks
// set up before the ceasefire are still in place"); or a relative clause on it ("the truce, which
// was in place");
// or a subject pronoun opening the clause after a sentence naming the deal ("It remains in place").
// A noun after the cue is none: "checkpoints remained in place after the ceasefire". clauseLeads:
// a time lead before the noun ("since", "after") opens the noun's own clause, for a verb
// ("after the truce began"), not for a predicate that agrees with any noun before it.
func (ac *articleContext) truceSubjectOf(si *sentInfo, h hit, clauseLeads bool) bool {
	if ac.relativeOfCeasefire(si, h.start) || ac.pronounSubjectOf(si, h) {
		return true
	}
	last := hit{start: -1}
	for _, c := range [...]category{catCeasefire, catAgreement} {
		for _, n := range si.hitsOf(c) {
			if n.end <= h.start && n.end > last.end {
				last = n
			}
		}
	}
	if last.start < 0 || h.start-last.end > 8 || si.boundaryIn(last.end, h.start) {
		return false
	}
	// Back over the noun's determiners and modifiers ("the bilateral", "the 2018 Stockholm") to
	// what opens its phrase: the clause's start, a comma, a complementizer, a conjunction or a
	// verb of saying make it the subject; a time or place preposition ("before the ceasefire",
	// "near the truce line") makes it an object.
	for k := last.start - 1; k >= last.start-4; k-- {
		if k < 0 || si.boundary[k] {
			return true
		}
		t := si.tokText(k)
		if isComma(t) || ac.l.fw.conjunctions[t] || si.tokIn(k, classComplementizer, ac.l.fw.complementizers) {
			return true
		}
		if ac.fightingWordAt(si, k) {
			return false // "violations of the truce began", "خروقات الهدنة بدأت": the fighting's start
		}
		for _, v := range si.hitsOf(catAttrVerb) {
			if v.end == k+1 {
				return true
			}
		}
		fw := &ac.l.fw
		if clauseLeads && (fw.timeLeads[t] || fw.sinceWords[t]) {
			return true // "since the truce began at midnight": a clause of its own
		}
		if fw.timeLeads[t] || fw.sinceWords[t] || fw.locatingPrepositions[t] || fw.objectPrepositions[t] || fw.comitatives[t] || si.tokIn(k, classPreposition, fw.prepositions) {
			return false
		}
	}
	return false
}

// truceSubjectAfter: in a language whose verb comes first, the truce or the deal right after
// the predicate cue h is its subject ("ولا تتعدى الهدنة حدود القضاءين"); "لا يتعدى عدد
// القتلى عشرة" has another.
func (ac *articleContext) truceSubjectAfter(si *sentInfo, h hit) bool {
	if ac.l.lex.Grammar.SubjectBeforeVerb {
		return false
	}
	if si.startsAt(catCeasefire, h.end) {
		return true
	}
	a, ok := si.hitAt(catAgreement, h.end)
	return ok && ac.ceasefire && !ac.insideTalks(si, a)
}

// startSubjectIsTruce: a start verb many events take (began, begin; lexicon object "subject")
// dates the truce only with the truce for its subject ("the truce began at noon", "after the
// ceasefire started", "the ceasefire, which began"), or "it" opening the clause when the
// sentence or the one before names the truce ("It began at midnight"), or the truce's observance
// for its object ("would begin observing the truce at noon"). Not "Shelling began at
// 10 a.m., hours after the ceasefire", "Delegates began discussing the ceasefire at 10 a.m.".
func (ac *articleContext) startSubjectIsTruce(si *sentInfo, h hit) bool {
	if ac.truceSubjectOf(si, h, true) || ac.asideChainSubjectBefore(si, h) {
		return true
	}
	// "the army's units would begin observing the truce at noon": the compliance an in-force
	// cue names with the truce right after it (see pastVerbGoverns).
	if ac.inForceCueCovers(si, h.end) {
		for k := h.end + 1; k < len(si.toks) && k <= h.end+3 && !si.toks[k].punct; k++ {
			if si.startsAt(catCeasefire, k) {
				return true
			}
		}
	}
	// "it began", "it had begun", "that it would begin": up to two auxiliaries between, no
	// punctuation, name or verb of saying ("it said shelling began").
	for k := h.start - 1; k >= 0 && k >= h.start-3; k-- {
		t := si.toks[k]
		if t.punct || si.startsAt(catAttrVerb, k) || si.startsAt(catCeasefire, k) {
			return false
		}
		if _, named := si.mentionAt(k); named {
			return false
		}
		if ac.l.fw.thingPronouns[si.tokText(k)] {
			return si.has[catCeasefire] || si.has[catAgreement] || ac.previousNamesAgreement(si)
		}
	}
	return false
}

// fightingWordAt: token k is a lexicon fighting word (shelling, violations, خروقات).
func (ac *articleContext) fightingWordAt(si *sentInfo, k int) bool {
	return si.tokForms(k, formFighting, ac.l.fw.fightingWords)
}
