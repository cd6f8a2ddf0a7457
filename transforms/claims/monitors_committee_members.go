package claims

// A monitoring body written with its members in the same phrase: the gold convention
// (testdata/gold/README.md, monitoring committees) writes the committee and the states or bodies
// its membership phrase names ("The joint coordination committee, which brings together officers
// from the army, the Peshmerga and UNAMI, will monitor", "a Joint Monitoring Group made up of the
// Assam Rifles, the CRPF and the Manipur Police", "a joint committee of police, army and native
// administration", "اللجنة التنسيقية المشتركة، التي تضم ضباطاً من الجانبين وممثلين عن يونامي،
// ستتولى مراقبة", "لجنة مشتركة من الجيش والفعاليات والطرفين هي التي تراقب").

// committeeMembers: for each joint body among the monitors already read, the names of the
// membership phrase right after it (membershipPhraseAt) that pass the set's member test. A body
// that negotiates or is only proposed is no monitor, so never reaches here.
func (ac *articleContext) committeeMembers(si *sentInfo, h hit, ms []mention, member func(mention) bool) []mention {
	var out []mention
	for _, m := range ms {
		if !jointBody(m.e) {
			continue
		}
		// "a committee of jirga elders and KP government officials": a gazetteer name that
		// takes the membership phrase in (monitors_committee_nested.go).
		sits := func(o mention) bool {
			return member(o) || ac.attributedTo(si, o) && setMember(o) && !isSpeakerMention(si, o, ac.l.lex.Grammar.SubjectBeforeVerb, ac.l.longest)
		}
		out = append(out, ac.membersInsideName(si, m, sits)...)
		p := ac.membershipPhraseAt(si, m.end)
		if p < 0 {
			continue
		}
		// The phrase ends at its clause's punctuation (a list comma aside), at the monitoring
		// words, at a new relative clause, a locative ("in Istanbul") or a "that" clause.
		// "ممثلين عن يونامي", representatives of UNAMI: inside the phrase the preposition names
		// whose men sit on the body, not a source (sits).
		names := collectForward(si, p, 5, sits, func(i int) bool {
			t := &si.toks[i]
			return t.punct && !isComma(t.text) || i >= h.start && i < h.end || si.startsAt(catRelPron, i) || si.startsAt(catLocative, i) ||
				si.tokIn(i, classComplementizer, ac.l.fw.complementizers)
		})
		out = append(out, names...)
	}
	if b, p, ok := ac.committeeBeforeAt(si, ms, member); ok {
		out = append(out, b)
		if p >= 0 {
			// "chaired by the ministry, with a U.S. Army officer": the first phrase's names.
			out = append(out, collectForward(si, p, 3, member, func(i int) bool { return si.toks[i].punct })...)
		}
	}
	return out
}

// committeeBefore: the monitors read back from the cue sit inside the membership phrase of a
// joint body named right before it ("The joint coordination committee, which brings together
// officers from the army, the Peshmerga and UNAMI, will monitor"): that body monitors with them.
// The phrase may be a second one, opened by a comma after the body's own ("A joint military
// commission of officers from both sides, with SADC observers attached, will monitor", "a joint
// committee chaired by the ministry, with a U.S. Army officer, ... would monitor": a comitative
// membership word, lexicon attached_membership_words: "with", "backed"); the names of the first
// phrase sit on the body too.
func (ac *articleContext) committeeBefore(si *sentInfo, ms []mention, member func(mention) bool) (mention, bool) {
	b, _, ok := ac.committeeBeforeAt(si, ms, member)
	return b, ok
}

// committeeBeforeAt is committeeBefore with where the body's first membership phrase opens when
// the monitors sit in a second one after it (-1 when they sit in the first).
func (ac *articleContext) committeeBeforeAt(si *sentInfo, ms []mention, member func(mention) bool) (mention, int, bool) {
	first := earliestStart(ms)
	for k := si.mentionsEndingBy(first) - 1; k >= 0; k-- {
		b := si.ents[k]
		if first-b.end > 8+secondPhraseReach || si.boundaryIn(b.end, first) {
			break
		}
		if !jointBody(b.e) || !member(b) {
			continue
		}
		p := ac.membershipPhraseAt(si, b.end)
		if p >= 0 && p <= first && first-p <= 5 && first-b.end <= 8 {
			return b, -1, true
		}
		if p >= 0 && p <= first && ac.secondMembershipPhrase(si, p, first) {
			return b, p, true
		}
	}
	return mention{}, -1, false
}

// secondPhraseReach is how much farther back a body may stand whose second membership phrase
// holds the monitors.
const secondPhraseReach = 8

// secondMembershipPhrase: a comma in [from, first) opens another membership phrase of the same
// body that reaches the monitors at first within five tokens; only commas stand between.
func (ac *articleContext) secondMembershipPhrase(si *sentInfo, from, first int) bool {
	for q := from; q < first; q++ {
		if !si.toks[q].punct {
			continue
		}
		if !isComma(si.toks[q].text) {
			return false // only commas stand between
		}
		if p := ac.membershipPhraseAt(si, q); p >= 0 && p <= first && first-p <= 5 {
			return true
		}
	}
	return false
}

// membershipPhraseAt: the position after a membership word (lexicon membership_words: comprising,
// made up of, of, تضم, المكونة من, من) at p, or after ", which"/"، التي" and one, or after a
// comma and an attached-membership word whose phrase names staff (", with SADC observers
// attached"); -1 if none opens there. The body's seat may stand between ("a joint coordination centre in Istanbul staffed by").
func (ac *articleContext) membershipPhraseAt(si *sentInfo, p int) int {
	if l, ok := si.hitAt(catLocative, p); ok && l.start == p {
		if m, named := si.mentionAt(l.end); named && m.start == l.end && placeNamed(m.e) {
			p = m.end
		}
	}
	comma := p < len(si.toks) && isComma(si.toks[p].text)
	if comma {
		p++ // ", which brings together", ", led by"
	}
	if r, ok := si.hitAt(catRelPron, p); ok && r.start == p {
		p, comma = r.end, false
	}
	if p < len(si.toks) && comma && ac.l.fw.attachedMembership[si.tokText(p)] && ac.staffWithin(si, p+1, 6) {
		return p + 1 // ", with SADC observers attached", ", backed by a small team of UNSMIL observers"
	}
	if p >= len(si.toks) || !ac.l.fw.membershipWords[si.tokText(p)] {
		return -1
	}
	if comma && ac.l.fw.prepositions[si.tokText(p)] {
		return -1 // "the committee, of course,", "اللجنة، من جهتها،": a bare preposition opens no membership after a comma
	}
	return p + 1
}

// staffWithin: a staff noun (lexicon staff_nouns: observers, officers, teams) among the n tokens
// from p, before any punctuation outside a name ("U.N. observers", "SADC observers").
func (ac *articleContext) staffWithin(si *sentInfo, p, n int) bool {
	for k := p; k < len(si.toks) && k < p+n; {
		end := k + 1
		if m, ok := si.mentionAt(k); ok && m.start == k {
			end = m.end
		} else if si.toks[k].punct {
			return false
		}
		for ; k < end; k++ {
			if ac.l.fw.staffNouns[si.tokText(k)] {
				return true
			}
		}
	}
	return false
}
