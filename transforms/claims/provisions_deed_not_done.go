package claims

// deedNotDone: the provision cue h is a verb negated as a deed not done yet ("لم تنسحب القوات
// السورية بعد", "ولم يُفرج عن أي معتقل", "troops have not withdrawn", "no Peshmerga unit had pulled
// back"), or a noun is its object ("لم يُفرج عن أي معتقل"): what has happened so far, an observation, no term of the deal (as observedNone says of
// "no withdrawal was recorded"). A lexicon deed negation (deed_negations: لم, "has not", "did
// not") stands right before the verb, or, where the subject comes first, a perfect auxiliary
// does with a negation on its subject ("no unit had"). The deal named after the verb in its
// clause ("have not withdrawn as the agreement requires", "لم تنسحب وفق الاتفاق") makes it the
// term again.
func (ac *articleContext) deedNotDone(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	if len(fw.deedNegations) == 0 || h.start == 0 {
		return false
	}
	if !ac.deedNegatedBefore(si, h.start) && !ac.deedNegatedOverObject(si, h.start) {
		return false
	}
	for _, n := range si.nouns {
		if n.start >= h.end && !si.boundaryIn(h.end, n.start) && (n.cat == catCeasefire || n.cat == catAgreement) {
			return false
		}
	}
	return true
}

// deedNegatedOverObject: the noun at k is the object of a verb negated as a deed, a preposition
// or "any" between them ("لم يُفرج عن أي معتقل", "لم تُسلَّم أي جثث").
func (ac *articleContext) deedNegatedOverObject(si *sentInfo, k int) bool {
	fw := &ac.l.fw
	j := k
	for n := 0; n < 2 && j > 0 && (fw.prepositions[si.tokText(j-1)] || si.tokIn(j-1, classGenericDeterminer, fw.genericDeterminers)); n++ {
		j--
	}
	if j == k || j < 2 || si.toks[j-1].punct {
		return false
	}
	if _, ok := si.mentionAt(j - 1); ok {
		return false
	}
	return ac.deedNegatedBefore(si, j-1)
}

// deedNegatedBefore: a deed negation of one to three words ends right before token k, or a
// perfect auxiliary does with a negation within four words before it in its clause.
func (ac *articleContext) deedNegatedBefore(si *sentInfo, k int) bool {
	fw := &ac.l.fw
	phrase := ""
	// Most words end no deed negation: the phrases are then not built.
	end := k < 1 || k > len(si.toks) || si.toks[k-1].w == nil || si.toks[k-1].w.classes&classDeedNegationEnd != 0
	for j := k - 1; end && j >= 0 && j >= k-3; j-- {
		w := deedNegationWord(si.tokText(j))
		if j == k-1 || phrase == "" {
			phrase = w
		} else {
			phrase = w + " " + phrase
		}
		if fw.deedNegations[phrase] || fw.deedNegations[fw.withoutConjunction(phrase)] {
			return true
		}
	}
	if !ac.l.lex.Grammar.SubjectBeforeVerb || !fw.perfectAuxiliaries[si.tokText(k-1)] {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-6 && !si.boundary[j]; j-- {
		if si.startsAt(catNegation, j) && !si.trap[j] {
			return true
		}
	}
	return false
}

// deedNegationWord is the word a deed negation spells for token text w: "not" for "n't".
func deedNegationWord(w string) string {
	if w == "n't" {
		return "not"
	}
	return w
}

// deniedDeedDone: a denial governs the cue as a deed done, in the perfect ("The army rejected
// reports that it had withdrawn from El Fasher", "Hamas denied claims that its fighters had
// pulled out of Rafah"): it denies a fact, an observation, not a term of the truce.
func (ac *articleContext) deniedDeedDone(si *sentInfo, h hit) bool {
	if !ac.l.lex.Grammar.SubjectBeforeVerb || h.start < 1 || !ac.l.fw.perfectAuxiliaries[si.tokText(h.start-1)] {
		return false
	}
	return deniedAt(si, h.start)
}
