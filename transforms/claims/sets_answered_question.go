package claims

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
	if topic == "" || len(ac.cuesOf(si, refTalksSponsors)) > 0 || ac.fightingInSentence(si) {
		return out
	}
	first := si.ents[0]
	if first.start > 1 || first.start == 1 && !ac.l.fw.definiteArticles[si.tokText(0)] && si.tokText(0) != "A" && si.tokText(0) != "a" {
		return out
	}
	var run []mention
	end := 0
	for _, m := range si.ents {
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
	if len(run) == 0 || end < len(si.toks) && !si.toks[end].punct {
		return out
	}
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
