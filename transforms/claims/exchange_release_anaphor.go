package claims

// releaseAntecedent: the slot of the captives a release of a pronoun h (lexicon object
// "anaphor": "their release", «الإفراج عنهم») points back at: the nearest captive noun of the
// topic before it in the sentence ("Detainees have not yet been exchanged, although OCHA
// understands the pact includes their release", «أما ملف المعتقلين، فقد أكد فريق الوساطة أن
// الإفراج عنهم جزء لا يتجزأ من الحزمة»), else the last in the sentence before ("Detained
// officials are a matter for the courts. Their release is not part of the ceasefire"); "" when
// none stands there: "their release" of people the reader cannot place names no slot.
func (ac *articleContext) releaseAntecedent(si *sentInfo, ref topicRef, h hit) string {
	slot, at := "", -1
	pick := func(s *sentInfo, before int) {
		for _, c := range ac.cuesOf(s, ref) {
			cue := ac.l.topicCue[c.idx]
			if cue.Slot == "" || c.start >= before || c.start <= at {
				continue
			}
			switch cue.Object {
			case "anaphor", "head", "with_action":
				continue // a release or a toll word is no captive noun
			}
			slot, at = cue.Slot, c.start
			if slot == "prisoners" && ac.describesHostages(s, ref, c) {
				slot = "hostages"
			}
		}
	}
	pick(si, h.start)
	if slot == "" && si.s.Index > 0 {
		pick(ac.infos[si.s.Index-1], 1<<30)
	}
	return slot
}
