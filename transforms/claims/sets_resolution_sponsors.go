package claims

// resolutionSponsored: the sponsorship cue at h sponsors a text put to a vote, not the truce
// ("a resolution co-sponsored by France backing the truce", "Britain, which sponsored the
// Security Council resolution", "قرار مجلس الأمن الذي رعته فرنسا"): a lexicon resolution word
// within five tokens of the cue in its clause, with no truce or deal noun between them (that
// noun would be what is sponsored: "قرار الهدنة الذي رعته مصر"). A draft cue ("Britain
// circulated a draft") is the resolution's own draft when its clause names a vote or a
// resolution.
func (ac *articleContext) resolutionSponsored(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	if len(fw.resolutionWords) == 0 {
		return false
	}
	from, to := max(clauseStart(si, h.start), h.start-5), min(clauseEnd(si, h.end), h.end+5)
	if fw.draftWords[si.tokText(h.start)] {
		from, to = clauseStart(si, h.start), clauseEnd(si, h.end)
	}
	for k := from; k < to && k < len(si.toks); k++ {
		if k >= h.start && k < h.end {
			continue
		}
		if !ac.resolutionWordAt(si, k) {
			continue
		}
		a, b := k+1, h.start
		if k >= h.end {
			a, b = h.end, k
		}
		if !ac.truceNounIn(si, a, b) && !si.boundaryIn(min(a, b), max(a, b)) {
			return true
		}
	}
	return false
}

// resolutionWordAt: a resolution word, alone or of two words ("مشروع قرار"), starts at k.
func (ac *articleContext) resolutionWordAt(si *sentInfo, k int) bool {
	fw := &ac.l.fw
	if tw := si.toks[k].w; tw != nil && tw.classes&classResolutionStart == 0 {
		return false // neither the word nor the word past its conjunction starts one
	}
	w := fw.withoutConjunction(si.tokText(k))
	return fw.resolutionWords[si.tokText(k)] || fw.resolutionWords[w] || k+1 < len(si.toks) && fw.resolutionWords[w+" "+si.tokText(k+1)]
}

// truceNounIn: a ceasefire or agreement noun starts in [from, to).
func (ac *articleContext) truceNounIn(si *sentInfo, from, to int) bool {
	for _, n := range si.nouns {
		if n.start >= from && n.start < to && (n.cat == catCeasefire || n.cat == catAgreement) {
			return true
		}
	}
	return false
}
