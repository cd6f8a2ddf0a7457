package claims

import "github.com/tanaqud/tanaqud/schemas"

// namedAsSide: the mention is one of the sides a parties cue lists: after "between" ("the
// ceasefire between Kyrgyzstan and Tajikistan, reached with Russian mediation", "mediated
// between X and Y") or after "with" right behind a truce or agreement noun ("the only guarantor
// of the ceasefire with Iran", "لوقف إطلاق النار مع إيران"). A side is no guarantor, mediator,
// monitor or sponsor of its own truce, though a set cue reads back or forward over it.
func (ac *articleContext) namedAsSide(si *sentInfo, m mention) bool {
	for _, h := range ac.cuesOf(si, refParties) {
		if h.end > m.start || m.start-h.end > 16 {
			continue
		}
		switch ac.l.topicCue[h.idx].Object {
		case "":
		case "with":
			if !ac.truceNounEndsAt(si, h.start) {
				continue // "in close cooperation with the United States": a partner, maybe a member
			}
		default:
			continue
		}
		last, first := h.end, true
		var prev *schemas.Entity
		for _, e := range si.ents[si.firstMentionFrom(h.end):] {
			if prev != nil && e.e == prev && e.start >= last && e.start-last <= 2 && !punctIn(si, last, e.start) {
				// "the Islamic Republic of Iran": one side named twice over.
			} else if !ac.sideListGap(si, last, e.start, first) {
				break
			}
			if e.start == m.start {
				return true
			}
			last, first, prev = e.end, false, e.e
		}
	}
	return false
}

// truceNounEndsAt: a ceasefire or agreement noun ends right before pos.
func (ac *articleContext) truceNounEndsAt(si *sentInfo, pos int) bool {
	for _, c := range hitsStartingIn(si.hitsOf(catCeasefire), pos-ac.l.longest, pos-1) {
		if c.end == pos {
			return true
		}
	}
	for _, c := range hitsStartingIn(si.hitsOf(catAgreement), pos-ac.l.longest, pos-1) {
		if c.end == pos {
			return true
		}
	}
	return false
}

// definiteTruceNounEndsAt: a ceasefire or agreement noun ends right before pos, with no generic
// determiner before it ("any truce", "أي هدنة": a truce rejected or asked for, not one made).
func (ac *articleContext) definiteTruceNounEndsAt(si *sentInfo, pos int) bool {
	for _, c := range []category{catCeasefire, catAgreement} {
		for _, n := range hitsStartingIn(si.hitsOf(c), pos-ac.l.longest, pos-1) {
			if n.end == pos && !si.tokIn(n.start-1, classGenericDeterminer, ac.l.fw.genericDeterminers) {
				return true
			}
		}
	}
	return false
}

// sideListGap: the tokens in [from, to) keep a list of sides going: before the first name up
// to four words with no punctuation or boundary ("between the Islamic Republic of Iran and",
// "بين كل من"); between names only conjunctions and articles.
func (ac *articleContext) sideListGap(si *sentInfo, from, to int, first bool) bool {
	if to < from || first && to-from > 4 || !first && to-from > 2 {
		return false
	}
	for i := from; i < to; i++ {
		t := si.tokText(i)
		if si.toks[i].punct || i > from && si.boundary[i] {
			return false
		}
		if !first && !ac.l.fw.definiteArticles[t] && !ac.l.fw.conjunctions[t] && !ac.l.fw.coordinators[t] {
			return false
		}
	}
	return true
}

// meetingQualifiedBy: a meeting noun stands right before the sponsorship cue, at most one word
// (its verb: "held", "جرى") between and no punctuation: the cue qualifies the meeting ("a
// video call hosted by Moscow", "اتصال مرئي جرى برعاية روسية", "a meeting sponsored by
// Egypt"), whoever the nearer truce noun before it, when the sentence names a truce, an
// agreement or talks, or the meeting's sides.
func (ac *articleContext) meetingQualifiedBy(si *sentInfo, h hit) bool {
	return ac.meetingBefore(si, h) && (len(si.nouns) > 0 || ac.betweenInClauseAfter(si, h.end))
}

// meetingBefore: a meeting noun stands right before the cue at h, at most one word between and
// no punctuation: the cue qualifies that meeting, whatever it is about.
func (ac *articleContext) meetingBefore(si *sentInfo, h hit) bool {
	if !si.has[catMeeting] {
		return false
	}
	for _, m := range hitsStartingIn(si.hitsOf(catMeeting), h.start-ac.l.longest-1, h.start-1) {
		if m.end <= h.start && h.start-m.end <= 1 && !punctIn(si, m.end, h.start) && !si.boundaryIn(m.end, h.start) {
			return true
		}
	}
	return false
}

// betweenInClauseAfter: a between word follows pos in its clause ("برعاية عمانية بين
// الطرفين"): the meeting is one of sides. A meeting that names neither a truce, an agreement,
// talks nor sides ("a video call hosted by Oman discussed trade") may be about anything.
func (ac *articleContext) betweenInClauseAfter(si *sentInfo, pos int) bool {
	for k := pos; k < clauseEnd(si, pos); k++ {
		if si.tokIn(k, classBetween, ac.l.fw.between) {
			return true
		}
	}
	return false
}

// beforeCoordinatedThat keeps, of names collected back from pos (nearest first), those after
// the last that-clause coordinated with an earlier one (", and that", "، وأن"): the names
// before it belong to the first clause ("جرت بوساطة من الولايات المتحدة وقطر وسلطنة عمان، وأن
// قطر والولايات المتحدة تضمنان": Oman mediated, it guarantees nothing).
func (ac *articleContext) beforeCoordinatedThat(si *sentInfo, ms []mention, pos int) []mention {
	for k, m := range ms {
		for i := m.end; i < pos; i++ {
			if ac.coordinatedThatAt(si, i) {
				return ms[:k]
			}
		}
	}
	return ms
}

// coordinatedThatAt: token i opens a that-clause coordinated with an earlier one: "وأن" with
// the conjunction glued on, or a complementizer after a comma or a coordinator (", and that").
func (ac *articleContext) coordinatedThatAt(si *sentInfo, i int) bool {
	t := si.tokText(i)
	if bare := ac.l.fw.withoutConjunction(t); bare != t && ac.l.fw.complementizers[bare] {
		return true // "وأن"
	}
	return si.tokIn(i, classComplementizer, ac.l.fw.complementizers) && i > 0 && (isComma(si.tokText(i-1)) || ac.l.fw.coordinators[si.tokText(i-1)])
}

// deniedThatClause: the cue at pos is in the content clause of a denial ("نفت الوزارة ... أن
// تكون المملكة طرفاً ضامناً", "denied reports that it would guarantee"): a that-word between
// the denial and the cue. A denial whose object the cue qualifies ("rejected the deal brokered
// by Oman") denies the deal, not the broker.
func (ac *articleContext) deniedThatClause(si *sentInfo, pos int) bool {
	if !si.has[catDenial] {
		return false
	}
	if !deniedClauseWithin(si, pos, 12) {
		return ac.deniedAfterSubject(si, pos) // sets_denied_after_subject.go
	}
	for _, d := range hitsStartingIn(si.hitsOf(catDenial), pos-24, pos-1) {
		for i := d.end; i < pos; i++ {
			if si.tokIn(i, classComplementizer, ac.l.fw.complementizers) {
				return true
			}
		}
	}
	return false
}

// nameQualifiesCue: the name stands right before the set cue, at most a possessive between and
// no punctuation ("the ceasefire with Oman's mediation"): the cue is the name's role, so the
// name is no side even after "with".
func (ac *articleContext) nameQualifiesCue(si *sentInfo, m mention, h hit) bool {
	return m.end <= h.start && h.start-m.end <= 1 && !punctIn(si, m.end, h.start)
}
