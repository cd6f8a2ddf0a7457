package claims

// A release told and then, later in the same account, placed outside the deal by a negated
// predicate whose subject refers back to it: "ready to free a number of prisoners as a goodwill
// gesture, he said, "but that is outside the ceasefire"", "suggested the detainees could be freed
// "as a gesture" ..., but said that was not part of the deal", "the colonel was freed on the
// prosecutor's orders, in a decision it says is unrelated to the truce", «أفرجت الأجهزة الأمنية
// عن ستة ... في خطوة وصفها مصدر أمني بأنها «قرار قضائي لا علاقة له بالتهدئة»». The predicate is
// too far from the cue for negatedAfter, and past commas and "but"; the referring subject ties it
// to the provision. Another account (a named speaker's verb of saying between) is the contrasted
// denial's (provisions_contrasted_denial.go); another term's cue between is that term's subject.

// referringNegationAfter: a negated predicate after the cue h, in the sentence, whose subject
// refers back (referringSubjectBefore), with no other term's cue and no named speaker's verb of
// saying between h and it, and whose object is no other thing than the truce.
func (ac *articleContext) referringNegationAfter(si *sentInfo, h hit) bool {
	for _, p := range si.hitsOf(catNegPredicate) {
		if p.start < h.end || si.trap[p.start] || negatedPredicateOfOther(&ac.l.fw, si, p.start) {
			continue
		}
		if !ac.referringSubjectBefore(si, p.start) {
			continue
		}
		// Another term's cue between h and the predicate is the predicate's subject, and one in
		// the four words after it its object ("تبادل الجثث جزء من التفاهم، غير أنه لا يشمل
		// الرهائن": the provision has its own predicate before, the negated one another term):
		// one range covers both.
		return !ac.otherTermCueIn(si, h, p.end+4) && !ac.namedSayingIn(si, h.end, p.start) &&
			len(hitsStartingIn(si.hitsOf(catInclusion), h.end, p.start-1)) == 0
	}
	return false
}

// referringSubjectBefore: the negated predicate at p has a subject that refers back: a
// demonstrative or a thing pronoun at most three words before it, past copulas, auxiliaries,
// quotes and a verb of saying ("that is outside", "that was not part of", "it says is unrelated
// to"), or a complementizer carrying a pronoun at most two words before it ("بأنها «قرار قضائي
// لا علاقة له»": described it as a decision unrelated to the truce).
func (ac *articleContext) referringSubjectBefore(si *sentInfo, p int) bool {
	fw := &ac.l.fw
	words := 0
	for k := p - 1; k >= 0 && words <= 3; k-- {
		t := si.tokText(k)
		switch {
		case isQuote(si.toks[k].text):
			continue
		case si.toks[k].punct:
			return false
		case fw.demonstratives[t] || fw.thingPronouns[t]:
			return true
		case fw.complementizerWithPronoun(fw.withoutConjunction(t)):
			return words <= 2
		}
		words++
		if fw.copulas[t] || fw.auxiliaries[t] != 0 || fw.modalAuxiliaries[t] || fw.perfectAuxiliaries[t] || si.startsAt(catAttrVerb, k) {
			continue
		}
		if words > 2 {
			return false
		}
	}
	return false
}

// otherTermCueIn: a cue of a term (withdrawal, exchange, humanitarian access, retained rights)
// other than h's own slot starts between h and p: the negated predicate may be that term's (or,
// with p past the predicate, is its object).
func (ac *articleContext) otherTermCueIn(si *sentInfo, h hit, p int) bool {
	slot := ac.l.topicCue[h.idx].Slot
	for _, ref := range [...]topicRef{refWithdrawal, refExchange, refHumanitarian, refRetainedRights} {
		for _, c := range ac.cuesOf(si, ref) {
			if c.start >= h.end && c.start < p && (ref != refExchange || ac.l.topicCue[c.idx].Slot != slot) {
				return true
			}
		}
	}
	return false
}

// namedSayingIn: a verb of saying with a named mention right before or right after it starts in
// [from, to): another account ("but Israel says that is not part of the deal", «فيما يصرّ
// الحوثيون على أن هذا البند ليس جزءاً»). An unnamed source («وصفها مصدر أمني بأنها ...») may
// describe the same deed in the same report.
func (ac *articleContext) namedSayingIn(si *sentInfo, from, to int) bool {
	for _, a := range hitsStartingIn(si.hitsOf(catAttrVerb), from, to-1) {
		if m, ok := si.mentionEndingAt(a.start); ok && m.start >= from && namedVoice(m) {
			return true
		}
		if m, ok := si.mentionAt(a.end); ok && a.end < to && namedVoice(m) {
			return true
		}
	}
	return false
}

// namedVoice: the mention names who speaks, not the unnamed sources ("a security source").
func namedVoice(m mention) bool { return m.e.ID != "sources" }
