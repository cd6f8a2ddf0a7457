package claims

import "strings"

// freeRelativeObject: an agreeing verb right after a free relative, bare or behind a clitic
// preposition ("سيلتزم بما وقّع عليه", "مما وُقّع في هافانا"), in an article about a truce: what
// was signed is the truce's text (shared convention), so the sentence needs no truce noun. Not
// negated, hedged, asked or made a condition.
func (ac *articleContext) freeRelativeObject(si *sentInfo, h hit) bool {
	if !ac.ceasefire || ac.l.topicCue[h.idx].Value != "agreed" || h.start == 0 || !ac.freeRelativeAt(si, h.start-1) {
		return false
	}
	if negatedAt(si, h.start) || deniedAt(si, h.start) || questionSentence(si) || ac.freeRelativeNamed(si, h.end) {
		return false
	}
	m, _ := ac.modalityCue(si, h.start)
	return m == "asserted"
}

// freeRelativeAt: token k is a free relative ("ما", "what"), or one behind a clitic preposition.
func (ac *articleContext) freeRelativeAt(si *sentInfo, k int) bool {
	fw := &ac.l.fw
	t := si.tokText(k)
	if fw.freeRelatives[t] {
		return true
	}
	for _, p := range fw.prepositionClitics {
		if r, ok := strings.CutPrefix(t, p); ok && fw.freeRelatives[r] {
			return true
		}
	}
	return false
}

// freeRelativeNamed: what the free relative stands for is named right after its verb, past a
// resumptive preposition ("عليه"): by an explicative preposition ("بما وقّعت عليه من اتفاقيات
// دولية") or a topic preposition ("بما اتُّفق عليه بشأن تبادل الأسرى"), with no truce or
// agreement noun right after it. That thing was signed or agreed, not the truce.
func (ac *articleContext) freeRelativeNamed(si *sentInfo, end int) bool {
	fw := &ac.l.fw
	k := end
	if k < len(si.toks) && !si.toks[k].punct && hasAnySuffix(si.tokText(k), fw.pronounSuffixes) && !fw.explicativePreps[si.tokText(k)] {
		k++ // "عليه"
	}
	if k+1 >= len(si.toks) || si.boundaryIn(end, k+1) {
		return false
	}
	if t := si.tokText(k); !fw.explicativePreps[t] && !fw.topicPrepositions[t] {
		return false
	}
	return !si.startsAt(catCeasefire, k+1) && !si.startsAt(catAgreement, k+1)
}
