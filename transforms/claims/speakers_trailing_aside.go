package claims

import "github.com/tanaqud/tanaqud/schemas"

// A sentence whose last attribution is a preposition of source after its main speaker ("قال
// الشيخ X إن ...، بحسب وكالة الواحات للأنباء", "أكد الوزير X أن «...»، رداً على ما أعلنته
// دمشق", "X said ..., according to Reuters") names in that aside who relays the words, or whose
// words are answered: the next sentence that goes on with no subject of its own («وأوضح أن»,
// "He added") continues the main speaker, not the aside's.

//
// Only an aside that names its source does: "، بحسب قوله،" (according to his words) points back
// at the one quoted before, who goes on. "وفق الدبلوماسي نفسه" (the same diplomat) opening the
// next sentence takes up the aside's source, not the main speaker.

// trailingAsideSpeaker: the main speaker to carry over when the sentence's last attribution is
// such an aside (a preposition of source after another attribution, set off by a comma right
// before it or before the word that opens it, naming someone else); nil otherwise. Without the
// comma the preposition names the source a report is taken from ("نقل موقع الثبات عن مصدر في
// الهيئة أن ...": the source speaks, and goes on in «وأضاف المصدر»).
func (ac *articleContext) trailingAsideSpeaker(si *sentInfo, resolved []*schemas.Entity) *schemas.Entity {
	attrs := si.attrs
	n := len(attrs)
	if n < 2 || !attrs[n-1].prep || attrs[n-2].prep || !entityVoice(attrs[n-1].speaker) {
		return nil
	}
	if p := attrs[n-1].pos; !(p >= 1 && isComma(si.tokText(p-1)) || p >= 2 && isComma(si.tokText(p-2))) {
		return nil
	}
	main, aside := resolved[n-2], resolved[n-1]
	if main == nil || aside == nil || main == aside || !entityVoice(main) {
		return nil
	}
	return main
}

// entityVoice: the attribution's speaker is an entity, not a marker of a voice to resolve.
func entityVoice(e *schemas.Entity) bool {
	switch e {
	case nil, outletVoice, earlierVoice, personPronoun, thingPronoun, resumeVoice:
		return false
	}
	return true
}

// sameWordAfter: a same-word ("نفسه", "same") follows the preposition of source at pos within
// three words ("وفق الدبلوماسي نفسه", "according to the same source").
func (ac *articleContext) sameWordAfter(si *sentInfo, pos int) bool {
	for k := pos + 1; k <= pos+3 && k < len(si.toks); k++ {
		if ac.l.fw.sameWords[si.tokText(k)] {
			return true
		}
	}
	return false
}
