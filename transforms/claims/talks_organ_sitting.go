package claims

import "strings"

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
	after := h.end
	for _, p := range bodies {
		if foldedTokensAt(si, after, p) || h.start-len(p) >= 0 && foldedTokensAt(si, h.start-len(p), p) {
			return true
		}
	}
	return false
}

// foldedTokensAt: the tokens of si from i are toks, letter case aside ("Parliament").
func foldedTokensAt(si *sentInfo, i int, toks []string) bool {
	if i < 0 || i+len(toks) > len(si.toks) {
		return false
	}
	for k, t := range toks {
		if !strings.EqualFold(si.tokText(i+k), t) {
			return false
		}
	}
	return true
}
