package claims

import "strings"

// mediatorBodySpeaking: who speaks in the sentence is a body the gazetteer casts as a mediator,
// or a person of that body, and the body's name as the sentence gives it carries a word of
// mediation ("South Sudan's mediation committee said", "the head of South Sudan's mediation
// committee said", "Gabriel Majak Thon, who chairs South Sudan's mediation committee, said",
// "A senior member of the sheikhs' mediation committee rejected"): the role word describes the
// speaker, and the description is the outlet's own (gold README, the role word describing the
// speaker; roleOnSpeaker and namesItsSpeaker read it where the role word stands apart from the
// name, as a cue; inside a name the matcher gives no cue). The member is the body as a set
// names it (its state when it speaks for one). A name that is only the role word ("the
// mediators", a body's context alias) names no body; a person's description does ("A senior
// member of the sheikhs' mediation committee", a context alias of that person). A name in what
// is said (after a complementizer or an opening quote, unless a verb of saying follows it)
// describes no speaker. Drafts from first on already naming the body for the
// outlet leave nothing to add; a coalition of mediators speaking names its members
// (listedCoalitions).
func (ac *articleContext) mediatorBodySpeaking(out []draft, first int, si *sentInfo) []draft {
	if len(ac.l.mediationWords) == 0 || len(si.attrs) == 0 {
		return out
	}
	for _, m := range si.ents {
		if m.context && m.e.Type != "person" || m.demonym || len(m.e.Members) > 0 || m.e.Role != "mediator" || !setMember(m) || m.end-m.start < 2 || !ac.mediationWordInName(si, m) {
			continue
		}
		if !ac.speaksInSentence(si, m) && !(ac.inSpeakerDescription(si, m.start) && ac.bodySpeaks(si, m)) {
			continue // "Gabriel Majak Thon, who chairs South Sudan's mediation committee, said"
		}
		if !ac.sayingIn(si, m.end, m.end+3) && (ac.complementizerIn(si, 0, m.start) || quoteBefore(si, m.start)) {
			continue // "the committee said that South Sudan's mediation committee ...": what is said
		}
		for _, d := range out[first:] {
			if d.topic == "ceasefire.mediators" && d.ownNaming {
				return out // "mediators Egypt, Qatar and the United States said": read (listedCoalitions, roleOnSpeaker)
			}
		}
		return append(out, draft{topic: "ceasefire.mediators", members: []string{ac.memberID(m)}, pos: m.start, rule: setRule("ceasefire.mediators"), ownNaming: true})
	}
	return out
}

// mediationWordInName: a token of the mention, in one of its matching forms, is a one-word cue of
// mediation.
func (ac *articleContext) mediationWordInName(si *sentInfo, m mention) bool {
	for k := m.start; k < m.end; k++ {
		for _, v := range si.toks[k].variants() {
			if ac.l.mediationWords[v] {
				return true
			}
		}
	}
	return false
}

// mediationCueWords: the one-word cues of ceasefire.mediators that name the role plainly (no
// special object, no wildcard), folded.
func mediationCueWords(cues []topicCue) map[string]bool {
	out := map[string]bool{}
	for _, c := range cues {
		if c.topic != "ceasefire.mediators" || c.Object != "" || strings.Contains(c.Cue.Cue, "*") || strings.Contains(strings.TrimSpace(c.Cue.Cue), " ") {
			continue
		}
		out[foldCue(c.Cue.Cue)] = true
	}
	return out
}

// quoteBefore: a quotation mark opens before pos in the sentence.
func quoteBefore(si *sentInfo, pos int) bool {
	for k := 0; k < pos && k < len(si.toks); k++ {
		if isQuote(si.tokText(k)) {
			return true
		}
	}
	return false
}

// bodySpeaks: one of the sentence's speakers is a person of the body m names.
func (ac *articleContext) bodySpeaks(si *sentInfo, m mention) bool {
	for _, sp := range ac.speakers[si.idx] {
		if sp != nil && sp.ID != m.e.ID && ac.bodyOf(sp).ID == m.e.ID {
			return true
		}
	}
	return false
}
