package claims

// truceIsTalksTopic: the truce or agreement noun nearest the time at pos is the topic of a talks
// noun before it, so the time is the talks' and not the truce's: "Talks on a Suwayda truce opened
// in Amman on Thursday", "talks on a suspension of operations in Manipur opened in New Delhi on
// Monday", "Talks on a comprehensive peace agreement are expected to open in Doha on August 10",
// "the next round, on prisoners and a permanent ceasefire, would open in Juba on May 12",
// «محادثات بشأن الهدنة تبدأ في عمّان الخميس». A topic preposition (lexicon topic_prepositions)
// follows the talks noun (or the comma after it), the noun lies at most six tokens past it, all
// before pos, within 14 tokens of the talks noun and one clause.
func (ac *articleContext) truceIsTalksTopic(si *sentInfo, pos int) bool {
	fw := &ac.l.fw
	for _, t := range si.hitsOf(catTalks) {
		if t.end >= pos || pos-t.end > 14 || si.boundaryIn(t.end, pos) {
			continue
		}
		k := t.end
		if isComma(si.tokText(k)) {
			k++
		}
		if !fw.topicPrepositions[si.tokText(k)] {
			continue
		}
		for _, c := range [...]category{catCeasefire, catAgreement} {
			for _, h := range si.hitsOf(c) {
				if h.start > k && h.start <= k+6 && h.end <= pos {
					return true
				}
			}
		}
	}
	return false
}
