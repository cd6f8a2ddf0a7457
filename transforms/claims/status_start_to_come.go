package claims

// statusStartToCome amends the status drafts of a sentence after the time rules: a start verb
// read as "in force" ("enters into force", "takes effect", «يدخل حيز التنفيذ») is no state of
// the truce when the start it dates in its sentence is still to come at publication ("The truce
// enters into force at 00:00 on 15 March", filed on the 14th; "the ceasefire enters into force
// at 11 p.m. Rome time tonight"): the truce is agreed, not yet in force. The start cue must
// open the draft's own position, not in the past tense, and the start time come after it in the
// same clause.
func (ac *articleContext) statusStartToCome(out []draft, si *sentInfo) []draft {
	if !ac.hasPub {
		return out
	}
	pub := float64(ac.pub.Unix())
	keep := out[:0]
	for _, d := range out {
		if d.topic == "ceasefire.status" && d.value == "in_force" && d.rule == "status.cue" && ac.startCueAt(si, d.pos) && startToComeAfter(si, out, d.pos, pub) {
			continue
		}
		keep = append(keep, d)
	}
	return keep
}

// startCueAt: a start-time cue (lexicon start_time cue: "enters into force") not in the past
// tense opens token pos ("بدأ سريانها في السادسة من صباح اليوم" began: a start past, whatever
// hour a date-only filing gives it).
func (ac *articleContext) startCueAt(si *sentInfo, pos int) bool {
	for _, c := range ac.cuesOf(si, refStartTime) {
		if c.start == pos && !ac.pastStartCue(si, c) && !ac.splitPastBefore(si, c) {
			return true
		}
	}
	return false
}

// startToComeAfter: a start_time draft of the sentence stands after pos in its clause, its
// earliest bound after the publication instant pub.
func startToComeAfter(si *sentInfo, out []draft, pos int, pub float64) bool {
	for _, d := range out {
		if d.topic != "ceasefire.start_time" || d.pos <= pos || d.low == 0 || boundaryIn(si, pos, d.pos) {
			continue
		}
		if d.low > pub {
			return true
		}
	}
	return false
}
