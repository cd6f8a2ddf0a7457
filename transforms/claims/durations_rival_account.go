package claims

// rivalSpanAt reads a second account of the truce's length given as the bare object of a verb of
// saying, in a sentence that already speaks of the length: "the federal government says it runs
// for thirty days; the Peshmerga say two weeks", "Ninety days under the text; the Junta says six
// months", "though the defence ministry speaks of thirty days", «تقول الحكومة إن الهدنة تمتد
// ثلاثة أشهر، بينما يؤكد المجلس العسكري أنها ستة أشهر». The unit may be left out when it is that
// of the first account ("thirty days, say the mediators; the TTP says forty-five"). The verb's
// named subject says it (rule duration.rival_account).
func (ac *articleContext) rivalSpanAt(si *sentInfo, ne numExpr) (draft, bool) {
	if !ac.ceasefire || questionSentence(si) {
		return draft{}, false
	}
	verb, agent := -1, ""
	if !negatedAt(si, ne.start) {
		verb, agent = ac.sayerOfBareObject(si, ne.start)
	}
	admitted := false
	if agent == "" {
		// «لا تعترف القيادة المشتركة إلا بثلاثين يوماً»: the only span a side admits
		// (durations_only_admitted.go).
		if verb, agent, admitted = ac.onlyAdmittedSpan(si, ne.start); !admitted {
			return draft{}, false
		}
	}
	// The sentence speaks of the length before the verb: a counted span or a duration cue.
	first, firstDays := -1, 0.0
	if u, ok := ac.countedUnitBefore(si, verb); ok {
		first, firstDays = u.start, ac.l.durUnits[u.idx]
	}
	if first < 0 && !ac.durationCueBefore(si, verb) || !ac.truceLengthBefore(si, verb) {
		return draft{}, false
	}
	unit := ne.end
	if si.tokText(unit) == "-" {
		unit++
	}
	days, end := firstDays, unit
	if h, ok := si.hitAt(catDurUnit, unit); ok {
		days, end = ac.l.durUnits[h.idx], h.end
	} else if first < 0 || admitted || !ac.lengthTold(si, verb) && !ac.spanSaid(si, first) {
		// The unit left out is the first span's only where that span is told as the length
		// (lengthTold, as heldSpanAt asks) or is itself a side's account ("thirty days, say the
		// mediators; the TTP says forty-five"): after "The 60-day truce in Kadugli has not
		// stopped the killing; the SPLM-N speaks of 200" the number counts something else.
		return draft{}, false
	}
	// The span is the whole object: its clause ends after it ("say two weeks.", not "say two
	// weeks of talks are needed").
	if end < len(si.toks) && !si.toks[end].punct && !ac.l.fw.coordinators[si.tokText(end)] && !admitted {
		return draft{}, false
	}
	d := durationDraft(ne.low, ne.high, days, ne.start)
	d.rule, d.agent = "duration.rival_account", agent
	return d, true
}

// spanSaid: the counted span whose unit starts at u is itself said: a verb of saying follows
// its unit past a comma ("thirty days, say the mediators") or ends right before its number, at
// most two words before the unit with no punctuation between ("the UN says thirty days").
func (ac *articleContext) spanSaid(si *sentInfo, u int) bool {
	end := u + 1
	if h, ok := si.hitAt(catDurUnit, u); ok {
		end = h.end
	}
	for _, h := range si.hitsOf(catAttrVerb) {
		if h.start == end+1 && isComma(si.tokText(end)) || h.end < u && u-h.end <= 2 && !punctIn(si, h.end, u) {
			return true
		}
	}
	return false
}

// sayerOfBareObject: a verb of saying (attribution_verbs) whose object is the quantity at pos:
// the verb ends right before it ("the Peshmerga say two weeks", "speaks of thirty days") or, in
// Arabic, the complementizer and the truce's pronoun stand between («يؤكد المجلس أنها ستة أشهر»).
// Its subject is a name right before the verb, or right after it where the verb comes first.
// The bare number may also come first, the verb and its subject after a comma ("fifteen, says
// the PUK"). It returns the verb's start and the subject's id ("" when none).
func (ac *articleContext) sayerOfBareObject(si *sentInfo, pos int) (int, string) {
	if pos < 2 {
		return -1, ""
	}
	comp := ac.l.fw.complementizers[si.tokText(pos-1)]
	after := -1 // the token after a bare number at pos
	if v, j := ac.numberAt(si, pos); j > pos && v > 0 {
		after = j
	}
	for _, h := range si.hitsOf(catAttrVerb) {
		switch {
		case comp:
			// «يؤكد المجلس العسكري للخلاص الوطني أنها»: the subject after the verb, then أنها.
			if k := si.mentionsEndingBy(pos-1) - 1; k >= 0 && si.ents[k].end == pos-1 && si.ents[k].start == h.end && ac.speakingMention(si.ents[k]) {
				return h.start, si.ents[k].e.ID
			}
		case h.end == pos:
			if k := si.mentionsEndingBy(h.start) - 1; k >= 0 && si.ents[k].end == h.start && ac.speakingMention(si.ents[k]) {
				return h.start, si.ents[k].e.ID
			}
		case after >= 0 && h.start == after+1 && isComma(si.tokText(after)):
			// "fifteen, says the PUK": the bare number fronted, the verb and its subject after
			// the comma, the clause ending there (the span's own end is the comma).
			if m, ok := ac.mentionWithin(si, h.end, 1, true); ok && m.start <= h.end+1 && ac.speakingMention(m) && (m.end >= len(si.toks) || clauseBreakPunct(si.toks[m.end].text)) {
				return h.start, m.e.ID
			}
		}
	}
	return -1, ""
}

// speakingMention: a mention that can speak: a body, force, state or person named, not a place
// or an adjective.
func (ac *articleContext) speakingMention(m mention) bool {
	if m.demonym || m.place || m.e.Type == "city" || m.e.Type == "region" || m.e.Type == "media" {
		return false
	}
	return true
}

// durationCueBefore: a duration cue (the length, lasts, runs for; not an increment or a
// deadline) starts before token i.
func (ac *articleContext) durationCueBefore(si *sentInfo, i int) bool {
	for _, c := range ac.cuesOf(si, refDuration) {
		if v := ac.l.topicCue[c.idx].Value; c.start < i && v != "increment" && v != "deadline" {
			return true
		}
	}
	return false
}

// truceLengthBefore: the length spoken of before token i is the truce's: the truce or the deal
// is named before it ("Ninety days, renewable, under the text; the Junta says six months"), a
// thing pronoun stands for it ("say it runs for thirty days"), a frame cue names the length
// ("Length: thirty days, say the mediators") or the length was just asked. A span of anything
// else ("Hostages have been held for 700 days; Hamas says 200") is no account of the truce's.
func (ac *articleContext) truceLengthBefore(si *sentInfo, i int) bool {
	for _, n := range si.nouns {
		if n.start < i && (n.cat == catCeasefire || n.cat == catAgreement) {
			return true
		}
	}
	for k := 0; k < i && k < len(si.toks); k++ {
		if ac.l.fw.thingPronouns[si.tokText(k)] {
			return true
		}
	}
	for _, c := range ac.cuesOf(si, refDuration) {
		if c.start < i && ac.l.topicCue[c.idx].Value == "frame" {
			return true
		}
	}
	return ac.topicAnswered(si, refDuration)
}
