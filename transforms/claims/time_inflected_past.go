package claims

import "strings"

// A start cue the lexicon lists untensed ("stop firing", "cease fire") also matches its
// regular past ("stopped firing"), since the matcher strips the inflection. Listing the past
// form as written would keep it from the matcher's own repairs everywhere ("stopped" listed
// stops the doubling repair, so "stopped attacking" no longer reads as the ceasefire noun
// "stop attacking"). inflectedPast reads the tense from the word as written instead: a past
// (participle) suffix the cue's own word lacks makes the hit a past start, as a cue listed
// with value "past" is ("his men only stopped firing at 6 a.m." is the last such hour, as
// "ceased firing at 6 a.m." is). No word list of its own: the suffixes are the lexicon's
// participle suffixes.

// untensedCueWords lists, for each topic cue, its folded words when the cue is an untensed
// verb phrase whose tense the written word may tell (no value, not a preposition, no stem
// match), nil otherwise. Computed once, when the language is built (language.untensedWords).
func untensedCueWords(cues []topicCue) [][]string {
	out := make([][]string, len(cues))
	for i, c := range cues {
		if c.Value != "" || c.Object == "time" || strings.Contains(c.Cue.Cue, "*") {
			continue
		}
		out[i] = strings.Fields(foldCue(c.Cue.Cue))
	}
	return out
}

// inflectedPast: the untensed cue h is written in the past: one of its tokens carries a
// participle suffix ("-ed") that the cue's word at that place does not ("stopped" for "stop").
// Where the lexicon lists the past form itself over the same words ("started" beside "start"),
// that cue is the past reading and its own guards decide; h stays as listed.
func (ac *articleContext) inflectedPast(si *sentInfo, h hit) bool {
	words := ac.l.untensedWords[h.idx]
	if len(words) == 0 || h.end-h.start != len(words) {
		return false
	}
	for k, w := range words {
		t := si.tokText(h.start + k)
		if t != w && hasAnySuffix(t, ac.l.fw.participleSuffixes) && !hasAnySuffix(w, ac.l.fw.participleSuffixes) {
			// Only now the scan of the sentence's cues: most hits are written as listed.
			return !ac.listedPastOver(si, h)
		}
	}
	return false
}

// listedPastOver: a cue of h's topic listed in the past (value "past") covers h's words.
func (ac *articleContext) listedPastOver(si *sentInfo, h hit) bool {
	topic := ac.l.topicCue[h.idx].topic
	for _, c := range si.hitsOf(catTopicCue) {
		if tc := ac.l.topicCue[c.idx]; tc.Value == "past" && tc.topic == topic && c.start <= h.start && c.end >= h.end {
			return true
		}
	}
	return false
}

// pastStartCue: the start cue h tells a start that has happened: listed in the past (value
// "past": began, took effect, منذ) or an untensed cue written in the past (inflectedPast).
// Not when its first word as written carries the future prefix: the matcher strips the prefix
// as a clitic, so "ستوقف إطلاق النار" (will stop firing) matches the past cue "توقف اطلاق النار"
// (futureWrittenCue).
func (ac *articleContext) pastStartCue(si *sentInfo, h hit) bool {
	return (ac.l.topicCue[h.idx].Value == "past" || ac.inflectedPast(si, h)) && !ac.futureWrittenCue(si, h)
}

// futureWrittenCue: the first word of hit h, as written and without its conjunction, is an
// imperfect verb with the future prefix ("ستوقف", "وسيتوقف"): the cue is told in the future
// whatever tense the lexicon lists it in ("وأوضح البيان أن قوات الجبهة ستوقف إطلاق النار في
// السادسة من صباح السبت", agadez ag_013, read as last Saturday's).
func (ac *articleContext) futureWrittenCue(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	return len(fw.futurePrefixes) > 0 && h.start < h.end && fw.futureVerb(fw.withoutConjunction(si.tokText(h.start)))
}
