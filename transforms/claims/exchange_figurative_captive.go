package claims

// figurativeCaptive: the captive noun h (a hostages cue, one word as the lexicon lists it:
// "hostage", "رهينة") is said of the truce or the deal, a figure: "the truce is being held
// hostage by politics", "هدنة أبيي رهينة الخرطوم وجوبا", "الهدنة باتت رهينة للحسابات
// السياسية". The truce or deal noun ends at most three words before it, with only a name, a
// copula or auxiliary, a holding verb, or one other word that is no cue (a linking verb: باتت,
// remains) between. A number or article before the noun ("سبعة عشر رهينة", "a hostage") or a
// plural ("the hostages") is people held.
func (ac *articleContext) figurativeCaptive(si *sentInfo, h hit) bool {
	if h.end-h.start != 1 || !h.exact || ac.l.topicCue[h.idx].Slot != "hostages" || h.start == 0 {
		return false
	}
	fw := &ac.l.fw
	if prev := si.toks[h.start-1]; prev.number || fw.indefiniteArticles[prev.text] || fw.definiteArticles[prev.text] {
		return false
	}
	noun := -1
	for _, c := range [...]category{catCeasefire, catAgreement} {
		for _, n := range hitsStartingIn(si.hitsOf(c), h.start-3-ac.l.longest, h.start-1) {
			if n.end <= h.start && n.end >= h.start-3 && n.end > noun {
				noun = n.end
			}
		}
	}
	if noun < 0 {
		return false
	}
	others := 0 // words between that are neither names nor copulas, auxiliaries or holding verbs
	for k := noun; k < h.start; k++ {
		if m, ok := si.mentionAt(k); ok {
			k = m.end - 1
			continue
		}
		t := si.tokText(k)
		switch {
		case si.toks[k].punct || si.toks[k].number:
			return false
		case fw.copulas[t] || fw.auxiliaries[t] != 0 || fw.perfectAuxiliaries[t] || ac.holdingVerbAt(si, k):
		case si.starts[k] != 0:
			return false // a cue ("includes", "release of", a preposition's phrase): a term, not a figure
		default:
			others++
		}
	}
	return others <= 1
}
