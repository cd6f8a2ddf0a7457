package claims

// restrictedCoverage: a coverage cue restricted to places makes the truce partial, whether the
// places are named or not: a negation before the cue and an except word after it ("ولا يشمل
// الاتفاق إلا مناطق السفوح", "ولا تتضمن الهدنة سوى مناطق السفوح في بيشنوبور", "ولا يشمل إلا المناطق
// القبلية المدمجة", "does not apply to any but the foothill areas"), or an only word right after
// it ("covers only the foothill areas", "applies only to the merged districts"), with an area
// noun or a sub-national place for its object. The subject must be the truce: a ceasefire or
// agreement noun between the cue and the except word, before the cue as its subject, or none at
// all in a sentence about the truce (the verb's own subject). first is where this sentence's
// scope drafts start: one partial claim a sentence is enough.
func (ac *articleContext) restrictedCoverage(out []draft, si *sentInfo, first int) []draft {
	if !si.has[catInclusion] || !ac.ceasefireContext(si) || questionSentence(si) {
		return out
	}
	for _, d := range out[first:] {
		if d.topic == "ceasefire.scope" && d.value == "partial" {
			return out
		}
	}
	for _, h := range si.hitsOf(catInclusion) {
		if isTrapped(si, h) || deniedAt(si, h.start) {
			continue
		}
		obj, between := ac.restrictedObject(si, h)
		if obj < 0 || !(ac.areaObject(si, obj) || ac.subnationalWithin(si, obj, 2)) {
			continue
		}
		if !between && !ac.truceSubjectOf(si, h, false) && !ac.noSubjectBetween(si, h) {
			continue
		}
		return append(out, draft{topic: "ceasefire.scope", value: "partial", pos: h.start, rule: "scope.restricted_coverage"})
	}
	return out
}

// restrictedObject: where the object of the restricted coverage cue h starts (-1 when h is no
// restricted coverage), and whether a ceasefire or agreement noun stands between the cue and
// the except word ("لا يشمل الاتفاق إلا").
func (ac *articleContext) restrictedObject(si *sentInfo, h hit) (int, bool) {
	if negatedAt(si, h.start) {
		// "ولا تشمل الهدنة، وفق الرواية الرسمية، سوى": past an insert between commas.
		reach := h.end + 4 + ac.insertAfter(si, h.end)
		for k := h.end; k < reach && k < len(si.toks) && !si.boundary[k]; k++ {
			if x, ok := si.hitAt(catExceptOnly, k); ok && !si.trap[k] {
				return x.end, ac.nearCeasefire(si, h.end, k-h.end) && k > h.end
			}
		}
		return -1, false
	}
	// "covers only", "applies only to": the only word inside the cue or right after it.
	for k := h.start + 1; k <= h.end && k < len(si.toks); k++ {
		if o, ok := si.hitAt(catOnly, k); ok && !si.trap[k] {
			return max(o.end, h.end), false
		}
	}
	return -1, false
}

// noSubjectBetween: the cue opens its clause with no noun of its own before it: a conjunction
// or a comma right before it, past the negation ("، ولا يشمل إلا").
func (ac *articleContext) noSubjectBetween(si *sentInfo, h hit) bool {
	k := h.start - 1
	for k >= 0 && si.startsAt(catNegation, k) {
		k--
	}
	if k < 0 {
		return false
	}
	t := si.tokText(k)
	return isComma(t) || ac.l.fw.coordinators[t] || hasAnyPrefix(si.tokText(k+1), ac.l.fw.conjunctionPrefixes) && k+1 < h.start
}

// subnationalWithin: a sub-national place of the war starts within n tokens after pos.
func (ac *articleContext) subnationalWithin(si *sentInfo, pos, n int) bool {
	for _, m := range si.ents[si.firstMentionFrom(pos):] {
		if m.start > pos+n {
			return false
		}
		if !m.demonym && ac.subnational(si, m) {
			return true
		}
	}
	return false
}

// insertAfter is the length of an insert between commas that opens within two tokens after pos
// ("، وفق الرواية الرسمية،"), at most six words long, else 0.
func (ac *articleContext) insertAfter(si *sentInfo, pos int) int {
	for k := pos; k < pos+3 && k < len(si.toks); k++ {
		if !isComma(si.tokText(k)) {
			continue
		}
		for j := k + 1; j < len(si.toks) && j <= k+7; j++ {
			if si.boundary[j] {
				return 0
			}
			if isComma(si.tokText(j)) {
				return j - k + 1
			}
		}
		return 0
	}
	return 0
}
