package claims

// dismissedContent: the cue at pos lies in reported content, a content noun or a free relative
// before it in its clause ("reports that a ceasefire had been signed", "ما يُتداول عن توقيع
// اتفاق"), whose predicate after it dismisses it (lexicon dismissals: "were baseless", "are
// premature", "لا أساس له من الصحة", "عارية عن الصحة"): the content is denied as a denial verb
// governing it would deny it. The dismissal stands in the cue's clause, with no verb of saying
// between them ("reports of shelling are false, and the army said the truce held" keeps the
// army's own claim).
func dismissedContent(si *sentInfo, pos int) bool {
	if !si.has[catDismissal] || si.content == nil {
		return false
	}
	dismissed, dismissal := false, hit{}
	for _, d := range si.hitsOf(catDismissal) {
		if d.start > pos && d.start-pos <= deniedContentReach && !si.boundaryIn(pos, d.start) &&
			len(hitsStartingIn(si.hitsOf(catAttrVerb), pos+1, d.start-1)) == 0 {
			dismissed, dismissal = true, d
			break
		}
	}
	if !dismissed || mannerBetween(si, pos, dismissal.start) {
		return false
	}
	for k := pos - 1; k >= 0 && k >= pos-deniedContentReach; k-- {
		if si.boundary[k] {
			return false
		}
		if si.content[k] {
			return !presupposedInContent(si, pos, k, dismissal.start)
		}
	}
	return false
}

// presupposedInContent: the cue at pos qualifies a truce noun as its participle, or stands in
// a relative clause ("reports that the truce agreed on Monday had been violated", "الأنباء عن
// خرق الهدنة التي وقعت الاثنين", "allegations that the army, which signed the truce on Monday,
// attacked civilians"), and the content, from its noun at from to the dismissal at to, tells
// something else, a fighting word (si.told: "violated", "attacked", "قصفت") or a cue after it
// ("had collapsed"): the dismissal denies that, and the signing it presupposes stands. "Talk
// of a truce agreed on Monday is premature" is dismissed whole.
func presupposedInContent(si *sentInfo, pos, from, to int) bool {
	// Or in a relative clause on anyone ("allegations that the army, which signed the truce
	// on Monday, attacked civilians are baseless").
	modifier := si.startsAt(catRelPron, pos-1)
	for _, c := range hitsStartingIn(si.hitsOf(catCeasefire), from, pos) {
		if c.end == pos {
			modifier = true
		}
	}
	if !modifier || si.told == nil {
		return false
	}
	for k := from + 1; k < to; k++ {
		if si.told[k] && k != pos {
			return true
		}
	}
	// "claims that the ceasefire signed on Monday had collapsed are false": a cue after it.
	for _, c := range hitsStartingIn(si.hitsOf(catTopicCue), pos+1, to-1) {
		if c.start >= pos+1 {
			return true
		}
	}
	return false
}

// mannerBetween: a manner adjunct (lexicon manner_adjuncts: "under pressure", "تحت ضغوط")
// starts between the cue at pos and the dismissal at to: "claims that the truce was signed
// under pressure are baseless" dismisses the pressure; the signing stands.
func mannerBetween(si *sentInfo, pos, to int) bool {
	if si.manner == nil {
		return false
	}
	for k := pos + 1; k < to; k++ {
		if si.manner[k] {
			return true
		}
	}
	return false
}
