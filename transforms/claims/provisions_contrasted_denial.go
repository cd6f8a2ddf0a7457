package claims

import "strings"

// A second account set against a term in the same sentence denies it: "The separatists say
// detainees will be freed under the deal, but the government denies it", "Yes, the SDF says, all
// for all, though the SNA denies it", "The Brigade says detainees will be freed; Ramallah says
// they will not", "تؤكد الحكومة أن الاتفاق يشمل الإفراج عن الرهائن، فيما يصرّ التنظيم على أن هذا
// البند ليس جزءاً مما وُقّع", "يؤكد مقاتلو بانغسامورو أن الإفراج عنهم جزء من الهدنة، بينما يصرّ
// مكتب المستشار على أنه ليس من بنود الاتفاق". As "which Beirut rejects" does (relativeDenialAfter),
// each names who holds the other account.

// contrastedDenialAfter is the position of the second account's denial after pos: a denial verb
// whose object is a pronoun closing its clause after a contrast word ("but the government denies
// it"); a negated predicate after a contrast word and a complementizer whose subject refers back
// (a pronoun on the complementizer, «أنه», or a demonstrative, «هذا البند»); or a verb of saying
// whose whole object is a pronoun, an auxiliary and a negation, closing the sentence ("Ramallah
// says they will not").
func (ac *articleContext) contrastedDenialAfter(si *sentInfo, pos int) (int, bool) {
	for _, c := range si.hitsOf(catClauseBreak) {
		if c.start <= pos || si.trap[c.start] {
			continue
		}
		if d, ok := ac.pronounDenialAfter(si, c.end); ok {
			return d, true
		}
		if p, ok := ac.referringNegatedPredicate(si, c.end); ok {
			return p, true
		}
	}
	return ac.sayingItWillNot(si, pos)
}

// pronounDenialAfter: a denial verb at most four tokens after from, its object a thing pronoun or
// a demonstrative right after it, then the end of the clause ("the government denies it").
func (ac *articleContext) pronounDenialAfter(si *sentInfo, from int) (int, bool) {
	fw := &ac.l.fw
	for _, d := range hitsStartingIn(si.hitsOf(catDenial), from, from+4) {
		if si.boundaryIn(from, d.start) {
			continue
		}
		if w := si.tokText(d.end); (fw.thingPronouns[w] || fw.demonstratives[w]) && (d.end+1 >= len(si.toks) || si.toks[d.end+1].punct) {
			return d.start, true
		}
	}
	return 0, false
}

// referringNegatedPredicate: after from, a complementizer and then, at most two words on, a
// negated predicate whose subject refers back: the complementizer carries the pronoun («أنه»,
// «أنها») with no word between, or the words between open with a demonstrative («هذا البند»).
func (ac *articleContext) referringNegatedPredicate(si *sentInfo, from int) (int, bool) {
	fw := &ac.l.fw
	for k := from; k < len(si.toks) && k < from+10 && !si.boundary[k]; k++ {
		w := fw.withoutConjunction(si.tokText(k))
		if !fw.complementizers[w] {
			continue
		}
		p, ok := negatedPredicateAt(si, k+1, 2)
		if !ok {
			return 0, false
		}
		// Quotes do not count: «على أنه "ليس من بنود الاتفاق"».
		first := k + 1
		for first < p && isQuote(si.toks[first].text) {
			first++
		}
		if first == p && fw.complementizerWithPronoun(w) || first < p && fw.demonstratives[si.tokText(first)] {
			return p, true
		}
		return 0, false
	}
	return 0, false
}

// complementizerWithPronoun: w is a complementizer carrying a pronoun suffix («أنه», «بأنها»).
func (fw *functionWords) complementizerWithPronoun(w string) bool {
	for _, sfx := range fw.pronounSuffixes {
		if r, ok := strings.CutSuffix(w, sfx); ok && r != "" && fw.complementizers[r] {
			return true
		}
	}
	return false
}

// sayingItWillNot: a verb of saying after pos whose whole object is a subject pronoun, a modal or
// auxiliary and a negation, closing the sentence ("Ramallah says they will not."). Only the
// sentence's last words can hold it.
func (ac *articleContext) sayingItWillNot(si *sentInfo, pos int) (int, bool) {
	fw := &ac.l.fw
	n := len(si.toks)
	for n > 0 && si.toks[n-1].punct {
		n--
	}
	k := n - 3 // pronoun, auxiliary, negation
	if k <= pos+1 || !fw.subjectPronouns[si.tokText(k)] || !(fw.modalAuxiliaries[si.tokText(k+1)] || fw.auxiliaries[si.tokText(k+1)] > 0 || fw.copulas[si.tokText(k+1)]) || !si.startsAt(catNegation, k+2) {
		return 0, false
	}
	for _, a := range hitsStartingIn(si.hitsOf(catAttrVerb), k-1-ac.l.longest, k-1) {
		if a.end == k && a.start > pos+1 {
			return a.start, true
		}
	}
	return 0, false
}
