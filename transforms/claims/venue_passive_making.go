package claims

// passiveMakingPlace: the truce as the subject of a passive verb of making it ("the deal was
// reached at the Sidon headquarters of army intelligence", "The understanding was sealed at the
// Prime Minister's office in Baghdad", "It was negotiated over three weeks in Chimoio", "The
// deal was hammered out over two days of talks at the palace of the Emir of Maru", «فالاتفاق
// أُنجز في بغداد»): the place after the verb is where this truce was made, as "the deal which
// was reached in X" tells it (relativeOfCeasefire), so a city of the war's own state is its
// forum too. The verbs are lexicon data (making_participles).
//
// The subject is a ceasefire or agreement noun right before the auxiliary (English: was, were,
// been; Arabic, a nominal sentence: right before the verb), or "it" standing for the truce. Not
// read: a negation or a denial on the verb, a modal or a plan before it ("will be negotiated in
// Tunis": a planned round, no place of this truce), a question or a condition, a year other
// than the article's ("The 2022 understanding was reached in Kuala Lumpur"), a place past
// punctuation or a clause break, and a place with no locative before it ("reached by telephone").
func (ac *articleContext) passiveMakingPlace(out []draft, si *sentInfo) []draft {
	fw := &ac.l.fw
	if len(si.ents) == 0 || len(fw.makingParticiples) == 0 || questionSentence(si) || si.has[catConditional] {
		return out
	}
	for k := 1; k < len(si.toks); k++ {
		if !si.tokIn(k, classMakingFirst, fw.makingFirst) {
			continue // no participle starts with the word: phraseAt would compare it with each
		}
		n := phraseAt(si, k, fw.makingParticiples)
		if n == 0 || !ac.truceSubjectOfPassive(si, k) {
			continue
		}
		if negatedAt(si, k) || deniedAt(si, k) || ac.deniedAt(si, k) || ac.otherYearIn(si) {
			continue
		}
		planned := false
		for i := k - 1; i >= 0 && i >= k-4; i-- {
			if si.startsAt(catModality, i) || si.startsAt(catPlanned, i) {
				planned = true
			}
		}
		if planned {
			continue
		}
		if m, ok := ac.madePlaceAfter(si, k+n); ok {
			out = append(out, draft{topic: "talks.venue", value: m.e.ID, pos: m.start, rule: "venue.signing_place"})
		}
	}
	return out
}

// truceSubjectOfPassive: the participle at k has the truce for its subject. English: a past
// copula right before it ("was reached"; a modal before "be" is a plan, passiveMakingPlace) and,
// before that ("has been", "had been" too), a ceasefire or agreement noun or the pronoun "it". Arabic (no copulas in the lexicon): the truce
// noun right before the verb.
func (ac *articleContext) truceSubjectOfPassive(si *sentInfo, k int) bool {
	fw := &ac.l.fw
	end := k
	if len(fw.copulas) > 0 {
		if !fw.copulas[si.tokText(k-1)] {
			return false
		}
		end = k - 1
		if fw.perfectAuxiliaries[si.tokText(k-2)] {
			end = k - 2 // "has been reached"
		}
		if si.tokText(end-1) == "it" {
			return true // "It was negotiated over three weeks in Chimoio"
		}
	}
	if end > 0 && si.quoteAt(end-1) {
		end-- // «الاتفاق "صيغ بنداً بنداً في أربيل"»: a quote opens on the verb
	}
	for _, h := range si.nouns {
		if h.end == end {
			return h.cat != catTalks && (h.cat == catCeasefire || h.cat == catAgreement && ac.ceasefire) && !ac.insideTalks(si, h)
		}
	}
	return false
}

// madePlaceAfter: the place after the participle ending at from: past a venue locative within
// ten tokens ("over two days of talks at the palace of ..."), no punctuation or clause break
// before it; a city (or the city a site's name ends with: "the Sidon headquarters of ...") or
// a site of its own right after its locative ("at Dar al-Fatwa"). Not the city a local body's
// name opens with ("at the Jenin governorate headquarters"): read, it is right, but it sets the
// round that made the truce beside the planned one in one flag (jenin, stop 31).
func (ac *articleContext) madePlaceAfter(si *sentInfo, from int) (mention, bool) {
	located := false
	for _, m := range si.ents[si.firstMentionFrom(from):] {
		if m.start > from+10 || boundaryIn(si, from, m.start) || punctIn(si, from, m.start) {
			break
		}
		for i := from; i <= m.start && !located; i++ {
			located = ac.isVenueLocative(si, i)
		}
		if !located || m.demonym || ac.possessor(si, m) {
			continue
		}
		if m.e.Type == "organization" && venueSite(m.e) && ac.locativeRightBefore(si, m.start) {
			return m, true
		}
		if c, ok := ac.cityInSiteName(si, m); ok {
			m = c
		} else if c, ok := ac.cityOfSeatHolder(si, m); ok {
			m = c // "at the palace of the Emir of Maru" (venue_seat_of_title.go)
		}
		if m.e.Type == "city" && !m.demonym {
			return m, true
		}
	}
	return mention{}, false
}

// hostedTruceVenue: a hosting verb in a relative clause on the truce (its object the truce, by
// a resumptive pronoun glued to it), its subject the city right after it («للاتفاق الذي احتضنته جربة», "the agreement that
// Djerba hosted"): the city hosted the making of this truce. The host loop of venueRule reads
// hosting only with talks in its clause; here the truce itself is what was hosted.
func (ac *articleContext) hostedTruceVenue(out []draft, si *sentInfo) []draft {
	for _, h := range ac.cuesOf(si, refTalksVenue) {
		if ac.l.topicCue[h.idx].Object != "host" || negatedAt(si, h.start) || !ac.relativeOfCeasefire(si, h.start) {
			continue
		}
		if m, ok := si.mentionAt(h.end); ok && m.start == h.end && m.e.Type == "city" && !m.demonym {
			out = ac.hostDrafts(out, si, m.e, ac.capitalNamedByState(si, m), h.start)
		}
	}
	return out
}
