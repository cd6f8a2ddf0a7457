package claims

// A relative denial after a term ("وهو ما ترفضه بيروت", "which the SDF denies") is the other
// side's account of it, and that side is the denial verb's own subject: the name right after
// the verb when it comes first («وهو ما رفضته ياوندي جملة وتفصيلاً», «وهو ما ترفضه يريفان التي
// تؤكد ...»: Yaounde's, Yerevan's), else the name right before it, past at most two auxiliaries
// or adverbs ("which the SDF denies", "which Beirut rejects", "a claim the military flatly
// denied"). The sentence's own speaker, who states the term, does not deny it: without a name
// of its own the denial stays with the speaker lookup (relativeDenialAfter's other shapes name
// theirs themselves).

// relativeDenier: the id of the side named as the subject of the relative denial verb at d
// ("ما ترفضه بيروت", "which the SDF denies"); a capital stands for its state. "" when the verb
// at d is no relative denial or names nobody.
func (ac *articleContext) relativeDenier(si *sentInfo, d int) string {
	h, ok := si.hitAt(catDenial, d)
	if !ok || !ac.relativeBeforeDenial(si, -1, d) {
		return ""
	}
	if m, ok := si.mentionAt(h.end); ok && m.start == h.end {
		if id := ac.sideNamed(si, m); id != "" {
			return id // verb first: «ما ترفضه بيروت»
		}
	}
	return ac.rivalSubjectBefore(si, d)
}

// relativeBeforeDenial: a relative word (lexicon relative_denial_links) after pos ties the
// denial verb at d to what came before: at most two words before the verb («وهو ما ترفضه»,
// "which Beirut rejects"), or before the verb's subject ("which the SDF denies").
func (ac *articleContext) relativeBeforeDenial(si *sentInfo, pos, d int) bool {
	links := ac.l.fw.relativeDenialLinks
	for k := d - 1; k >= d-2 && k > pos; k-- {
		if links[si.tokText(k)] {
			return true
		}
	}
	m, ok := ac.subjectMentionBefore(si, d)
	if !ok {
		return false
	}
	k := m.start - 1
	if k > pos && ac.l.fw.definiteArticles[si.tokText(k)] {
		k--
	}
	return k > pos && links[si.tokText(k)]
}

// sideNamed: the id of the side a mention names: a capital stands for its state; a place, a
// people or an outlet names no side. "" when none.
func (ac *articleContext) sideNamed(si *sentInfo, m mention) string {
	if m.e.Type == "city" && m.e.SpeaksFor != "" && !m.place && !m.demonym {
		return m.e.SpeaksFor
	}
	if !ac.speakingMention(m) {
		return ""
	}
	return ac.ownerID(si, m)
}
