package claims

// A span held by coordinated subjects is each one's account: "the government and Qatar give 90
// days, while the FNRT says 60 days" states the government's ninety days and Qatar's. The held
// span's rule (durations_held_span.go) names the subject nearest the verb; the names joined to it
// before, by a coordinator or a comma, each hold a copy (an echo: one claim per speaker). Only
// names that can speak, with nothing but the coordinator or comma between; a list broken by
// another word ("the government, backed by Qatar, gives 90 days") adds none.

// coAgentCopies: copies of the held span d (read at ne) for each side coordinated with its
// subject.
func (ac *articleContext) coAgentCopies(si *sentInfo, d draft, ne numExpr) []draft {
	verb, agent := ac.spanSayerBefore(si, ne.start, ac.spanEnd(si, ne))
	if agent == "" || agent != d.agent {
		return nil
	}
	var out []draft
	for _, id := range ac.coSubjectsBefore(si, verb) {
		if id == d.agent {
			continue
		}
		c := d
		c.agent, c.echo = id, true
		out = append(out, c)
	}
	return out
}

// coSubjectsBefore: the ids of the names coordinated before the subject of the verb at pos (the
// name right before it, past at most two auxiliaries or adverbs), nearest first.
func (ac *articleContext) coSubjectsBefore(si *sentInfo, pos int) []string {
	fw := &ac.l.fw
	m, ok := ac.subjectMentionBefore(si, pos)
	if !ok {
		return nil
	}
	var out []string
	for m.start >= 2 {
		c := si.tokText(m.start - 1)
		if !fw.coordinators[c] && !isComma(c) {
			break
		}
		p, ok := si.mentionEndingAt(m.start - 1)
		if !ok || !ac.speakingMention(p) {
			break
		}
		if id := ac.ownerID(si, p); id != "" {
			out = append(out, id)
		}
		m = p
	}
	return out
}
