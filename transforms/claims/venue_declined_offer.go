package claims

// declinedHostOffer: the hosting verb at pos is the object of an offer (lexicon offer_verbs:
// "offered to host", "عرضت استضافة", "وعرضت" with the conjunction glued on, at most two words
// before it) and a clause break or a refusal (refusalAfter) follows it in the sentence ("..., but the government preferred
// Khartoum", "غير أن حكومة الولاية فضّلت عقده في سواكن"): an offer turned down names no venue and
// no host (the shared convention).
func (ac *articleContext) declinedHostOffer(si *sentInfo, pos int) bool {
	offered := false
	for k := pos - 1; k >= 0 && k >= pos-2 && !si.toks[k].punct; k-- {
		if t := si.tokText(k); ac.l.fw.offerVerbs[t] || ac.l.fw.offerVerbs[ac.l.fw.withoutConjunction(t)] { // "وعرضت"
			offered = true
			break
		}
	}
	if !offered {
		return false
	}
	for _, b := range si.hitsOf(catClauseBreak) {
		if b.start > pos {
			return true
		}
	}
	return ac.refusalAfter(si, pos) >= 0
}

// refusalAfter: where a word turning the offer down (lexicon offer_refusals: "was politely
// declined", "رفضه الطرفان") stands after pos in the sentence, or -1.
func (ac *articleContext) refusalAfter(si *sentInfo, pos int) int {
	fw := &ac.l.fw
	for k := pos + 1; k < len(si.toks); k++ {
		if t := si.tokText(k); fw.offerRefusals[t] || fw.offerRefusals[fw.withoutConjunction(t)] {
			return k
		}
	}
	return -1
}

// offeredTalksUntil: the talks noun at pos is the object of a turned-down offer to host (a
// hosting cue at most five tokens before it, in its clause, that declinedHostOffer reads); it
// returns where the clause that turns the offer down begins, or -1. "offered to host the next
// round of talks in Doha, but the government preferred Nairobi" places no talks in Doha; a place
// after the break ("غير أن حكومة الولاية فضّلت عقده في سواكن") is the one preferred.
func (ac *articleContext) offeredTalksUntil(si *sentInfo, pos int) int {
	for _, c := range ac.cuesOf(si, refTalksVenue) {
		if ac.l.topicCue[c.idx].Object == "host" && c.end <= pos && pos-c.end <= 5 && !punctIn(si, c.end, pos) && ac.declinedHostOffer(si, c.start) {
			for _, b := range si.hitsOf(catClauseBreak) {
				if b.start > pos {
					return b.start
				}
			}
			if k := ac.refusalAfter(si, pos); k >= 0 {
				return k // "an offer to host a follow-up round in Nairobi was politely declined"
			}
		}
	}
	return -1
}
