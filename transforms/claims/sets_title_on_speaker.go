package claims

import "unicode"

// A role noun that titles the speaker ("Malaysia's peace facilitator Tan Sri Zulkifli Hamzah
// said", "Malaysian mediator Zulkifli Hamzah said", «قال الميسّر الماليزي داتوك قمر الدين يوسف إن»,
// «أعلن ميسّر الحوار الماليزي ...»): the outlet names who speaks and what he is, a mediators claim
// of the body in the outlet's voice (gold README, the role word describing the speaker, stop 27),
// whatever the speaker then says. namesItsSpeaker read only a cue that is itself the subject of
// the verb of saying with its member right beside it ("Saudi mediators said", «قال الوسيط
// الماليزي»). This file adds the cue followed by the speaker's name (English: the name, then the
// verb), a possessor state before a modifier or two ("Malaysia's peace facilitator", "Qatar's
// chief mediator"), and lets a facilitator word (lexicon object "named_truce": "facilitator",
// «الميسّر», which workshops and courts use too) title the speaker in a ceasefire article whose
// sentence does not name the truce: what the speaker says is then talks or terms, his title
// still the outlet's. Witnesses: pattani pt_001, pt_002, pt_029, pt_036, mindanao mn_020.

// roleTitlesSpeaker: the cue h heads the phrase naming who speaks: it is itself the speaker's
// mention (a verb of saying right after it, or right before it in verb-first order), or a
// person's name follows it right away and that name is the speaker's.
func (ac *articleContext) roleTitlesSpeaker(si *sentInfo, h hit) bool {
	cue := mention{start: h.start, end: h.end}
	if m, ok := si.mentionAt(h.start); ok {
		cue = m
	}
	// The cue's own qualifier ("الميسّر الماليزي", "ميسّر الحوار الماليزي") stands between it
	// and the name in verb-first order; a demonym is no speaker's name.
	end := cue.end
	for end < len(si.toks) {
		m, ok := si.mentionAt(end)
		if !ok || !m.demonym {
			break
		}
		end = m.end
	}
	subjectFirst := ac.l.lex.Grammar.SubjectBeforeVerb
	if isSpeakerMention(si, cue, subjectFirst, ac.l.longest) {
		return true
	}
	m, ok := si.mentionAt(end)
	if !ok || m.start != end || m.e.Type != "person" {
		return false
	}
	return subjectFirst && isSpeakerMention(si, m, true, ac.l.longest)
}

// possessorBeforeCue: m owns a noun phrase that ends in the cue h, with at most two lower-case
// modifiers between ("Malaysia's peace facilitator", "Qatar's chief mediator").
func (ac *articleContext) possessorBeforeCue(si *sentInfo, m mention, h hit) bool {
	if !ac.l.lex.Grammar.SubjectBeforeVerb || m.end > h.start || !ac.possessor(si, m) {
		return false
	}
	from := m.end
	if from < h.start && si.tokText(from) != "" && !hasAnySuffix(si.tokText(m.end-1), ac.l.fw.possessives) {
		from++ // the possessive marker as its own token
	}
	if h.start-from > 2 {
		return false
	}
	for i := from; i < h.start; i++ {
		t := si.tokText(i)
		if si.toks[i].punct || t == "" || !unicode.IsLower([]rune(t)[0]) {
			return false
		}
		if _, ok := si.mentionAt(i); ok {
			return false
		}
	}
	return true
}
