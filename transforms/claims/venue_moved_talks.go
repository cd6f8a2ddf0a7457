package claims

// movedTalksVenue: a move of the talks to a city names where they are to sit ("لمّح ... إلى
// إمكانية نقلها إلى أديس أبابا", "proposed moving the talks to Geneva", "نُقلت المفاوضات إلى
// الدوحة", "the talks were moved to Geneva"). The move is the talks' own (movedTalksEnd): a move
// of troops or of the wounded places no talks. The city follows a placing preposition a few
// words on (talksDestination). A move spoken of as a verbal noun or an infinitive (a move cue
// with a modality, lexicon talks.venue object "move": نقل, moving, relocate) is proposed, hinted
// or possible, not made: hedged unless a modal frame says more (proposed, demanded). A finite
// verb of moving (a move cue with none: moved, نقلت, تم نقل) tells of a move made, plain unless
// a modal frames it ("could be moved").
func (ac *articleContext) movedTalksVenue(out []draft, si *sentInfo, h hit, cues []hit) []draft {
	cue := ac.l.topicCue[h.idx]
	if cue.Modality != "" && madeMoveCovers(ac, cues, h) {
		return out // "نقلت", "تم نقل", "moved": the finite verb's own cue reads it
	}
	if negatedAt(si, h.start) || deniedAt(si, h.start) || conditionalVenue(si, h.start) {
		return out // "did not move the talks to Geneva", "if the talks are moved to Doha"
	}
	end, ok := ac.movedTalksEnd(si, h)
	if !ok {
		return out
	}
	m, ok := ac.talksDestination(si, end)
	if !ok {
		return out
	}
	modality, _ := ac.modalityCue(si, h.start)
	if modality == "asserted" && cue.Modality != "" {
		modality = cue.Modality
	}
	return append(out, draft{topic: "talks.venue", value: m.e.ID, pos: h.start, modality: modality, rule: "venue.moved_talks"})
}

// madeMoveCovers: a move cue of a finite verb (no modality of its own) covers the start of h, a
// verbal noun's cue matched inside it ("نقلت" read as نقل, "تم نقل", "moved" read as move).
func madeMoveCovers(ac *articleContext, cues []hit, h hit) bool {
	for _, c := range cues {
		if cu := ac.l.topicCue[c.idx]; cu.Object == "move" && cu.Modality == "" && c.start <= h.start && h.start < c.end {
			return true
		}
	}
	return false
}

// movedTalksEnd: the move at h is of the talks, and where its object ends: a talks noun one or
// two words after it with no name or punctuation between ("نقل المفاوضات", "move the talks",
// "relocation of the negotiations"); a talks noun right before it, maybe past auxiliaries, as
// its subject ("the talks were moved", "the talks could be moved"; not "after the talks the
// army moved"); or a pronoun on it or right after it
// ("نقلها", "move them") standing for a talks noun named earlier in the sentence with no force
// or fighters named between ("سحب قواته ونقلها إلى جوبا" moves the troops).
func (ac *articleContext) movedTalksEnd(si *sentInfo, h hit) (int, bool) {
	talks := si.hitsOf(catTalks)
	for _, t := range talks {
		if t.start >= h.end && t.start-h.end <= 2 && !punctIn(si, h.end, t.start) && !mentionIn(si, h.end, t.start) {
			return t.end, true
		}
		if t.end <= h.start && h.start-t.end <= 3 && ac.onlyAuxiliariesIn(si, t.end, h.start) && !ac.talksAfterPreposition(si, t) {
			return h.end, true
		}
	}
	end := h.end
	if ac.l.fw.objectPronouns[si.tokText(h.end)] {
		end = h.end + 1
	} else if !ac.l.fw.pronounSuffixed(si, h) {
		return 0, false
	}
	for k := len(talks) - 1; k >= 0; k-- {
		if t := talks[k]; t.end <= h.start {
			for i := t.end; i < h.start; i++ {
				if ac.forceWordAt(si, i) {
					return 0, false
				}
			}
			return end, true
		}
	}
	return 0, false
}

// talksAfterPreposition: the talks noun t is a preposition's object, not a subject ("The RSF
// delegation to the talks moved to Nairobi", "after the talks"): a preposition stands right
// before it or its article.
func (ac *articleContext) talksAfterPreposition(si *sentInfo, t hit) bool {
	fw := &ac.l.fw
	p := t.start - 1
	if p >= 0 && fw.definiteArticles[si.tokText(p)] {
		p--
	}
	if p < 0 {
		return false
	}
	w := si.tokText(p)
	return fw.placingPrepositions[w] || fw.locatingPrepositions[w] || fw.topicPrepositions[w] || fw.objectPrepositions[w] ||
		fw.timeLeads[w] || fw.sinceWords[w] || fw.dayPrepositions[w] || si.startsAt(catLocative, p) || si.tokIn(p, classPreposition, fw.prepositions)
}

// talksDestination: the city a move takes the talks to: a placing preposition that is no
// locative of where talks sit ("to", "إلى"; not "in", "في": "moving the talks in Nairobi"),
// within a few words after the object, in its clause (past "from Juba"), then the city right
// after it or after an article or its state's capital ("إلى العاصمة الإثيوبية أديس أبابا").
// "to a new phase", "إلى مرحلة جديدة": no city, no venue.
func (ac *articleContext) talksDestination(si *sentInfo, from int) (mention, bool) {
	for k := from; k < len(si.toks) && k <= from+5; k++ {
		if si.toks[k].punct || k > from && si.boundary[k] {
			break
		}
		if !ac.l.fw.placingPrepositions[si.tokText(k)] || ac.isVenueLocative(si, k+1) {
			continue
		}
		n := si.firstMentionFrom(k + 1)
		if n >= len(si.ents) {
			return mention{}, false
		}
		m := si.ents[n]
		if m.start > k+3 || punctIn(si, k+1, m.start) {
			return mention{}, false
		}
		if m.e.Type != "city" || m.demonym {
			return mention{}, false
		}
		return m, true
	}
	return mention{}, false
}

// mentionIn: an entity mention starts in [from, to).
func mentionIn(si *sentInfo, from, to int) bool {
	n := si.firstMentionFrom(from)
	return n < len(si.ents) && si.ents[n].start < to
}

// forceWordAt: token i names a force or fighters, in any of its forms ("قواته", "troops").
func (ac *articleContext) forceWordAt(si *sentInfo, i int) bool {
	for _, v := range si.toks[i].variants() {
		if ac.l.fw.forceHeads[v] || ac.l.fw.armedMen[v] {
			return true
		}
	}
	return false
}
