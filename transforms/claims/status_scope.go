package claims

// statusRule: agreed / proposed / collapsed, not_agreed when an agreement is negated. A cue
// counts only near a ceasefire noun; "agreed to seek a ceasefire" is a proposal.
func (ac *articleContext) statusRule(out []draft, si *sentInfo) []draft {
	if !ac.ceasefireContext(si) {
		return out
	}
	cues := ac.cuesOf(si, refStatus)
	proposedIn := map[int]bool{}
	for _, h := range cues {
		if ac.l.topicCue[h.idx].Value == "proposed" {
			proposedIn[clauseStart(si, h.start)] = true
		}
	}
	for _, h := range cues {
		v := ac.l.topicCue[h.idx].Value
		if v == "agreed" && proposedIn[clauseStart(si, h.start)] {
			continue
		}
		if !ac.nearCeasefire(si, h.start, 12) && !(si.has[catCeasefire] == false && len(si.toks) <= 12) {
			continue
		}
		if ac.l.topicCue[h.idx].Object == "direct" && !ac.directObjectCeasefire(si, h.end) {
			continue
		}
		if negatedAt(si, h.start) || deniedAt(si, h.start) {
			switch v {
			case "agreed":
				v = "not_agreed"
			case "collapsed":
				v = "in_force" // "the truce has not collapsed"
			default:
				continue
			}
		}
		out = append(out, draft{topic: "ceasefire.status", value: v, pos: h.start, rule: "status.cue"})
	}
	return out
}

// scopeRule: nationwide or partial, in a sentence about the ceasefire.
func (ac *articleContext) scopeRule(out []draft, si *sentInfo) []draft {
	// "It covers X and the roads into it": a pronoun for the ceasefire of the sentence before
	// gives a placed scope, not a scope word's.
	ctx := ac.ceasefireContext(si)
	if !ctx && !ac.previousNamesAgreement(si) {
		return out
	}
	for _, h := range ac.cuesOf(si, refScope) {
		if !ctx {
			break
		}
		if negatedAt(si, h.start) {
			continue
		}
		// "تقتصر الهدنة على X": a verb cue whose subject must be the ceasefire itself.
		if ac.l.topicCue[h.idx].Object == "direct" && !ac.directObjectCeasefire(si, h.end) {
			continue
		}
		// A bare adjective (شامل, comprehensive) must qualify the ceasefire noun itself, not
		// another noun ("تبادلاً شاملاً للأسرى").
		if h.end-h.start == 1 && ac.l.topicCue[h.idx].Value == "nationwide" && !ac.ceasefireNounWithin(si, h.start, 3) {
			continue
		}
		// "all areas where the moderate opposition is" qualifies the scope.
		if _, ok := si.hitAt(catRelPron, h.end); ok {
			continue
		}
		// "aid to all areas": the scope word belongs to the aid, not the ceasefire.
		if ac.aidBetween(si, h.start) {
			continue
		}
		v := ac.l.topicCue[h.idx].Value
		rule := "scope.cue"
		if v == "nationwide" && ac.placeWithin(si, h.end, 3) {
			v, rule = "partial", "scope.all_of_place" // "جميع مديريات محافظة الحديدة"
		}
		out = append(out, draft{topic: "ceasefire.scope", value: v, pos: h.start, rule: rule})
	}
	// "a ceasefire in the port city of Hodeidah", "يسري على مدينة الحديدة": a ceasefire placed
	// in, or covering, a city or region of its country is partial.
	for _, h := range si.hits {
		if h.cat != catCeasefire && h.cat != catInclusion {
			continue
		}
		if h.cat == catInclusion && (ac.areaObject(si, h.end) || negatedAt(si, h.start)) {
			continue
		}
		// "عدم شمول وقف إطلاق النار في الغوطة": the place is what is (not) covered.
		if h.cat == catCeasefire && ac.coverageCueBefore(si, h.start) {
			continue
		}
		// "the ceasefire in force in Aleppo" (السارى فى حلب) names an earlier local truce;
		// a placed ceasefire has its locative right after the noun.
		if _, loc := si.hitAt(catLocative, h.end); h.cat == catCeasefire && !loc {
			continue
		}
		if _, including := si.hitAt(catIncluding, h.start); including {
			continue
		}
		for _, m := range si.ents[si.firstMentionFrom(h.end):] {
			if m.start > h.end+8 {
				break
			}
			if m.demonym || !ac.subnational(m) {
				continue
			}
			if _, tz := si.hitAt(catTimezoneOfPlace, m.start-1); tz {
				continue // "بتوقيت صنعاء" names a clock, not a place of the truce
			}
			maxGap := 8
			if h.cat == catInclusion {
				maxGap = 2 // "covers X", not "covers expanding the truce in X"
			}
			if ac.gapTokens(si, h.end, m.start) > maxGap {
				break
			}
			out = append(out, draft{topic: "ceasefire.scope", value: "partial", pos: h.start, rule: "scope.placed"})
			break
		}
	}
	return out
}

// subnational: a city or region of the theater country (not a capital acting as its state).
func (ac *articleContext) subnational(m mention) bool {
	return (m.e.Type == "city" || m.e.Type == "region") && m.e.SpeaksFor == "" && m.e.Country == ac.theater
}

// placeWithin: a sub-national place is named within n tokens after pos.
func (ac *articleContext) placeWithin(si *sentInfo, pos, n int) bool {
	for _, m := range si.ents[si.firstMentionFrom(pos):] {
		if m.start > pos+n {
			break
		}
		if ac.subnational(m) {
			return true
		}
	}
	return false
}

// aidBetween: a humanitarian cue sits between the nearest ceasefire noun and pos.
func (ac *articleContext) aidBetween(si *sentInfo, pos int) bool {
	last := -1
	for _, h := range si.hitsOf(catCeasefire) {
		if h.end <= pos {
			last = h.end
		}
	}
	if last < 0 {
		return false
	}
	for _, h := range ac.cuesOf(si, refHumanitarian) {
		if h.start >= last && h.end <= pos {
			return true
		}
	}
	return false
}
