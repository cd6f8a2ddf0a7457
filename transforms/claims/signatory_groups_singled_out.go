package claims

// signersSingledOut: the names right before an "only" word that stands before the signing
// verb sign, and they alone: "The government says CODECO alone signed for the armed groups",
// "CODECO alone among Ituri's armed groups had signed the agreement", "إن كوديكو وحدها وقّعت
// الاتفاق" (ituri it_009, it_039). An among phrase may follow the only word ("alone among the
// armed groups", lexicon among_words); else at most one word (an auxiliary) stands between it
// and the verb, as between a subject and its verb. The names are those joined as one list
// ending right at the only word, read as signatory groups are (a context alias only in a list
// of named groups): chad cd_022's "الجبهة وحدها وقّعت" (the Front's context alias) stays
// unread, see the commit.
func (ac *articleContext) signersSingledOut(si *sentInfo, h hit, group func(mention) bool) []mention {
	for _, o := range si.hitsOf(catOnly) {
		if o.end > h.start || h.start-o.end > 8 || si.trap[o.start] || si.boundaryIn(o.start, h.start) {
			continue
		}
		if !ac.amongPhraseTo(si, o.end, h.start) && ac.gapTokens(si, o.end, h.start) > 1 {
			continue
		}
		k := si.mentionsEndingBy(o.start) - 1
		if k < 0 || si.ents[k].end != o.start || !group(si.ents[k]) {
			continue
		}
		return ac.coordinatedBackward(si, nearestGroup(collectBackward(si, o.start, 16, group)))
	}
	return nil
}

// amongPhraseTo: the tokens [from, to) are an among phrase ("among Ituri's armed groups",
// "من بين الحركات المسلحة") that a perfect auxiliary may close ("had"), with no comma or name
// of an actor in it that is not a place.
func (ac *articleContext) amongPhraseTo(si *sentInfo, from, to int) bool {
	start := -1
	for _, p := range ac.l.fw.amongWords {
		if tokensAt(si, from, p) {
			start = from + len(p)
			break
		}
	}
	if start < 0 || start >= to || to-start > 6 {
		return false
	}
	for k := start; k < to; k++ {
		if isComma(si.tokText(k)) || si.toks[k].punct && si.tokText(k) != "'" && si.tokText(k) != "’" {
			return false
		}
	}
	for _, m := range si.ents {
		if m.start >= start && m.end <= to && !m.place && m.e.Type != "region" && m.e.Type != "city" && m.e.Type != "country" {
			return false // "alone among the rebels, with the FNRT, signed": another actor
		}
	}
	return true
}

// onlyClosesSigners: an only word starts right where the signers' list ends (end) and, past
// it, at most an among phrase or one word stands before the signing verb at verb: "the army
// and the Peshmerga alone signed", "X وY وحدهما وقّعا".
func (ac *articleContext) onlyClosesSigners(si *sentInfo, end, verb int) bool {
	o, ok := si.hitAt(catOnly, end)
	if !ok || si.trap[end] || o.end > verb {
		return false
	}
	return ac.amongPhraseTo(si, o.end, verb) || ac.gapTokens(si, o.end, verb) <= 1
}
