package claims

// splitContrasted splits the cue's object list (after from) into the members it states and
// those a negation after a comma sets against them ("It covers only Upper Nile and Jonglei, not
// the Equatoria region", "يشمل مدينة تعز، لا مديرية صالة"): what the cue says of the list, the
// contrast says the opposite of. Every member after the first contrasted one belongs to the
// contrast ("not X or Y"). A contrast opened by a clause break ("covers the whole camp, but not
// the adjacent Taamir district"), which ends the list, is read past it (contrastAfterBreak).
func (ac *articleContext) splitContrasted(si *sentInfo, from int, subs []mention) (stated, contrasted []mention) {
	prevEnd := from
	for i, m := range subs {
		if m.start < from {
			stated = append(stated, m) // a subject before the cue
			continue
		}
		if k, ok := ac.contrastBefore(si, prevEnd, m.start); ok && ac.contrastOpens(si, k, m.start) {
			if onlyClosesContrast(si, subs[len(subs)-1].end) {
				return subs, nil // "لا الجيش والجيش الشعبي وحدهما", "not the army alone": not only
			}
			return stated, subs[i:]
		}
		stated = append(stated, m)
		prevEnd = m.end
	}
	if prevEnd > from {
		if m, ok := ac.contrastAfterBreak(si, prevEnd); ok {
			contrasted = append(contrasted, m)
		}
	}
	return stated, contrasted
}

// onlyClosesContrast: an "only" word (alone, وحدهما) follows the contrasted members ending at
// end, at most two words on: "not X alone" stresses that X is bound too, it sets nothing against
// the list.
func onlyClosesContrast(si *sentInfo, end int) bool {
	return len(hitsStartingIn(si.hitsOf(catOnly), end, end+2)) > 0
}

// contrastBefore: between the end of the previous member (or the cue) at from and the member at
// to, a comma is followed within three words by a negation that is no trap ("not only"); its
// position.
func (ac *articleContext) contrastBefore(si *sentInfo, from, to int) (int, bool) {
	comma := -1
	for k := from; k < to; k++ {
		if isComma(si.tokText(k)) {
			comma = k
		}
	}
	if comma < 0 {
		return 0, false
	}
	for k := comma + 1; k < to && k <= comma+3; k++ {
		if si.startsAt(catNegation, k) && !si.trap[k] {
			return k, true
		}
	}
	return 0, false
}

// contrastOpens: the negation at neg opens the phrase of the member at to: at most two words
// between, none a preposition ("not the adjacent Taamir district"; not "not far from Jufra").
func (ac *articleContext) contrastOpens(si *sentInfo, neg, to int) bool {
	if to-neg-1 > 2 {
		return false
	}
	fw := &ac.l.fw
	for k := neg + 1; k < to; k++ {
		w := si.tokText(k)
		if si.toks[k].punct || si.startsAt(catLocative, k) || fw.locatingPrepositions[w] || fw.departurePrepositions[w] || fw.objectPrepositions[w] {
			return false
		}
	}
	return true
}

// contrastAfterBreak: right after the list's last member (ending at end), past a comma, a clause
// break word ("but", "لكن") and a negation open a member that can be covered or left out ("...,
// but not the adjacent Taamir district"); that member.
func (ac *articleContext) contrastAfterBreak(si *sentInfo, end int) (mention, bool) {
	k := end
	if isComma(si.tokText(k)) {
		k++
	}
	if k >= len(si.toks) || si.toks[k].punct || !si.boundary[k] || !si.startsAt(catNegation, k+1) || si.trap[k+1] {
		return mention{}, false
	}
	for j := k + 2; j <= k+4 && j < len(si.toks); j++ {
		if m, ok := si.mentionAt(j); ok && m.start == j {
			if exclusionSubject(m) && ac.contrastOpens(si, k+1, j) {
				return m, true
			}
			return mention{}, false
		}
	}
	return mention{}, false
}

// splitAt splits ms (in text order) at the first member starting at from or later; from < 0
// splits nothing off.
func splitAt(ms []mention, from int) (before, after []mention) {
	if from < 0 {
		return ms, nil
	}
	for i, m := range ms {
		if m.start >= from {
			return ms[:i], ms[i:]
		}
	}
	return ms, nil
}
