package claims

// restrictedList: the set's list opens right after a restriction word and its object
// preposition ("الوساطة اقتصرت على ماليزيا وحكومة بانغسامورو", "تقتصر المراقبة على مراقبي
// المجموعة الاقتصادية", "the mediation was limited to the AU"), past an article or the role's
// own noun: the list is the whole set. A name between the restriction and the preposition
// ("اقتصر دور ماليزيا على تسهيل الحوار") is whose role is restricted, not the list, and a
// restriction after the list ("بوساطة تركية «يقتصر على الجيش الوطني وقسد»") restricts what
// follows it. A negated restriction ("لا تقتصر الوساطة على") is a trap phrase: no set. The
// restriction word may carry the conjunction («واقتصرت الوساطة على»).
func (ac *articleContext) restrictedList(si *sentInfo, ms []mention) bool {
	if len(ms) == 0 {
		return false
	}
	start, _ := spanWith(ms[0].start, ms[0].end, ms) // the first member's
	fw := &ac.l.fw
	for p := start - 1; p >= 0 && p >= start-2; p-- {
		if si.toks[p].punct {
			return false
		}
		if _, named := si.mentionAt(p); named {
			return false
		}
		if !si.tokIn(p, classObjectPreposition, fw.objectPrepositions) {
			continue // an article or the role's noun ("على مراقبي المجموعة")
		}
		for k := p - 1; k >= 0 && k >= p-2; k-- {
			if si.toks[k].punct || si.trap[k] {
				return false
			}
			if _, named := si.mentionAt(k); named {
				return false
			}
			if t := si.tokText(k); fw.restrictionWords[t] || fw.restrictionWords[fw.withoutConjunction(t)] { // "واقتصرت"
				return !restrictionNegated(fw, si, k)
			}
		}
		return false
	}
	return false
}

// restrictionNegated: a negation stands before the restriction word at k, past the auxiliaries
// and copulas of its verb («لا تقتصر», "will not be limited to", "has not been confined to").
func restrictionNegated(fw *functionWords, si *sentInfo, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if si.startsAt(catNegation, j) {
			return true
		}
		if w := si.tokText(j); !fw.copulas[w] && !fw.perfectAuxiliaries[w] && !fw.modalAuxiliaries[w] {
			return false
		}
	}
	return false
}
