package claims

// topicAnswered: the sentence answers a short question about one topic of the truce, or follows
// a label naming it, as explainers and fact boxes write: "When does it start? Yaounde says 00:00
// on Sunday; the Amba boys say 6 a.m. Saturday", "How long? Ninety days, ...", "Start: midnight
// between Wednesday and Thursday, ...; the TTP says noon on Thursday", "Length: thirty days, say
// the mediators". The question right before it (at most 12 tokens) holds a cue of the topic
// (ref), or the sentence opens with such a cue and a colon. Its times (or spans) are then the
// truce's start (or length), though no cue stands near them. A second side's answer may follow
// the first's in a sentence of its own, opening with the side and its verb of saying ("When did
// it start? The government says midnight on Friday, Bunia time. CODECO says noon on Saturday"):
// it answers the question two sentences back when the sentence between is an account too.
func (ac *articleContext) topicAnswered(si *sentInfo, ref topicRef) bool {
	if !ac.ceasefire || questionSentence(si) {
		return false
	}
	if cs := ac.cuesOf(si, ref); len(cs) > 0 && cs[0].start == 0 && si.tokText(cs[0].end) == ":" {
		return true
	}
	if si.s.Index == 0 {
		return false
	}
	q := ac.infos[si.s.Index-1]
	if !questionSentence(q) && ac.secondAccountOpening(si) && si.s.Index >= 2 {
		// A second side's answer, the sentence after the first's: "When did it start? The
		// government says midnight on Friday. CODECO says noon on Saturday".
		if !q.has[catAttrVerb] {
			return false // the sentence between is itself an account
		}
		return ac.topicAnswered(q, ref) && questionSentence(ac.infos[si.s.Index-2])
	}
	if !questionSentence(q) || len(q.toks) > 8 {
		return false
	}
	asked := false
	for _, h := range ac.cuesOf(q, ref) {
		if v := ac.l.topicCue[h.idx].Value; v != "increment" && v != "deadline" && v != "end" && !negatedAt(q, h.start) {
			asked = true
		}
	}
	return asked && ac.bareTruceQuestion(q, ref)
}

// bareTruceQuestion: the question asks about the truce alone: past its first word (the question
// word) it holds only the topic's cues, the truce's nouns, a thing pronoun ("it"), auxiliaries,
// articles and punctuation ("When does it start?", "How long will the truce last?", «متى تبدأ
// الهدنة؟»), not another subject ("How long have you lived here?", "When did the fighting
// start?").
func (ac *articleContext) bareTruceQuestion(q *sentInfo, ref topicRef) bool {
	fw := &ac.l.fw
	cues, nouns := ac.cuesOf(q, ref), q.hitsOf(catCeasefire)
	for k := 1; k < len(q.toks); k++ {
		t := q.tokText(k)
		if onHit(cues, k) || onHit(nouns, k) || q.toks[k].punct || fw.thingPronouns[t] || fw.auxiliaries[t] == plainAux || fw.modalAuxiliaries[t] || fw.definiteArticles[t] {
			continue
		}
		return false
	}
	return true
}

// onHit: token k lies inside one of the hits.
func onHit(hs []hit, k int) bool {
	for _, h := range hs {
		if h.start <= k && k < h.end {
			return true
		}
	}
	return false
}

// secondAccountOpening: the sentence opens with a side's name and its verb of saying right
// after it ("CODECO says", "CODECO insists on").
func (ac *articleContext) secondAccountOpening(si *sentInfo) bool {
	m, ok := si.mentionAt(0)
	if !ok || m.start != 0 {
		if m, ok = si.mentionAt(1); !ok || m.start != 1 || !ac.l.fw.definiteArticles[si.tokText(0)] {
			return false
		}
	}
	h, ok := si.hitAt(catAttrVerb, m.end)
	return ok && h.start == m.end && ac.speakingMention(m)
}
