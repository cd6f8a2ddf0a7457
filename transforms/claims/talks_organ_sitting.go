package claims

// organSitting: the meeting noun at h is a state organ's own sitting: a legislature, cabinet or
// court (lexicon sitting_bodies) owns it, named right after it ("جلسة البرلمان", "اجتماع مجلس
// الوزراء") or right before it ("the parliament session", "a cabinet
// meeting"). Such a sitting is the organ's business, no meeting of the sides: it licenses no
// verb of convening as talks (settleTalksVerbs: "وتنعقد جلسة البرلمان في عدن") and is not
// promoted to talks by the place after it (promoteNamedMeetings). A committee's or a council's
// session ("جلسة المجلس المقبلة ستُعقد في الكفرة", a council of the tribes) stays a meeting.
func organSitting(l *language, si *sentInfo, h hit) bool {
	bodies := l.fw.sittingBodies
	if len(bodies) == 0 {
		return false
	}
	at := func(i int, p []string) bool { return i >= 0 && i+len(p) <= len(si.toks) && tokensAt(si, i, p) }
	for _, p := range bodies {
		if at(h.end, p) || at(h.start-len(p), p) {
			return true
		}
	}
	return false
}

// organSubject: a state organ (lexicon sitting_bodies) is named right before the verb of
// convening at h, its subject ("The cabinet met in Baghdad and approved the ceasefire
// agreement", "Parliament convened in Aden to approve the ceasefire"): the organ's own sitting,
// no talks of the sides, whatever the sentence says of the truce.
func organSubject(l *language, si *sentInfo, h hit) bool {
	for _, p := range l.fw.sittingBodies {
		if i := h.start - len(p); i >= 0 && tokensAt(si, i, p) {
			return true
		}
	}
	return false
}
