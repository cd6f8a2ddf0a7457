package claims

// trucesOwnPlace: m is the place the truce noun's own locative at loc names, the first name
// right after it ("talks on a suspension of operations in Manipur").
func (ac *articleContext) trucesOwnPlace(si *sentInfo, loc int, m mention) bool {
	k := si.firstMentionFrom(loc + 1)
	return k < len(si.ents) && si.ents[k].start == m.start && m.start <= loc+3
}

// placedPastTrucePlace: the truce noun before the talks' place m has a locative of its own at
// loc, whose place ends before m, and m follows a locative of its own past a verb, in the same
// clause, with no conjunction between ("Talks on a suspension of operations in Manipur opened
// in New Delhi", "talks on a truce in Darfur resumed in Jeddah"): m is where the talks are, the
// first place the truce's. "in Gaza and in Rafah" lists the truce's places.
func (ac *articleContext) placedPastTrucePlace(si *sentInfo, loc int, m mention) bool {
	k := si.firstMentionFrom(loc + 1)
	if k >= len(si.ents) || si.ents[k].start > loc+3 || si.ents[k].end >= m.start {
		return false // no place of the truce's own, or m is that place
	}
	own := si.ents[k]
	if m.start-own.end < 2 || boundaryIn(si, own.end, m.start) || punctIn(si, own.end, m.start) {
		return false
	}
	for j := own.end; j < m.start; j++ {
		if ac.l.fw.conjunctions[si.tokText(j)] || ac.l.fw.coordinators[si.tokText(j)] {
			return false
		}
	}
	at := m.start - 1
	if ac.l.fw.definiteArticles[si.tokText(at)] {
		at--
	}
	// "Talks on a truce in Gaza opened on Monday amid fighting in Rafah": a locative right
	// after a fighting word places the fighting, not the talks.
	return at > own.end && si.startsAt(catLocative, at) && !ac.fightingWordJustBefore(si, at)
}
