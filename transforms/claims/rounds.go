package claims

import "time"

// Rounds of talks. Coverage of one truce routinely names two rounds: the one that produced it
// ("the truce agreed in Cairo on Monday") and the one announced for later ("talks will resume
// in Doha next week"). Both are the event's talks, so both give talks claims, but they are two
// facts, not rival accounts: a claim of a topic the schema marks "rounds" carries the round it
// speaks of (Claim.Round), and the comparison ranks a pair of values that speak of two rounds
// low (transforms/compare: roundsFactor) without hiding it.
//
// The round is read from the claim's own clause, not the whole sentence: a planned-talks marker
// (lexicon planned_talks_markers: "will be held", "next", "upcoming", "ستعقد", "المقبلة") in the
// clause of the claim's token makes the round planned ("talks will resume in Doha next week",
// "ستعقد الجولة المقبلة في الدوحة"). A clause ends at clause punctuation, a comma and a
// coordinator ("and"); a marker written with a conjunction clitic ("وستعقد", "ومن المقرر") opens
// a clause of its own, so it speaks of what follows it, never of what came before ("اتفق الطرفان
// في القاهرة على الهدنة وستعقد الجولة المقبلة في الدوحة"). A clause that names no talks (an
// appositive "hosted like the last by Cuba") takes the round of the talks named just before it.
// A talks date after the article's publication is planned whatever the wording, and so are the
// venue and sponsors in its clause.

// RoundPlanned is Claim.Round of talks announced for later.
const RoundPlanned = "planned"

// How far a clause is searched either way of a token, and how far before a clause the talks
// noun it describes may stand ("the next round of talks, hosted by Cuba, ...").
const (
	roundClauseReach = 24
	roundNounReach   = 16
)

// roundOf returns the round of a draft of a topic marked "rounds": RoundPlanned or "".
// temporal says the draft's value is a time (its low bound is when the talks begin).
// ds are the sentence's drafts: a talks date still to come in the claim's clause makes the
// venue and sponsors beside it planned too ("تستضيف القاهرة المفاوضات في الثامن عشر من الشهر").
func (ac *articleContext) roundOf(si *sentInfo, d *draft, temporal bool, ds []draft) string {
	if temporal && ac.afterPublication(d) {
		return RoundPlanned // talks dated after the article was published are still to come
	}
	if temporal && ac.beforePublication(d) {
		return "" // talks dated before the article were held, whatever "next" or "expected" says
	}
	pos := d.pos
	if pos < 0 || pos >= len(si.toks) || (!si.has[catPlanned] && !ac.anyDateToCome(ds)) {
		return ""
	}
	lo, hi := ac.clauseAround(si, pos)
	if ac.datePastIn(ds, lo, hi) {
		return "" // "the next round opened in Muscat on October 12", published on the 15th
	}
	if ac.plannedIn(si, lo, hi, pos) || ac.dateToComeIn(ds, lo, hi) {
		return RoundPlanned
	}
	if talksNounIn(si, lo, hi) {
		return "" // the clause names its talks and says nothing of a later round
	}
	// A clause without a talks noun (an appositive "hosted by Cuba", a trailing "expected in
	// Nairobi") speaks of the talks named just before it: their clause decides.
	if n, ok := talksNounBefore(si, lo); ok && lo-n.end <= roundNounReach && !si.boundaryIn(n.end, pos) {
		nlo, nhi := ac.clauseAround(si, n.start)
		if ac.plannedIn(si, nlo, nhi, n.start) || ac.dateToComeIn(ds, nlo, nhi) {
			return RoundPlanned
		}
	}
	return ""
}

// afterPublication: a temporal draft begins after the article's publication. An article dated
// without a time may have been published at any hour of its day, so the day must be over: talks
// that open that same day in a zone behind UTC are not still to come.
func (ac *articleContext) afterPublication(d *draft) bool {
	return ac.hasPub && d.low >= float64(ac.pubLatest()) && d.low <= d.high
}

// beforePublication: a temporal draft ends by the article's publication (the earliest it can
// have been, for an article dated without a time).
func (ac *articleContext) beforePublication(d *draft) bool {
	return ac.hasPub && d.high <= float64(ac.pub.Unix()) && d.low <= d.high
}

// pubLatest is the latest the article can have been published, in Unix seconds: its instant,
// or the end of its day when only the day is given.
func (ac *articleContext) pubLatest() int64 {
	if len(ac.a.Published) == len(time.DateOnly) {
		return ac.pub.Add(24 * time.Hour).Unix()
	}
	return ac.pub.Unix() + 1
}

// datePastIn: a draft dating talks before the publication hangs on a token of [lo, hi).
func (ac *articleContext) datePastIn(ds []draft, lo, hi int) bool {
	for k := range ds {
		if d := &ds[k]; d.pos >= lo && d.pos < hi && ac.isDateOfTalks(d) && ac.beforePublication(d) {
			return true
		}
	}
	return false
}

// isDateOfTalks: a draft of a temporal topic marked "rounds".
func (ac *articleContext) isDateOfTalks(d *draft) bool {
	tp := ac.x.data.Topics.Topic(d.topic)
	return tp != nil && tp.Rounds && tp.Kind == "temporal"
}

// anyDateToCome: a draft of the sentence dates talks after the publication.
func (ac *articleContext) anyDateToCome(ds []draft) bool {
	for k := range ds {
		if ac.isDateOfTalks(&ds[k]) && ac.afterPublication(&ds[k]) {
			return true
		}
	}
	return false
}

// dateToComeIn: a draft dating talks after the publication hangs on a token of [lo, hi).
func (ac *articleContext) dateToComeIn(ds []draft, lo, hi int) bool {
	for k := range ds {
		if d := &ds[k]; d.pos >= lo && d.pos < hi && ac.isDateOfTalks(d) && ac.afterPublication(d) {
			return true
		}
	}
	return false
}

// plannedIn: a planned marker stands in the clause [lo, hi) of token pos. A marker read through
// an inflection ("being held" is not "be held") does not count; one read through a conjunction
// clitic ("وستعقد") does, and speaks only of what follows it.
func (ac *articleContext) plannedIn(si *sentInfo, lo, hi, pos int) bool {
	for _, m := range hitsStartingIn(si.hitsOf(catPlanned), lo, hi-1) {
		opens := ac.opensClause(si, m)
		if (m.exact || opens) && !(opens && m.start > pos) {
			return true
		}
	}
	return false
}

// talksNounIn: a talks or meeting noun starts in [lo, hi).
func talksNounIn(si *sentInfo, lo, hi int) bool {
	return len(hitsStartingIn(si.hitsOf(catTalks), lo, hi-1)) > 0 || len(hitsStartingIn(si.hitsOf(catMeeting), lo, hi-1)) > 0
}

// talksNounBefore returns the last talks or meeting noun ending at or before token lo.
func talksNounBefore(si *sentInfo, lo int) (hit, bool) {
	var best hit
	found := false
	for _, c := range [...]category{catTalks, catMeeting} {
		for _, n := range si.hitsOf(c) {
			if n.end <= lo && (!found || n.end > best.end) {
				best, found = n, true
			}
		}
	}
	return best, found
}

// clauseAround returns the tokens [lo, hi) of the clause holding token pos (see the comment at
// the top of the file), at most roundClauseReach tokens either way.
func (ac *articleContext) clauseAround(si *sentInfo, pos int) (int, int) {
	lo := pos
	for k := pos - 1; k >= 0 && pos-k <= roundClauseReach; k-- {
		if ac.endsClause(si, k) {
			break
		}
		lo = k
		if ac.opensClauseAt(si, k) {
			break
		}
	}
	hi := pos + 1
	for k := pos + 1; k < len(si.toks) && k-pos <= roundClauseReach; k++ {
		if ac.endsClause(si, k) || ac.opensClauseAt(si, k) {
			break
		}
		hi = k + 1
	}
	return lo, hi
}

// endsClause: token k is clause punctuation, a clause break word, a comma or a coordinator
// that does not join two names ("talks in Muscat and Riyadh will be held" is one clause).
func (ac *articleContext) endsClause(si *sentInfo, k int) bool {
	t := si.toks[k].text
	if si.boundary[k] || isComma(t) {
		return true
	}
	if !si.tokIn(k, classCoordinator, ac.l.fw.coordinators) {
		return false
	}
	_, nameBefore := si.mentionEndingAt(k)
	_, nameAfter := si.mentionAt(k + 1)
	return !(nameBefore && nameAfter)
}

// opensClauseAt: a planned marker written with a conjunction clitic starts at token k.
func (ac *articleContext) opensClauseAt(si *sentInfo, k int) bool {
	if !si.startsAt(catPlanned, k) {
		return false
	}
	for _, m := range si.hitsOfAt(catPlanned, k) {
		if ac.opensClause(si, m) {
			return true
		}
	}
	return false
}

// opensClause: the marker's first word carries a conjunction clitic ("وستعقد": "and will be
// held"), so it begins a coordinated clause.
func (ac *articleContext) opensClause(si *sentInfo, m hit) bool {
	return !m.exact && len(ac.l.fw.conjunctionPrefixes) > 0 && hasAnyPrefix(si.tokText(m.start), ac.l.fw.conjunctionPrefixes)
}
