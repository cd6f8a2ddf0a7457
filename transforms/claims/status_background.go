package claims

// yearOfEarlierTruce: in an article without a publication date, a year named in the status
// cue's clause, a few words from it, dates the truce the cue is about ("A local truce that X
// brokered in February 2024 collapsed within a week", "وقف إطلاق النار الذي توصل إليه الطرفان عام
// 2023", "اتفاق عام 2020 وُقّع من دون ..."). Coverage of the truce at hand dates its steps by
// days and weekdays, not by year; a named year sets an earlier one apart. (A dated article
// compares the year with its own: earlierYear.) Only the cue's neighbourhood is read: eight
// tokens either side ("الذي رعته الصين في يناير/كانون الثاني 2024"), within its clause.
func (ac *articleContext) yearOfEarlierTruce(si *sentInfo, h hit) bool {
	if _, ok := ac.published(); ok {
		return false
	}
	from, to := max(h.start-8, 0), min(h.end+8, len(si.toks))
	for k := from; k < to; k++ {
		y, ok := fourDigitNumber(&si.toks[k])
		if !ok || y < 1900 || y > 2100 || sinceYear(&ac.l.fw, si, k) || !ac.namedAsYear(si, k) {
			continue
		}
		a, b := min(k, h.start), max(k, h.end)
		if !si.boundaryIn(a, b) {
			return true
		}
	}
	return false
}

// namedAsYear: the four-digit number at k reads as a year, not a count ("2000 fighters"), a
// resolution ("resolution 2051") or a clock time ("2000 GMT"): a month name ends right before
// it ("February 2019", "آذار/مارس 2018"), a month lead, since word or year noun stands before
// it ("in 2015", "عام 2022"), or a determiner does and a name or agreement noun follows ("the
// 2018 Stockholm Agreement").
func (ac *articleContext) namedAsYear(si *sentInfo, k int) bool {
	if k == 0 {
		return false
	}
	fw := &ac.l.fw
	for _, m := range si.hitsOf(catMonth) {
		if m.end == k {
			return true
		}
	}
	// "وفي 2019": the lead may carry a conjunction.
	if p := si.tokText(k - 1); fw.monthLeads[p] || fw.sinceWords[p] || fw.yearNouns[p] || fw.monthLeads[fw.withoutConjunction(p)] {
		return true
	}
	if !fw.definiteArticles[si.tokText(k-1)] || k+1 >= len(si.toks) {
		return false
	}
	if _, ok := si.mentionAt(k + 1); ok {
		return true
	}
	// "the 2023 talks" dates talks as "the 2018 agreement" dates a deal.
	return si.startsAt(catAgreement, k+1) || si.startsAt(catCeasefire, k+1) || si.startsAt(catTalks, k+1)
}

// signatureAssertedAfter: an agreeing verb later in the sentence (a plain one: not "announced"
// or "welcomed", which need their object), not negated, in a relative clause on an agreement
// noun, asserts a signature after the denial at h ("did not sign any document with Kyiv, ...
// the text Moscow signed", "النص الذي وقّعته"): the denial says with whom, not whether. A
// passive or free relative ("lying about what was agreed") or a clause of its own ("and that
// the government agreed to nothing") leaves the denial standing.
func (ac *articleContext) signatureAssertedAfter(si *sentInfo, cues []hit, h hit) bool {
	for _, c := range cues {
		if tc := ac.l.topicCue[c.idx]; c.start >= h.end && tc.Value == "agreed" && tc.Object == "" && !negatedAt(si, c.start) && ac.relativeOnAgreement(si, c) {
			return true
		}
	}
	return false
}

// relativeOnAgreement: the cue c is the verb of a relative clause on an agreement noun: the
// noun, a relative pronoun (optional in English) and, where the subject comes first, the
// named signer ("the text (that) Moscow signed"); where the verb comes first, the verb right
// after the pronoun ("النص الذي وقّعته موسكو").
func (ac *articleContext) relativeOnAgreement(si *sentInfo, c hit) bool {
	k := c.start
	if ac.l.lex.Grammar.SubjectBeforeVerb {
		m, ok := si.mentionEndingAt(k)
		if !ok {
			return false
		}
		k = m.start
		if k > 0 && ac.l.fw.definiteArticles[si.tokText(k-1)] {
			k-- // "the text the Houthis signed"
		}
	}
	rel := k > 0 && si.startsAt(catRelPron, k-1)
	if rel {
		k--
	} else if !ac.l.lex.Grammar.SubjectBeforeVerb {
		return false
	}
	for _, cat := range []category{catAgreement, catCeasefire} {
		for _, n := range hitsStartingIn(si.hitsOf(cat), k-ac.l.longest, k-1) {
			if n.end == k {
				return true
			}
		}
	}
	return false
}

// agreedNothingOrDeniedWhat: an agreeing verb that asserts no agreement: its object a negative
// indefinite ("agreed to nothing", "signed nothing"), or a passive free relative ("what was
// agreed") after a denial earlier in the sentence ("said it had not signed the agreement and
// accused the Houthis of lying about what was agreed").
func (ac *articleContext) agreedNothingOrDeniedWhat(si *sentInfo, cues []hit, h hit) bool {
	if ac.signedNothing(si, h) {
		return true
	}
	fw := &ac.l.fw
	k := h.start - 1
	for k >= 0 && fw.copulas[si.tokText(k)] {
		k--
	}
	if k < 0 || k == h.start-1 || !fw.freeRelatives[si.tokText(k)] {
		return false
	}
	for _, c := range cues {
		if c.start < k && (negatedAt(si, c.start) || deniedAt(si, c.start)) {
			return true
		}
	}
	return false
}
