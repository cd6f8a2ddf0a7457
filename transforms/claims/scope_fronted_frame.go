package claims

// frontedFrameModality: the sentence opens with a frame adjunct ending at the comma at comma (a
// lexicon frame preposition first, past a conjunction prefix: "Under the UN proposal,", «وبموجب
// المقترح الأممي،») holding a modality cue: the clause after the comma is told within that
// frame, a proposal's or an expected deal's, and takes its modality. Under a deal or an
// agreement (no modality cue) the clause stays asserted.
func (ac *articleContext) frontedFrameModality(si *sentInfo, comma int) (string, int, bool) {
	fw := &ac.l.fw
	if len(fw.framePrepositions) == 0 || comma < 2 || !fw.framePrepositions[fw.withoutConjunction(si.tokText(0))] {
		return "", -1, false
	}
	for k := 1; k < comma; k++ {
		if si.toks[k].punct {
			return "", -1, false // the frame is the first phrase, closed by this comma
		}
		if h, ok := si.hitAt(catModality, k); ok && !isTrapped(si, h) && !ac.l.modalityCall[h.idx] {
			return ac.l.modality[h.idx], k, true
		}
	}
	return "", -1, false
}
