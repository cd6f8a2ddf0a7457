package claims

// signingLocative: the locative that places the signing or reaching at h: the first venue
// locative in the verb's clause, past the words that may stand between a verb and its place. It
// is near when it follows the verb within four tokens, as "signed in Juba", "agreed in Doha"
// and "signed a ceasefire agreement in Doha" have it. It is far when names (a verb-first
// subject: "وقّع الجيش السوداني والحركة الشعبية ... مساء الخميس في جوبا اتفاقاً") or the truce's
// own noun phrase ("signed a cessation of hostilities for South Kordofan in Juba") stand
// between: up to six other tokens, no punctuation outside the names, no clause boundary, and
// no denial or negation before the place.
func (ac *articleContext) signingLocative(si *sentInfo, h hit) (loc int, far bool) {
	loc = -1
	for _, c := range ac.cuesOf(si, refTalksVenue) {
		if ac.l.topicCue[c.idx].Object == "" && c.start >= h.end && (loc < 0 || c.start < loc) {
			loc = c.start
		}
	}
	if loc < 0 || boundaryIn(si, h.end, loc) {
		return -1, false
	}
	if loc-h.end <= 4 && !punctIn(si, h.end, loc) {
		return loc, false
	}
	other := 0
	for k := h.end; k < loc; k++ {
		if m, ok := si.mentionAt(k); ok {
			k = m.end - 1 // a name, with its own punctuation ("السودان – شمال (جناح الحلو)")
			if e := nameGloss(si, m.end, loc); e > m.end {
				k = e - 1 // "القوات المسلحة لكابيندا (فليك-فاك)": the name's acronym or wing in brackets
			}
			continue
		}
		if si.toks[k].punct {
			return -1, false
		}
		other++
	}
	if other > 6 {
		return -1, false
	}
	// The longer reach is for plain statements: a denial or negation before the place in its
	// sentence ("نفى مصدر ... ما تداولته منصات إعلامية عن التوصل إلى اتفاق ... في جوبا") may
	// cover the signing from farther than deniedAt looks.
	for k := 0; k < loc; k++ {
		if si.startsAt(catDenial, k) || si.startsAt(catNegation, k) && !si.trap[k] {
			return -1, false
		}
	}
	return loc, true
}

// signedAbroad: a place the signing reaches past the truce's noun ("signed the ceasefire in
// Juba") or past a far locative is the forum only when it lies abroad, in no country of the
// fighters the article names ("signed a ceasefire in Hodeidah" is the truce's own ground,
// "signed a truce in Juba" by South Sudan's sides too).
//
// A place of signing is the talks' only where there were talks: the article must name them
// somewhere ("after four days of talks"); a flash that only says the sides "have signed a
// ceasefire in Rome" may report a ceremony held away from the negotiating.
func (ac *articleContext) signedAbroad(m mention) bool {
	return ac.forumAbroad(m.e) && ac.talksNamed()
}

// talksNamed: some sentence of the article names talks, or a mediation, which is talks
// brokered ("وقّعت ... مساء الخميس في الدوحة اتفاقاً ...، بوساطة قطرية": a mediated signing
// abroad; venue_signing_mediated_test.go).
func (ac *articleContext) talksNamed() bool {
	for _, si := range ac.infos {
		if si.has[catTalks] || ac.mediationIn(si) {
			return true
		}
	}
	return false
}

// mediationIn: the sentence tells of a mediation, not negated, denied nor refused ("رفضت قطر
// التوسط" tells of none).
func (ac *articleContext) mediationIn(si *sentInfo) bool {
	for _, c := range ac.cuesOf(si, refMediators) {
		if !negatedAt(si, c.start) && !deniedAt(si, c.start) && !ac.deniedAt(si, c.start) && !si.trap[c.start] {
			return true
		}
	}
	return false
}

// nameGloss: a bracket opening right after a name at pos closes within three words, before
// limit, holding no punctuation ("(فليك-فاك)", "(جناح الحلو)", "(FAA)"): the name's acronym or
// wing, part of the name as a reader takes it. The position after the closing bracket, else pos.
func nameGloss(si *sentInfo, pos, limit int) int {
	if si.tokText(pos) != "(" {
		return pos
	}
	for k := pos + 1; k < limit && k <= pos+4; k++ {
		if si.tokText(k) == ")" {
			if k == pos+1 {
				return pos
			}
			return k + 1
		}
		if si.toks[k].punct && si.tokText(k) != "-" && si.tokText(k) != "–" {
			return pos
		}
	}
	return pos
}
