package claims

// answeredCoverage: an explainer asks what the truce covers ("What does the Tishrin truce
// cover?", "What does it cover?", «ماذا تشمل الهدنة؟») and answers in the next sentence with
// no verb of its own ("According to the SDF, the dam itself and the Kobani front.", "The eastern
// districts of Tripoli, from Souq al-Juma to Ain Zara, according to the council's text."). The
// answer is the question's object: each place or group it names is what the question's cue says
// of it (covered; left out when the cue is an exclusion or the question is negated: "What does
// it not cover?"), and a place of the country in it places the truce (partial scope). Not
// answers: a question that names its own object ("Does it cover Kobani?"), an answer with a
// cue or verb of saying of its own, a report of fighting, the place an answer's areas are of
// ("six districts of Sofala") or that locates them ("around the mountains"), and whoever the
// answer is attributed to ("according to the SDF").
func (ac *articleContext) answeredCoverage(out []draft, si *sentInfo) []draft {
	if !ac.ceasefire || si.s.Index == 0 || questionSentence(si) || len(si.ents) == 0 || len(si.toks) > 40 {
		return out
	}
	if si.has[catInclusion] || si.has[catExclusion] || si.has[catAttrVerb] || ac.fightingInSentence(si) {
		return out
	}
	q := ac.infos[si.s.Index-1]
	if !questionSentence(q) {
		return out
	}
	h, ok := ac.coverageQuestion(q)
	if !ok {
		return out
	}
	excluded := (h.cat == catExclusion) != negatedAt(q, h.start)
	var warCache warCountries
	var subs []mention
	placed := false
	dropped := -1 // the end of the last mention dropped as a container or a landmark
	for _, m := range si.ents {
		if m.start > 12 && len(subs) == 0 && dropped < 0 {
			break // the answer names what is covered first
		}
		if !exclusionSubject(m) || ac.attributedTo(si, m) { // sets.go
			continue
		}
		place := m.e.Type == "city" || m.e.Type == "region"
		if place && !warCache.of(ac, m.e.Country) || ac.landmarkPlace(si, m) {
			continue
		}
		// "six districts of Sofala and Manica around the mountains": the place the counted
		// areas are of, the place that locates them, and the names coordinated with either
		// (past a comma a new member starts: "..., and the EN1 and EN6 highways").
		if ac.containerOrLocator(si, m) || dropped >= 0 && ac.coordinatorOnly(si, dropped, m.start) {
			dropped = m.end
			placed = placed || ac.subnational(si, m)
			continue
		}
		dropped = -1
		placed = placed || ac.subnational(si, m)
		subs = append(subs, m)
	}
	if len(subs) == 0 {
		return out
	}
	v := "not_excluded"
	if excluded {
		v = "excluded"
	}
	for _, m := range subs {
		out = append(out, draft{topic: "ceasefire.exclusions", subject: m.e.ID, value: v, pos: subs[0].start, rule: "exclusion.answered_question"})
	}
	if placed && !excluded {
		out = append(out, draft{topic: "ceasefire.scope", value: "partial", pos: subs[0].start, rule: "scope.answered_question"})
	}
	return out
}

// coverageQuestion: the question q holds a coverage cue whose object is what is asked (no name
// follows it), about the truce: named in the question, or a pronoun standing for it ("What does
// it cover?"); not another noun's ("What does the curfew cover?"), nor an earlier truce's (a year
// before the article's: "What did the 2024 truce cover?", «ماذا شملت هدنة عام 2024؟»).
func (ac *articleContext) coverageQuestion(q *sentInfo) (hit, bool) {
	if ac.earlierYear(q) {
		return hit{}, false // "What did the 2024 truce cover?": an earlier truce's coverage
	}
	for _, h := range ac.coverageCues(q) {
		if isTrapped(q, h) || deniedAt(q, h.start) || q.firstMentionFrom(h.end) < len(q.ents) {
			continue // "Does the truce cover Kobani?": the question names its object
		}
		if q.has[catCeasefire] || q.has[catAgreement] || ac.pronounBefore(q, h.start) {
			return h, true
		}
	}
	return hit{}, false
}

// pronounBefore: a subject or object pronoun stands before pos ("What does it cover?").
func (ac *articleContext) pronounBefore(si *sentInfo, pos int) bool {
	for k := 0; k < pos; k++ {
		if t := si.tokText(k); ac.l.fw.objectPronouns[t] || ac.l.fw.subjectPronouns[t] {
			return true
		}
	}
	return false
}

// containerOrLocator: m follows, past an article, a locative or locating preposition ("around
// the Gorongosa mountains", «في ولايتي سوفالا») or an "of" right after a common noun ("six
// districts of Sofala", "the eastern districts of Tripoli"): it is the place the answer's areas
// are in or of, not one of them. After a comma the preposition opens a list of its own ("...,
// from Souq al-Juma to Ain Zara").
func (ac *articleContext) containerOrLocator(si *sentInfo, m mention) bool {
	lp := m.start - 1
	if ac.l.fw.definiteArticles[si.tokText(lp)] {
		lp--
	}
	if lp < 0 {
		return false
	}
	t := si.tokText(lp)
	if si.startsAt(catLocative, lp) || ac.l.fw.locatingPrepositions[t] || ac.l.fw.truceLocatives[t] {
		return true
	}
	if !ac.l.fw.departurePrepositions[t] {
		return false
	}
	_, named := si.mentionAt(lp - 1)
	return lp > 0 && !si.toks[lp-1].punct && !named
}

// coordinatorOnly: only coordinators and articles stand between from and to ("Sofala and
// Manica"); a comma ends the phrase ("the Gorongosa mountains, and the EN1 highway").
func (ac *articleContext) coordinatorOnly(si *sentInfo, from, to int) bool {
	for k := from; k < to; k++ {
		if t := si.tokText(k); !ac.l.fw.coordinators[t] && !ac.l.fw.definiteArticles[t] {
			return false
		}
	}
	return true
}
