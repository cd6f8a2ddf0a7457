package claims

// invitedToTalks: an inviting verb (lexicon object "inviter": invited, وجّه دعوة) with a talks
// or meeting noun after it in its clause ("invited both governments to talks in Kuala Lumpur",
// "has invited the factions to a national dialogue session", «وجّه دعوة إلى الحكومة والحوثيين
// لعقد مشاورات»): its subject convenes the talks. A passive agent right after it ("invited by",
// its own cue) and an invitation to anything else ("invited both sides to sign", "invited
// reporters to the ceremony", "to a briefing on the talks") convene nothing; nor does a
// passive ("Hamas was invited to talks"), whose subject is the invited.
func (ac *articleContext) invitedToTalks(si *sentInfo, h hit) bool {
	if ac.passiveAgentWord(si, h.end) {
		return false
	}
	for k := h.start - 1; k >= 0 && k >= h.start-2; k-- {
		if ac.l.fw.copulas[si.tokText(k)] {
			return false // "Hamas was invited to talks": the subject is the invited
		}
	}
	end := min(clauseEnd(si, h.end), h.end+10)
	for _, c := range [...]category{catTalks, catMeeting} {
		for _, t := range hitsStartingIn(si.hitsOf(c), h.end, end-1) {
			if !ac.topicOfAnotherNoun(si, t.start) {
				return true
			}
		}
	}
	return false
}

// topicOfAnotherNoun: a topic preposition (lexicon topic_prepositions: on, about; حول, بشأن)
// ends right before pos, maybe past an article: the talks at pos are what another noun is about
// ("invited reporters to a briefing on the talks"), not where the invited are asked.
func (ac *articleContext) topicOfAnotherNoun(si *sentInfo, pos int) bool {
	p := pos - 1
	if p >= 0 && ac.l.fw.definiteArticles[si.tokText(p)] {
		p--
	}
	return p >= 0 && ac.l.fw.topicPrepositions[si.tokText(p)]
}

// inviterSubject: the names before an inviting verb that are its subject, the nearest group in
// the sentence, past the sides a coordinated verb named after "between" ("Saudi Arabia proposed
// a ceasefire between Lebanon and Syria and invited their ministers to talks": Saudi Arabia).
func (ac *articleContext) inviterSubject(si *sentInfo, h hit, member func(mention) bool) []mention {
	return nearestGroup(collectBackward(si, h.start, 30, func(m mention) bool {
		return member(m) && !ac.inBetweenList(si, m.start)
	}))
}

// inBetweenList: a "between" word opens the list the name at pos stands in, within three words
// before it and no punctuation ("between Lebanon and Syria").
func (ac *articleContext) inBetweenList(si *sentInfo, pos int) bool {
	for k := pos - 1; k >= 0 && k >= pos-4; k-- {
		if si.toks[k].punct {
			return false
		}
		if si.tokIn(k, classBetween, ac.l.fw.between) {
			return true
		}
	}
	return false
}
