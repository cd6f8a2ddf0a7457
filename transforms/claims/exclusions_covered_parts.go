package claims

// A bare coverage predicate ("It covers X", "تشمل الهدنة X") says either where the truce is (its
// area as a whole: a `ceasefire.scope` claim only) or that a named part inside that area is in it
// (a `ceasefire.exclusions` claim, not_excluded: shared gold convention of stop 17, "the split is
// between a part and the whole"). Named parts: "It covers the districts of Beled Hawo,
// Garbaharey, Bardhere and Dolow", "covers Kirkuk province and the disputed districts of Dibis,
// Altun Kupri and Makhmour", "تشمل حقلي مجنون وغرب القرنة النفطيين", "وتشمل الهدنة منطقة موريه",
// "الاتفاق يشمل مزارع شبعا". The whole: "covers the whole of Suwayda province", "يشمل كامل إقليم
// جدو", "covers North and South Kivu, including Goma", a place the article puts the truce in
// ("a ceasefire in the Sinjar district" ... "It covers the whole district").

// coveredParts keeps, of the places subs a bare coverage cue h lists, those that are parts of the
// truce's area; groups and places outside the theatre stay as they are.
func (ac *articleContext) coveredParts(si *sentInfo, h hit, subs []mention) []mention {
	var keep []mention
	for _, m := range subs {
		if m.e.ID == ac.theatreRegion() {
			continue
		}
		if ac.subnational(si, m) && ac.truceAreaAsWhole(si, h, m, subs) {
			continue
		}
		keep = append(keep, m)
	}
	return keep
}

// truceAreaAsWhole: the place m that the coverage cue h lists is the truce's area, not a part
// of it: counted whole by a scope cue right before it ("the whole of", "كامل", "every inch
// of"); spread over by a locative right after the cue ("would apply across the Gondar, Gojjam,
// Wollo and Shewa areas"); the head a list of parts follows ("North and South Kivu, including
// the cities of Goma and Bukavu"); or the place a truce noun is put in somewhere in the article
// ("a ceasefire in the Sinjar district", "a truce around Kidal"). A place a road leads to is no
// part either ("the desert road to Tinzaouaten": the road is covered, not the town), nor one a
// coverage is demanded or hedged for.
func (ac *articleContext) truceAreaAsWhole(si *sentInfo, h hit, m mention, subs []mention) bool {
	// "applies across the Gondar, Gojjam, Wollo and Shewa areas": a locative ending the cue or
	// right after it spreads the truce over the places.
	if si.startsAt(catLocative, h.end-1) || si.startsAt(catLocative, h.end) {
		return true
	}
	// "وطالب الحوثيون بأن تشمل الهدنة تعز": a coverage demanded, hoped for or hedged says where
	// someone wants the truce, no part it holds (its scope claim carries the modality).
	if mod, _ := ac.modalityCue(si, h.start); mod != "asserted" {
		return true
	}
	// "pulled back from parts of the Netzarim corridor": a partitive cue ("part of") takes the
	// truce for its object; a place after it is a part of that place, no coverage.
	if ac.l.fw.partitives[si.tokText(h.end-1)] {
		return true
	}
	// "the Las Anod truce": a place naming a truce noun after it; "Makhmour excepted": a place
	// an exclusion cue follows is that cue's subject; "was covered: only Al-Hawban": a place past
	// a clause break is no object of the cue.
	if si.startsAt(catCeasefire, m.end) || si.startsAt(catExclusion, m.end) || clauseBreakIn(si, h.end, m.start) {
		return true
	}
	if !ac.listRepeatsCuePreposition(si, h, m) && (ac.roadGoalPlace(si, m) || ac.genericRoadTo(si, m)) || ac.boundOfSpan(si, m) || ac.headOfPartitive(si, m) || ac.withItsSurroundings(si, m) || ac.provinceNamed(si, m) {
		return true
	}
	// A region of no one state (a line of control, a sea) is the frontier or the waters the
	// truce is on ("covers the Line of Control", "applies to the Red Sea").
	if m.e.Type == "region" && m.e.Country == "" {
		return true
	}
	for _, c := range ac.cuesOf(si, refScope) {
		if ac.l.topicCue[c.idx].Value == "nationwide" && c.end <= m.start && m.start-c.end <= 3 && !punctIn(si, c.end, m.start) {
			return true // "the whole of Suwayda province", "يشمل كامل إقليم جدو"
		}
	}
	if ac.headOfIncludedParts(si, m, subs) {
		return true
	}
	return ac.placesTruceIn(m.e.ID)
}

// headOfIncludedParts: an "including" cue follows the list member m's part of the list within
// six tokens, no other name between ("North and South Kivu, including", "the Jenin camp and
// its immediate surroundings only, including"): m and the members before it are what the parts
// are of. Not a member further back ("the city of Sirte, the Jufra district and the desert road
// that links them, including the villages of ...": the villages are the road's).
func (ac *articleContext) headOfIncludedParts(si *sentInfo, m mention, subs []mention) bool {
	last := m
	for _, o := range subs {
		if o.start > last.start {
			if ac.includingBefore(si, last.end, o.start) {
				break
			}
			last = o
		}
	}
	for _, c := range hitsStartingIn(si.hitsOf(catIncluding), last.end, last.end+6) {
		if k := si.firstMentionFrom(last.end); k < len(si.ents) && si.ents[k].start < c.start {
			continue
		}
		if !si.boundaryIn(last.end, c.start) {
			return true
		}
	}
	return false
}

// roadGoalPlace: m follows a goal or placing preposition that follows a route noun within three
// words ("the desert road to Tinzaouaten", "the roads leading into El Obeid", "الطريق المؤدي إلى
// تينزاواتن"): the place is where the road goes.
func (ac *articleContext) roadGoalPlace(si *sentInfo, m mention) bool {
	p := m.start - 1
	if ac.l.fw.definiteArticles[si.tokText(p)] {
		p--
	}
	if p < 1 || !ac.l.fw.goalPrepositions[si.tokText(p)] && !ac.l.fw.placingPrepositions[si.tokText(p)] {
		return false
	}
	for k := p - 1; k >= 0 && k >= p-3; k-- {
		if si.toks[k].punct {
			return false
		}
		if anyVariantIn(&si.toks[k], ac.l.fw.routeNouns) {
			return true
		}
	}
	return false
}

// listRepeatsCuePreposition: the preposition the coverage cue h ends with is repeated, after a
// coordinator, right before the list member m or right after it ("also extends to the port and
// to Toussaint Louverture International Airport"): m is a member of the cue's object list, not
// a road and the place it leads to ("the road to Tawila").
func (ac *articleContext) listRepeatsCuePreposition(si *sentInfo, h hit, m mention) bool {
	prep := si.tokText(h.end - 1)
	if h.end-h.start < 2 || !ac.l.fw.goalPrepositions[prep] && !ac.l.fw.placingPrepositions[prep] {
		return false
	}
	repeatedAt := func(p int) bool {
		return p >= 1 && p < len(si.toks) && si.tokText(p) == prep && ac.l.fw.coordinators[si.tokText(p-1)]
	}
	if p := ac.prepositionBefore(si, m.start); repeatedAt(p) {
		return true
	}
	return repeatedAt(m.end + 1)
}

// placesTruceIn: a truce noun somewhere in the article (background sentences aside) is put in
// the place id by a locative or a placing preposition right after it, the place within eight
// tokens in its clause ("agreed to a ceasefire in Maguindanao", "a truce around Kidal", "وقف
// إطلاق النار في قضاء سنجار").
func (ac *articleContext) placesTruceIn(id string) bool {
	for _, si := range ac.infos {
		if si.bg || !si.has[catCeasefire] {
			continue
		}
		for _, h := range si.hitsOf(catCeasefire) {
			from := h.end
			if l, ok := si.hitAt(catLocative, h.end); ok {
				from = l.end
			} else if si.tokIn(h.end, classTruceLocative, ac.l.fw.truceLocatives) {
				from = h.end + 1
			} else {
				continue
			}
			for _, m := range si.ents[si.firstMentionFrom(from):] {
				// "a ceasefire along the front line between Sirte and Jufra": the places after
				// "between" bound the front; they are not where the truce is put.
				if m.start > from+8 || si.boundaryIn(from, m.start) || ac.betweenIn(si, from, m.start) {
					break
				}
				if !m.demonym && ac.subnational(si, m) {
					if m.e.ID == id {
						return true
					}
					break
				}
			}
		}
	}
	return false
}

// clauseBreakIn: a clause-breaking punctuation mark (colon, semicolon, dash) stands in [from, to).
func clauseBreakIn(si *sentInfo, from, to int) bool {
	for k := from; k < to && k < len(si.toks); k++ {
		if si.toks[k].punct && clauseBreakPunct(si.toks[k].text) {
			return true
		}
	}
	return false
}

// boundOfSpan: m is an end of a span "from X ... to Y" ("covers the Line of Control from Kupwara
// in the north to Akhnoor in the south", "من بيت حانون إلى رفح"): the bounds of the area, not
// parts of it.
func (ac *articleContext) boundOfSpan(si *sentInfo, m mention) bool {
	p := ac.prepositionBefore(si, m.start)
	switch {
	case p >= 0 && ac.l.fw.departurePrepositions[si.tokText(p)] && !ac.l.fw.partitives[si.tokText(p)]:
		for k := m.end; k < m.end+6 && k < len(si.toks) && !si.toks[k].punct; k++ {
			if ac.l.fw.goalPrepositions[si.tokText(k)] || ac.l.fw.placingPrepositions[si.tokText(k)] {
				return true
			}
		}
	case p >= 0 && (ac.l.fw.goalPrepositions[si.tokText(p)] || ac.l.fw.placingPrepositions[si.tokText(p)]):
		for k := p - 1; k >= 0 && k >= p-6 && !si.toks[k].punct; k-- {
			if ac.l.fw.departurePrepositions[si.tokText(k)] && !ac.l.fw.partitives[si.tokText(k)] {
				return true
			}
		}
	}
	return false
}

// prepositionBefore is the token right before pos, past a definite article, or -1.
func (ac *articleContext) prepositionBefore(si *sentInfo, pos int) int {
	p := pos - 1
	if p >= 0 && ac.l.fw.definiteArticles[si.tokText(p)] {
		p--
	}
	return p
}

// headOfPartitive: m is followed by a partitive and another name ("the disputed districts of
// Dibis, Altun Kupri and Makhmour"): it heads the list of parts, it is not one.
func (ac *articleContext) headOfPartitive(si *sentInfo, m mention) bool {
	if !ac.l.fw.partitives[si.tokText(m.end)] {
		return false
	}
	k := si.firstMentionFrom(m.end + 1)
	return k < len(si.ents) && si.ents[k].start <= m.end+2
}

// withItsSurroundings: a noun for a place's limits follows m's first word within four words, no
// other name or punctuation between ("the city of Taiz and its immediate outskirts", "منطقة كيدال
// ومحيطها", a name that may hold it): m is the centre of the area, not a part of it.
func (ac *articleContext) withItsSurroundings(si *sentInfo, m mention) bool {
	for k := m.start + 1; k < m.end+4 && k < len(si.toks); k++ {
		if si.toks[k].punct {
			return false
		}
		if o, ok := si.mentionAt(k); ok && k >= m.end && o.start >= m.end {
			return false
		}
		if anyVariantIn(&si.toks[k], ac.l.fw.boundNouns) {
			return true
		}
	}
	return false
}

// provinceNamed: m is named with a word for a first-level unit of a state, inside the name or
// right around it ("Kirkuk province", "the Sool region", "إقليم جدو", "ولاية كاتشين").
func (ac *articleContext) provinceNamed(si *sentInfo, m mention) bool {
	for k := max(m.start-1, 0); k <= m.end && k < len(si.toks); k++ {
		if anyVariantIn(&si.toks[k], ac.l.fw.provinceWords) {
			return true
		}
	}
	return false
}

// locatedBefore: a locating preposition (near, along, قرب) stands right before the place m, past
// an article, after a word that names nothing ("fighters killed near Dibis"): m says where
// that noun's event is, as locatedIncident reads it after a cue.
func (ac *articleContext) locatedBefore(si *sentInfo, m mention) bool {
	p := ac.prepositionBefore(si, m.start)
	if p < 1 || !ac.l.fw.locatingPrepositions[si.tokText(p)] || si.toks[p-1].punct {
		return false
	}
	_, named := si.mentionAt(p - 1)
	return !named
}

// genericRoadTo: m is a generic name (a context alias) ending in a route noun, and a goal or
// placing preposition follows within two words ("the roads leading into the North Kordofan
// capital"): a road told by where it goes, not the named road the alias stands for.
func (ac *articleContext) genericRoadTo(si *sentInfo, m mention) bool {
	if !m.context || !anyVariantIn(&si.toks[m.end-1], ac.l.fw.routeNouns) {
		return false
	}
	for k := m.end; k < m.end+2 && k < len(si.toks); k++ {
		if ac.l.fw.goalPrepositions[si.tokText(k)] || ac.l.fw.placingPrepositions[si.tokText(k)] {
			return true
		}
	}
	return false
}
