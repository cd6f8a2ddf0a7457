package claims

// roleOnSpeaker: a mediation cue and every member read from it stand inside the phrase that
// names who speaks, so the role word only describes the speaker ("وقال مصدر في الوساطة القطرية
// إن", "وأفاد مصدر في فريق الوساطة الكيني للوكالة بأن", "وقال رئيس لجنة الوساطة الشيخ مسعود سيف
// النصر، من أعيان أولاد سليمان، إن", "بحسب مصدر في الوساطة الأنغولية.", "according to a source
// in the Angolan mediation."): the description is the outlet's own, as namesItsSpeaker's "Saudi
// mediators said" is (gold README, the role word describing the speaker). The phrase is the
// subject after a verb of saying up to its complementizer (verb-first order), or the noun phrase
// after "according to"/بحسب up to the clause's end, with a word (the source) before the cue. A
// cue after the complementizer ("قال المصدر إن الوساطة القطرية ...") is what is said; a member
// outside the phrase ("قطر" in an earlier clause) is not described by it. A name before the cue
// is the speaker's head, and the cue then names what it does ("أعلن المجلس الاجتماعي لقبائل
// التبو قبوله مبادرة أعيان أولاد سليمان"): only a common head ("a source", "رئيس", "مصدر") takes
// the role word as its qualifier. Only mediators: the convention reads the mediation role.
func (ac *articleContext) roleOnSpeaker(si *sentInfo, h hit, topic string, ms []mention) bool {
	if topic != "ceasefire.mediators" || len(ms) == 0 {
		return false
	}
	from, to := ac.speakerPhraseAround(si, h)
	if from < 0 {
		return false
	}
	for _, m := range ms {
		if m.start < from || m.end > to {
			return false
		}
	}
	return true
}

// speakerPhraseAround returns the token span [from, to) of the speaker's phrase that holds the
// cue h (see roleOnSpeaker), or -1, -1.
func (ac *articleContext) speakerPhraseAround(si *sentInfo, h hit) (int, int) {
	const before, after = 5, 12 // words from the verb to the cue; from the cue to the complementizer
	if !ac.l.lex.Grammar.SubjectBeforeVerb {
		for _, v := range hitsStartingIn(si.hitsOf(catAttrVerb), h.start-before-3, h.start-1) {
			if v.end > h.start || h.start-v.end > before || punctIn(si, v.end, h.start) || ac.complementizerIn(si, v.end, h.start) || speakerNameIn(si, v.end, h.start) {
				continue
			}
			for j := h.end; j < len(si.toks) && j <= h.end+after; j++ {
				if si.tokIn(j, classComplementizer, ac.l.fw.complementizers) {
					return v.end, j
				}
				if t := si.tokText(j); si.toks[j].punct && !isComma(t) && !isQuote(t) || si.startsAt(catAttrVerb, j) {
					break
				}
			}
		}
	}
	for _, p := range hitsStartingIn(si.hitsOf(catAttrPrep), h.start-before-3, h.start-1) {
		if p.end >= h.start || h.start-p.end > before || punctIn(si, p.end, h.start) || speakerNameIn(si, p.end, h.start) {
			// The cue right after the preposition is its object ("عن وساطة قطرية": about it).
			continue
		}
		j := h.end
		for j < len(si.toks) && j <= h.end+after && !si.toks[j].punct {
			if si.tokIn(j, classComplementizer, ac.l.fw.complementizers) || si.startsAt(catAttrVerb, j) {
				return -1, -1
			}
			j++
		}
		if j == len(si.toks) || si.toks[j].punct {
			return p.end, j
		}
	}
	return -1, -1
}

// speakerNameIn: a mention of the sentence lies wholly in [from, to) that names the speaker's
// head; a demonym ("the Qatari mediation") and a generic source noun ("a source", "مصدر",
// "مسؤول") are no name of the speaker's own.
func speakerNameIn(si *sentInfo, from, to int) bool {
	for k := si.mentionsEndingBy(from); k < len(si.ents) && si.ents[k].start < to; k++ {
		if m := si.ents[k]; m.start >= from && m.end <= to && !m.demonym && m.e.Type != "source" {
			return true
		}
	}
	return false
}
