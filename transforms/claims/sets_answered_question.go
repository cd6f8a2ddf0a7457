package claims

import "strings"

// answeredSet: an explainer asks who guarantees, mediates or monitors the truce and answers in
// the next sentence with the names alone, then their speaker: "Who guarantees it? The African
// Union and the East African Community, according to Uganda's foreign ministry", "Who
// mediated? Switzerland, with the Catholic Church at its side", «من يضمن الاتفاق؟ الجزائر،
// بحسب البيان». The question is short and about the truce alone (bareTruceQuestion: "Who
// guarantees it?", not "Who mediated the prisoner swap?") with a non-negated cue of one set
// topic; the answer opens with the names (past an article), joined by commas, conjunctions and
// articles, and the run ends at punctuation or the sentence's end: "Iran wants the United
// Nations to do so" or "It depends whom you ask" answer nothing. The answer has no set cue of
// its own (its own cues are read as such). Up to a semicolon: a second account after it ("...;
// CODECO names the AU only") is its own speaker's.
func (ac *articleContext) answeredSet(out []draft, si *sentInfo) []draft {
	if !ac.ceasefire || si.s.Index == 0 || questionSentence(si) || len(si.ents) == 0 || len(si.toks) > 40 {
		return out
	}
	q := ac.infos[si.s.Index-1]
	if !questionSentence(q) || len(q.toks) > 8 {
		return out
	}
	topic := ""
	for _, ref := range []topicRef{refGuarantors, refMonitors, refMediators} {
		if len(ac.cuesOf(si, ref)) > 0 {
			return out // the answer has a cue of its own
		}
		for _, h := range ac.cuesOf(q, ref) {
			if !negatedAt(q, h.start) && ac.bareTruceQuestion(q, ref) {
				topic = topicRefNames[ref]
			}
		}
	}
	if topic == "" || ac.fightingInSentence(si) {
		return out
	}
	ents := si.ents
	lead := 0 // where the answer's names start: past an opening "According to Luanda,"
	if h, ok := si.hitAt(catAttrPrep, 0); ok && h.start == 0 {
		for k := h.end; k < len(si.toks) && k <= h.end+4; k++ {
			if isComma(si.tokText(k)) {
				lead = k + 1
				break
			}
		}
		for len(ents) > 0 && ents[0].start < lead {
			ents = ents[1:] // the speaker the answer is according to
		}
	}
	base := lead
	for lead < len(si.toks) && (ac.l.fw.definiteArticles[si.tokText(lead)] || isQuote(si.tokText(lead)) || strings.EqualFold(si.tokText(lead), "a")) {
		lead++
	}
	if len(ents) == 0 || ents[0].start < base || ents[0].start > lead {
		return out
	}
	var run []mention
	end := 0
	for _, m := range ents {
		if len(run) > 0 && !ac.joinedRun(si, end, m.start) {
			break
		}
		if !setMember(m) || ac.attributedTo(si, m) {
			break
		}
		if _, said := si.hitAt(catAttrVerb, m.end); said {
			break // "..., the foreign ministry says": the speaker, no member
		}
		run = append(run, m)
		end = m.end
	}
	if len(run) > 0 {
		end = ac.onlyAfterRun(si, end)
	}
	if len(run) == 0 || end < len(si.toks) && !si.toks[end].punct {
		return out
	}
	run, end = ac.atItsSide(si, run, end, ents)
	cut := len(si.toks)
	for k := end; k < len(si.toks); k++ {
		if si.tokText(k) == ";" || si.tokText(k) == "؛" {
			cut = k
			break
		}
	}
	exhaustive := ac.onlyOfList(si, 0, cut)
	return append(out, draft{topic: topic, members: ac.memberIDs(run), exhaustive: exhaustive, pos: run[0].start, rule: "set.answered_question"})
}

// joinedRun: only commas, conjunctions and articles stand in [from, to).
func (ac *articleContext) joinedRun(si *sentInfo, from, to int) bool {
	for k := from; k < to; k++ {
		if t := si.tokText(k); !isComma(t) && !ac.l.fw.conjunctions[t] && !ac.l.fw.definiteArticles[t] {
			return false
		}
	}
	return true
}

// atItsSide: ", with the Catholic Church at its side" after the answer's names adds a member
// that acts with them ("Switzerland, with the Catholic Church at its side", "Sant'Egidio,
// with Italian diplomats at its side"); the phrase ends the sentence or its clause.
func (ac *articleContext) atItsSide(si *sentInfo, run []mention, end int, ents []mention) ([]mention, int) {
	if end+1 >= len(si.toks) || !isComma(si.tokText(end)) || !strings.EqualFold(si.tokText(end+1), "with") {
		return run, end
	}
	for _, m := range ents {
		if m.start <= end+1 {
			continue
		}
		if m.start > end+3 || !setMember(m) || !ac.joinedRun(si, end+2, m.start) {
			break
		}
		k := m.end
		if k+3 <= len(si.toks) && si.tokText(k) == "at" && si.tokText(k+2) == "side" {
			k += 3
		}
		if k < len(si.toks) && !si.toks[k].punct {
			break
		}
		return append(run, m), k
	}
	return run, end
}

// onlyAfterRun: past an "only" word right after the names ("Oman alone", "the AU and nobody
// else"), where the answer's names end.
func (ac *articleContext) onlyAfterRun(si *sentInfo, end int) int {
	if h, ok := si.hitAt(catOnly, end); ok && h.start == end {
		return h.end // "the AU and nobody else"
	}
	if k := end + 1; end < len(si.toks) && ac.l.fw.conjunctions[si.tokText(end)] {
		if h, ok := si.hitAt(catOnly, k); ok && h.start == k {
			return h.end // "Oman, and Oman alone"; "and only"
		}
	}
	return end
}
