package claims

// amongCovered: a coverage participle closing a set the subject is put in by a copula and an
// among word: "Chibabava district is not among the areas covered", "X is one of the groups
// excluded", "مديرية شيبابافا ضمن المناطق المشمولة". The subject is the eligible mention ending
// right before the copula (past a negation), and a negation before the among word negates the
// predicate ("not among the areas covered": left out). Between the among word and the cue only
// an article and an area noun stand (lexicon area_nouns, or a group noun a force head names).
func (ac *articleContext) amongCovered(si *sentInfo, h hit) (m mention, negated, ok bool) {
	fw := &ac.l.fw
	k := h.start
	// the set noun: "the areas", "the groups"
	if a, found := si.hitAt(catArea, k-1); found && a.end == k {
		k = a.start
	} else if k >= 1 && ac.forceHead(si, k-1) {
		k--
	} else {
		return mention{}, false, false
	}
	if k >= 1 && fw.definiteArticles[si.tokText(k-1)] {
		k--
	}
	// the among word ends at k
	start := -1
	for _, p := range fw.amongWords {
		if n := len(p); k-n >= 0 && tokensAt(si, k-n, p) {
			start = k - n
			break
		}
	}
	if start < 1 {
		return mention{}, false, false
	}
	j := start - 1
	if si.startsAt(catNegation, j) && !si.trap[j] {
		negated = true
		j--
	}
	if j < 0 || !fw.copulas[si.tokText(j)] {
		// Arabic puts no copula: "شيبابافا ضمن المناطق المشمولة"
		if ac.l.lex.Grammar.SubjectBeforeVerb {
			return mention{}, false, false
		}
		j++
	}
	e := si.mentionsEndingBy(j) - 1
	if e < 0 || si.ents[e].end != j || !exclusionSubject(si.ents[e]) {
		return mention{}, false, false
	}
	return si.ents[e], negated, true
}
