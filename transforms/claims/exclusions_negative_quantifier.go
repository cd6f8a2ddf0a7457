package claims

// A coverage predicate under a negative quantifier is negated though no negation stands right
// before it: the quantifier opens its subject ("Nothing in the agreement covers Makhmour", "No
// clause of the deal covers X", "None of its provisions applies to X", "لا شيء في الاتفاق يشمل
// X"), a negated existential heads it through a relative ("There is nothing in the agreement
// that covers X", "ليس في الاتفاق ما يستثني X", "لا يوجد في الاتفاق ما يشمل X"), or a negated
// verb's "any" object heads it ("لا يتضمن الاتفاق أي بند يستثني X", "does not contain any
// clause that excludes X"). negatedAt reads three words back, so each was read with the
// opposite value: a false side.

// negativeQuantifierGoverns: the coverage cue h, not negated right before it, is under one of
// the three.
func (ac *articleContext) negativeQuantifierGoverns(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	if negatedAt(si, h.start) {
		return false
	}
	k := ac.contentStart(si, h.start)
	if negationOpensSubject(fw, si, k, h) {
		return true
	}
	// "There is nothing in the agreement that covers": the relative "that" after a negative
	// indefinite a few words back opens the content.
	if k > 1 && si.tokIn(k-1, classComplementizer, fw.complementizers) {
		for j := k - 2; j >= 0 && j >= k-5; j-- {
			if si.toks[j].punct || si.boundary[j] {
				break
			}
			if si.tokIn(j, classIndefinitePronoun, fw.indefinitePronouns) && (si.startsAt(catNegation, j) || j > 0 && si.startsAt(catNegation, j-1)) && !si.trap[j] {
				return true
			}
		}
	}
	// "لا يتضمن أي بند يستثني", "does not contain any clause that excludes": a negated verb's
	// "any" object heads the cue, at most four words before it.
	for j := h.start - 1; j >= 0 && j >= h.start-4; j-- {
		if si.toks[j].punct || si.boundary[j] {
			break
		}
		if si.tokIn(j, classGenericDeterminer, fw.genericDeterminers) {
			return negatedAt(si, j)
		}
	}
	return false
}

// negationOpensSubject: a negation starts the content at k, at most eight words before the cue
// h, and the words between are its subject alone: no punctuation, relative or complementizer,
// no auxiliary, copula or coordinator (a predicate or clause of the negation's own); a free
// relative right before the cue is allowed ("ليس في الاتفاق ما يستثني").
func negationOpensSubject(fw *functionWords, si *sentInfo, k int, h hit) bool {
	if h.start-k > 8 || h.start-k < 2 {
		return false
	}
	n, ok := si.hitAt(catNegation, k)
	if !ok || n.start != k || n.end >= h.start || si.trap[k] {
		return false
	}
	for j := n.end; j < h.start; j++ {
		if m, ok := si.mentionAt(j); ok {
			j = m.end - 1
			continue
		}
		if j == h.start-1 && fw.freeRelatives[si.tokText(j)] {
			continue
		}
		if si.toks[j].punct || si.startsAt(catRelPron, j) || si.tokIn(j, classComplementizer, fw.complementizers) {
			return false
		}
		// "Nobody was hurt and the truce covers X", "No sooner had X ...": a predicate of the
		// negation's own, or a subject inverted after an auxiliary; "and" opens another clause.
		if w := si.tokText(j); fw.perfectAuxiliaries[w] || fw.modalAuxiliaries[w] || fw.copulas[w] || fw.auxiliaries[w] != 0 || fw.coordinators[w] || fw.withoutConjunction(w) != w {
			return false
		}
	}
	return true
}
