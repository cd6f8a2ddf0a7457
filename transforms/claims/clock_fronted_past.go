package claims

// A clock time fronted before the past start verb it dates, at the head of its sentence or
// clause: "وعند السادسة صباحاً دخلت الهدنة حيز التنفيذ", "At 6 a.m. the truce took effect". The
// dayless-clock reading (the last such hour before publication, clock.go) took a start cue only
// before the time. Not: a time in a clause of its own before a comma ("عند السادسة صباحاً، قالت
// مصادر إن الهدنة دخلت حيز التنفيذ"), a time in mid-sentence after another verb ("وتوقف القصف عند
// السادسة صباحاً ثم دخلت الهدنة حيز التنفيذ"), a start verb not in the past.

// frontedBeforePastStart: the clock time [i, end) opens its sentence or follows a comma, and a
// past start cue starts at most three tokens after it with no punctuation or boundary between (a
// live entry's time stamp is set off by a dash: "00:20 — The ceasefire took effect at midnight").
func (ac *articleContext) frontedBeforePastStart(si *sentInfo, i, end int) bool {
	if i > 0 && !isComma(si.tokText(i-1)) && !si.boundary[i-1] {
		return false
	}
	for _, h := range ac.cuesOf(si, refStartTime) {
		if h.start < end || h.start-end > 3 || punctIn(si, end, h.start) || si.boundaryIn(end, h.start) {
			continue
		}
		if (ac.pastStartCue(si, h) || ac.splitPastBefore(si, h)) && ac.startCueHolds(si, h) {
			return true
		}
	}
	return false
}
