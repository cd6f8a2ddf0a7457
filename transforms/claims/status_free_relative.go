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
	if negatedAt(si, h.start) || deniedAt(si, h.start) || questionSentence(si) {
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
