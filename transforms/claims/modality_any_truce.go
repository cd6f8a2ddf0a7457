package claims

// A term said of "any truce" is a demand on the truce, not an account of it. "Any truce must
// include the release of our prisoners", «أي هدنة يجب أن تتضمن الإفراج عن أسرى الجبهة», "any
// truce would have to be verified by the two armies, not by outsiders", «أي اتفاق لوقف إطلاق
// النار «يجب أن يتضمن الإفراج الفوري عن العقيد»: a deontic modal (lexicon term_demand_modals)
// after a generic determiner and a truce noun says what the speaker wants any deal to hold. And
// "the withdrawal of Syrian forces is a condition for any agreement", «انسحاب القوات السورية ...
// شرطٌ لأي اتفاق», «رفع القيود عن ميناء الحديدة شرط أساسي لأي تفاهم»: a condition noun (lexicon
// term_condition_nouns) before "for any" and a truce noun (term_condition_objects) makes a term
// in its clause the speaker's condition. So too a modal whose subject is the truce itself ("the
// truce must also cover the road to Tawila", «يجب أن يشمل الاتفاق الإفراج عن الأسرى»). Each is a
// demand (gold README, "Hedged values": a
// demand on this truce's terms is a hedged claim, and a side against a denial of the term).
//
// Not a modal of another subject ("any violation must be reported", "the RSF must withdraw", an
// account of a term as the gold reads it), nor a condition of something else ("a condition of anonymity", «شرط عدم
// الكشف عن هويته»), nor a term outside the frame's clause (punctuation other than a quotation
// mark ends it), nor "any" in a denial with no modal ("Route 2 was never part of any deal",
// «أي تفاهم لا يتضمن انسحاب»: an account of what the deal holds).

// anyTruceFrameSpan bounds how far from the claim's cue the frame's word may stand.
const anyTruceFrameSpan = 16

// anyTruceModalGap bounds the words between "any truce" and its modal ("any ceasefire agreement
// would have to", «أي اتفاق لوقف إطلاق النار «يجب»).
const anyTruceModalGap = 5

// anyTruceDemandAt: the claim cue at pos lies in the clause of a demand on "any truce" or on the
// truce (a deontic modal after it or, verb first, before it, before pos; or a condition noun for
// any truce, before or after pos).
//
// With the truce at hand for the modal's subject (truceSubjectOfModal), the scope stays told:
// "the truce must also cover the road" wants the road covered and tells that the truce, as it
// stands, does not cover everything (a partial scope, asserted).
func (ac *articleContext) anyTruceDemandAt(si *sentInfo, pos int, topic string) bool {
	fw := &ac.l.fw
	if !anyTruceFrameNear(si, fw, pos) {
		return false // no modal nor condition noun of the frame within reach of pos
	}
	for k := pos - 1; k >= 0 && k >= pos-anyTruceFrameSpan && !frameBreak(si, k); k-- {
		if n := phraseAt(si, k, fw.termDemandModals); n > 0 && (ac.anyTruceEndingBefore(si, k) || topic != "ceasefire.scope" && truceSubjectOfModal(si, k, n)) {
			return true
		}
		if ac.conditionForAnyTruceAt(si, k) {
			return true
		}
	}
	for k := pos + 1; k < len(si.toks) && k <= pos+anyTruceFrameSpan && !frameBreak(si, k); k++ {
		if ac.conditionForAnyTruceAt(si, k) {
			return true
		}
	}
	return false
}

// anyTruceFrameNear: a term demand modal or a term condition noun starts within
// anyTruceFrameSpan tokens of pos, as every reading of anyTruceDemandAt needs. A cheap pre-check:
// the sentence's frame words are found once (anyTruceFrames), anyTruceDemandAt runs per draft.
func anyTruceFrameNear(si *sentInfo, fw *functionWords, pos int) bool {
	for _, k := range anyTruceFrames(si, fw) {
		if d := int(k) - pos; d >= -anyTruceFrameSpan && d <= anyTruceFrameSpan {
			return true
		}
	}
	return false
}

// anyTruceFrames returns, worked out once per sentence, the tokens where a term demand modal
// or a term condition noun starts (its first word found by its class, then the whole phrase).
func anyTruceFrames(si *sentInfo, fw *functionWords) []int32 {
	if !si.anyTruceFramesDone {
		si.anyTruceFramesDone = true
		for k := range si.toks {
			if si.tokIn(k, classTermFrameFirst, fw.termFrameFirst) && (phraseAt(si, k, fw.termDemandModals) > 0 || phraseAt(si, k, fw.termConditionNouns) > 0) {
				si.anyTruceFrames = append(si.anyTruceFrames, int32(k))
			}
		}
	}
	return si.anyTruceFrames
}

// frameBreak: token k is punctuation other than a quotation mark, or the sentence's boundary.
func frameBreak(si *sentInfo, k int) bool {
	return si.boundary[k] || si.toks[k].punct && !isQuote(si.toks[k].text)
}

// anyTruceEndingBefore: a generic determiner and a truce noun end at most anyTruceModalGap
// words before m with no punctuation but quotation marks between ("any truce would have to").
func (ac *articleContext) anyTruceEndingBefore(si *sentInfo, m int) bool {
	for k := m - 1; k >= 1 && k >= m-anyTruceModalGap-2; k-- {
		if si.toks[k].punct && !isQuote(si.toks[k].text) {
			return false
		}
		if !si.tokIn(k-1, classGenericDeterminer, ac.l.fw.genericDeterminers) {
			continue
		}
		if end, ok := truceNounEnd(si, k); ok && end <= m && m-end <= anyTruceModalGap {
			return true
		}
	}
	return false
}

// conditionForAnyTruceAt: a condition noun starts at k, followed (an adjective or two between:
// "a key condition for", «شرط أساسي لأي») by "for any" and a truce noun.
func (ac *articleContext) conditionForAnyTruceAt(si *sentInfo, k int) bool {
	fw := &ac.l.fw
	n := phraseAt(si, k, fw.termConditionNouns)
	if n == 0 {
		return false
	}
	for o := k + n; o < len(si.toks) && o <= k+n+2 && !si.toks[o].punct; o++ {
		if l := phraseAt(si, o, fw.termConditionObjects); l > 0 {
			_, ok := truceNounEnd(si, o+l)
			return ok
		}
	}
	return false
}

// truceNounEnd returns the end of the ceasefire or agreement noun starting at k.
func truceNounEnd(si *sentInfo, k int) (int, bool) {
	end, ok := 0, false
	for _, c := range [...]category{catCeasefire, catAgreement} {
		if h, found := si.hitAt(c, k); found && h.end > end {
			end, ok = h.end, true
		}
	}
	return end, ok
}

// truceSubjectOfModal: the truce itself is the modal's subject, right before it ("the truce must
// also cover the road to Tawila", an adverb between) or, in a verb-first clause, right after its
// complementizer and verb («يجب أن يشمل الاتفاق الإفراج عن الأسرى»): what the speaker says the
// truce must hold, not what it holds.
func truceSubjectOfModal(si *sentInfo, m, n int) bool {
	for k := m - 1; k >= 0 && k >= m-2; k-- {
		if si.toks[k].punct {
			break
		}
		for _, c := range [...]category{catCeasefire, catAgreement} {
			for _, h := range hitsStartingIn(si.hitsOf(c), k-4, k) {
				if h.end == m || h.end == k+1 && k+1 < m && m-(k+1) <= 1 && h.end <= m {
					return true
				}
			}
		}
	}
	for k := m + n; k < len(si.toks) && k <= m+n+2 && !si.toks[k].punct; k++ {
		if _, ok := truceNounEnd(si, k); ok && k > m+n {
			return true
		}
	}
	return false
}
