package claims

import "sort"

// negatedAt reports whether the cue at token pos is negated: a negation word up to three
// tokens before it, in the same clause, that is not part of a trap phrase (لا يزال, not only).
// A quotation mark opening right before the cue is no word ("لا يحق له «الرد بالقوة»").
func negatedAt(si *sentInfo, pos int) bool {
	from := pos - 3
	if pos >= 1 && pos-1 < len(si.toks) && si.quoteAt(pos-1) {
		from--
	}
	for k := pos - 1; k >= 0 && k >= from; k-- {
		if si.boundary[k] {
			return false
		}
		if !si.startsAt(catNegation, k) {
			continue // the mask alone: no call for most tokens
		}
		if h, ok := si.hitAt(catNegation, k); ok && h.end <= pos+1 && !si.trap[k] {
			return true
		}
	}
	// A negation glued into the cue's own token (isn't covered).
	return pos < len(si.toks) && si.toks[pos].w != nil && si.toks[pos].w.negates
}

// deniedAt reports whether a denial verb (نفى, رفض, deny) governs the cue at pos: within eight
// tokens of its clause ("نفت قيادة فانو في جوجام أن تكون قد وقّعت"), or further on when it
// governs a content noun whose clause holds the cue ("denied reports that a separate written
// accord on the TTP had been signed in Doha", "نفت التقارير عن توقيع اتفاق منفصل في جدة"): the
// reported content is what is denied, however long.
func deniedAt(si *sentInfo, pos int) bool {
	if dismissedContent(si, pos) {
		return true
	}
	if !si.has[catDenial] {
		return false // only a denial or a dismissal hit makes it true
	}
	if deniedContentBefore(si, pos) {
		return true
	}
	for k := pos - 1; k >= 0 && k >= pos-8; k-- {
		if si.boundary[k] {
			return false
		}
		if si.startsAt(catDenial, k) {
			return true
		}
		// "نفت كيغالي ذلك قطعياً، مؤكدة أن الاتفاق وقّعه ...": a new verb of saying starts its
		// own assertion, unless it is the denied content itself ("rejected claims that", "رفض
		// الأنباء التي تحدثت عن أن").
		if si.startsAt(catAttrVerb, k) {
			return deniedContent(si, k)
		}
	}
	return false
}

// deniedContentBefore: a content noun a denial governs ("denied reports", "نفت التقارير") opens
// the cue's clause within deniedContentReach tokens before pos. A verb of saying between them
// asserts on its own ("dismissed the claim as baseless and said the ceasefire remained in
// force"), unless it is the denied content's own ("الأنباء التي تحدثت") or a participle on an
// agreement noun ("a separate written accord").
func deniedContentBefore(si *sentInfo, pos int) bool {
	if si.content == nil {
		return false
	}
	for k := pos - 1; k >= 0 && k >= pos-deniedContentReach; k-- {
		if si.boundary[k] {
			return false
		}
		if si.content[k] && deniedContent(si, k) {
			return !freeRelativeBeyondItsPhrase(si, k, pos)
		}
		if si.startsAt(catAttrVerb, k) && !deniedContent(si, k) && !si.startsAt(catAgreement, k+1) && !si.startsAt(catCeasefire, k+1) {
			return false
		}
	}
	return false
}

// deniedContentReach bounds how far back a denied content noun governs a cue in its clause.
const deniedContentReach = 20

// onlyInClause reports whether an "only" word (فقط, حصرا, only) sits in the cue's clause.
func onlyInClause(si *sentInfo, from, to int) bool {
	for _, h := range si.hitsOf(catOnly) {
		if h.start >= from && h.start < to && !si.trap[h.start] { // "not only X but also Y"
			return true
		}
	}
	return false
}

// modalityCue returns how the content at token pos is asserted: a modality cue or a hedge
// particle before an imperfect verb (قد يكون; قد + past means "has already") earlier in the
// clause, or "asserted".
// It also returns the position of the cue (-1 when asserted).
func (ac *articleContext) modalityCue(si *sentInfo, pos int) (string, int) {
	if !si.has[catModality] && !si.has[catHedgeParticle] {
		return "asserted", -1 // no cue to find: most sentences (asked for every claim)
	}
	// Modals that follow the subject ("the talks may take place"): look a little ahead.
	if ac.l.lex.Grammar.ModalAfterSubject {
		for k := pos + 1; k < len(si.toks) && k <= pos+3 && !si.boundary[k]; k++ {
			if h, ok := si.hitAt(catModality, k); ok && !isTrapped(si, h) && !ac.l.modalityCall[h.idx] {
				return ac.l.modality[h.idx], k
			}
		}
	}
	// "الخروقات تهدد الهدنة التي دخلت حيز التنفيذ يوم الاثنين": a relative clause on a hedge's
	// object asserts what it says of it; the hedge is of the main verb only.
	relative := false
	for k := pos; k >= 0 && k >= pos-modalityReach; k-- {
		if k < pos && si.startsAt(catRelPron, k) && !si.tokIn(k, classComplementizer, ac.l.fw.complementizers) {
			relative = true // "which", "التي"; not "that", which may open what is hedged
		}
		// The modal frame ends at punctuation, and at a comma unless a complementizer goes on
		// ("ومن المتوقع بعد وقف إطلاق النار، أن تتم جولة ..."); clause words like بعد do not end it.
		if k < pos && si.toks[k].punct {
			if clauseBreakPunct(si.toks[k].text) {
				break
			}
			if isComma(si.toks[k].text) {
				if !si.tokIn(k+1, classComplementizer, ac.l.fw.complementizers) {
					// "Under the UN proposal, the truce would cover Sirte": a fronted frame's
					// modality qualifies the clause it opens (scope_fronted_frame.go).
					if m, at, ok := ac.frontedFrameModality(si, k); ok && !relative {
						return m, at
					}
					break
				}
			}
		}
		if h, ok := si.hitAt(catModality, k); ok {
			h = longerModality(si, h)
			if !isTrapped(si, h) && (!ac.l.modalityCall[h.idx] || ac.calledTo(si, h, pos)) && !(relative && ac.l.modality[h.idx] == "hedged") {
				return ac.l.modality[h.idx], k
			}
		}
		if ok := si.startsAt(catHedgeParticle, k); ok && k+1 < len(si.toks) && !relative {
			if past := si.startsAt(catPastMarker, k+1); !past && ac.l.fw.looksImperfect(si.toks[k+1].text) {
				return "hedged", k
			}
		}
	}
	return "asserted", -1
}

// calledTo: a call verb h ("called on", "urged", "دعت") makes a demand of the content at pos only
// when its object is named before an infinitive marker that opens pos ("called on Oman to
// guarantee the truce", "دعت الحكومة قطر إلى ضمان تنفيذ الاتفاق"): the called-on party is to do it.
// The marker may stand a few words before pos, the called act's verb and object between ("urged
// both sides to observe a truce from Friday", "to cease fire by Friday"), but no relative pronoun
// ("to respect the truce that took effect on Friday" asserts when it did); and the object may be
// a short phrase with no name ("both sides", «الطرفين»).
func (ac *articleContext) calledTo(si *sentInfo, h hit, pos int) bool {
	if ac.calledFor(si, h, pos) {
		return true
	}
	to := -1
	for k := pos - 1; k > h.end && k >= pos-5 && to < 0; k-- {
		if si.startsAt(catRelPron, k) {
			return false
		}
		if ac.l.fw.infinitiveMarkers[si.tokText(k)] {
			to = k
		}
	}
	if to < 0 || !ac.calledObjectAt(si, h, to) {
		// "urged both sides to complete the exchange of bodies and detainees and to reopen the
		// road": the called act goes on past five words, through coordinated objects and
		// infinitives; its first marker is the one after the called-on party
		// (calls_coordinated.go).
		if first := ac.firstCalledMarker(si, h, pos); first >= 0 {
			to = first
		}
	}
	if to < 0 || si.boundaryIn(h.end, to+1) {
		return false
	}
	return ac.calledObjectAt(si, h, to)
}

// calledObjectAt: the infinitive marker at to follows the called-on party of the call h: a name
// ending right before it, or a short phrase with no punctuation ("both sides", «الطرفين»).
func (ac *articleContext) calledObjectAt(si *sentInfo, h hit, to int) bool {
	if k := si.mentionsEndingBy(to) - 1; k >= 0 && si.ents[k].end == to && si.ents[k].start >= h.end {
		return true
	}
	if to-h.end <= 3 && !punctIn(si, h.end, to) {
		return true
	}
	// "urged both sides' fighters to pull back", "urged the fighters of both sides to": a
	// longer object holding a both-sides phrase (lexicon both_sides) is the called-on sides.
	if at, _ := ac.bothSidesIn(si, h.end, to); at >= 0 && to-h.end <= 6 && !si.boundaryIn(h.end, to) {
		return true
	}
	return false
}

// clauseEnd returns the first boundary token at or after from (or len).
// The boundary prefix counts find it by binary search: a sentence without punctuation is one
// long clause, and walking it for every cue would cost the square of its length.
func clauseEnd(si *sentInfo, from int) int {
	n := len(si.toks)
	from = max(from, 0)
	if from >= n || si.bcount[n] == si.bcount[from] {
		return n
	}
	c := si.bcount[from]
	return from + sort.Search(n-from, func(j int) bool { return si.bcount[from+j+1] > c })
}

// clauseStart returns the token after the last boundary before pos.
func clauseStart(si *sentInfo, pos int) int {
	pos = min(max(pos, 0), len(si.toks))
	c := si.bcount[pos] // boundaries before pos; the last is the c-th
	if c == 0 {
		return 0
	}
	return sort.Search(pos, func(k int) bool { return si.bcount[k+1] >= c }) + 1
}

// negatedAfter: a negated predicate follows the cue ("X ليس جزءاً من الاتفاق", "X is not part").
//
// A negated predicate after a conjunction ("وتقتصر الهدنة على تسليم الجثامين، ولا تشمل تبادل
// الأسرى", "covers the bodies and is not part of ...") is a verb coordinated with the one that
// governs the cue, with an object of its own: it negates that object, not the cue.
func negatedAfter(fw *functionWords, si *sentInfo, end int) bool {
	for k := end; k < end+4 && k < len(si.toks); k++ {
		if si.boundary[k] {
			return false
		}
		if si.startsAt(catNegPredicate, k) {
			return !fw.coordinators[si.tokText(k-1)] && !hasAnyPrefix(si.tokText(k), fw.conjunctionPrefixes) && !negatedPredicateOfOther(fw, si, k)
		}
	}
	return false
}

// backshiftedPluperfect: a background "had" after a verb of saying earlier in the sentence is
// the tense of reported speech ("the official said ... no release of prisoners had been
// agreed", "adding that troops had been instructed to hold fire"), not an earlier event. So is
// one before a trailing tag of saying set off by a comma at the end of the sentence ("No
// agreement had been reached on reopening the highway, the envoy said").
func backshiftedPluperfect(si *sentInfo, h hit) bool {
	if si.toks[h.start].text != "had" {
		return false
	}
	for _, a := range si.hitsOf(catAttrVerb) {
		if a.start < h.start || trailingTag(si, h.end, a) {
			return true
		}
	}
	return false
}

// trailingTag: the verb of saying a ends the sentence, past its final punctuation, with its
// subject set off by a comma after from ("..., the envoy said."), or opens the tag right after
// that comma with a short subject after it ("..., said the envoy.").
func trailingTag(si *sentInfo, from int, a hit) bool {
	if a.start <= from || !commaIn(si, from, a.start) {
		return false
	}
	end := len(si.toks)
	for end > a.end && si.toks[end-1].punct {
		end--
	}
	return end == a.end || end-a.end <= 3 && isComma(si.tokText(a.start-1))
}

// clockColon: token i is the colon of a clock time ("00:00", "08:30"), written between two
// numbers with no space: it ends no clause.
func clockColon(si *sentInfo, i int) bool {
	if si.toks[i].text != ":" || i == 0 || i+1 >= len(si.toks) {
		return false
	}
	p, n := si.toks[i-1], si.toks[i+1]
	return p.number && n.number && p.end == si.toks[i].start && si.toks[i].end == n.start
}

// deniedContent: the verb of saying at k is, or sits in a relative clause on, a content noun
// ("claims", "الأنباء التي تحدثت") that a denial right before governs ("rejected claims that",
// "ورفض الحوثيون الأنباء التي تحدثت عن أن"). Not "denied the report and said that": a
// coordinated verb asserts on its own.
func deniedContent(si *sentInfo, k int) bool {
	if si.content == nil {
		return false
	}
	for j := k; j >= 0 && j >= k-3; j-- {
		if j < k && si.boundary[j] {
			return false
		}
		if !si.content[j] {
			if j < k && !si.startsAt(catRelPron, j) {
				return false // only a relative pronoun between the noun and its verb
			}
			continue
		}
		return denialGoverns(si, j)
	}
	return false
}

// longerModality: the modality cue that holds the hit h, a longer one starting before it ("few
// believe" around "believe", "قلة تعتقد" around "تعتقد"), else h: the longer cue says how the
// content is asserted.
func longerModality(si *sentInfo, h hit) hit {
	for _, o := range hitsStartingIn(si.hitsOf(catModality), h.start-4, h.start-1) {
		if o.end >= h.end {
			return o
		}
	}
	return h
}

// modalityReach: how many tokens before the content a modality cue of its clause may stand.
const modalityReach = 20
