package claims

import "time"

// A side's rival start for the truce given as the bare object of its verb, after the sentence
// has told a start: "The governor's office says it took effect after the isha prayer at 7.30 pm
// on Thursday, March 11; the army command still gives midnight", "Israel's government says it
// began at 7 a.m. on Friday ...; Tehran dates it from midnight". The verb is one of counting
// (counting_verbs: "gives", "counts"; not a verb of saying, whose bare time is when it was
// said: "Zulkifli announced tonight"), or a dating phrase that names the start itself (lexicon
// dating_verbs: "dates it from", "put the start at"), which needs no start told before it ("An army spokesman later put the start at
// midnight tonight"). Its subject is a name right before it, past at most two auxiliaries or
// adverbs ("still gives", "later put"). The time is the whole object: the clause ends after it.
// A bare hour takes the day that puts it nearest the start told before it in the sentence
// (7.30 pm Thursday, then midnight: Thursday's; 7 a.m. Friday, then midnight: Friday's), on
// the clock of the state that gives it when a state does; the rule is start_time.rival_account,
// the subject's claim.

// rivalStartAt reads te as such a rival start: the subject's id, value and bounds.
func (ac *articleContext) rivalStartAt(si *sentInfo, te timeExpr, out []draft) (string, string, float64, float64, bool) {
	fw := &ac.l.fw
	if !ac.ceasefire || te.kind == timeMonth {
		return "", "", 0, 0, false
	}
	if te.end < len(si.toks) && !si.toks[te.end].punct && !fw.coordinators[si.tokText(te.end)] {
		return "", "", 0, 0, false
	}
	// The start told before, in this sentence: the first account.
	var anchor *draft
	for i := range out {
		if d := &out[i]; d.topic == "ceasefire.start_time" && d.pos < te.start && d.low != 0 {
			anchor = d
		}
	}
	verb, framed := -1, false
	for _, e := range []int{te.start, te.start + 1} {
		if e == te.start+1 && (e >= te.end || si.toks[te.start].punct) {
			break
		}
		for _, p := range fw.datingVerbs {
			if verb < 0 && fw.tokensEndingAt(si, e, p) {
				verb, framed = e-len(p), true
			}
		}
	}
	if verb < 0 {
		for _, p := range fw.countingVerbs {
			if verb < 0 && fw.tokensEndingAt(si, te.start, p) {
				verb = te.start - len(p)
			}
		}
		// Only an hour: "insisted on Tuesday, dismissing reports" dates the insisting.
		if verb < 0 || anchor == nil || anchor.pos >= verb || !te.clock && !te.midnight {
			return "", "", 0, 0, false
		}
	}
	agent := ac.rivalSubjectBefore(si, verb)
	if agent == "" {
		return "", "", 0, 0, false
	}
	// A state's bare hour is on its own clock: "Tehran dates it from midnight" is Tehran's
	// midnight, not Jerusalem's.
	if e := ac.x.data.Gazetteer.Entity(agent); te.zone == nil && e != nil && e.Type == "country" {
		if loc := e.Location(); loc != nil {
			te.zone = loc
		}
	}
	if anchor != nil && bareHour(te) {
		if v, lo, hi, ok := ac.hourNearest(te, time.Unix(int64(anchor.low), 0)); ok {
			return agent, v, lo, hi, true
		}
	}
	if !framed && anchor == nil {
		return "", "", 0, 0, false
	}
	v, lo, hi := ac.resolve(si, te)
	return agent, v, lo, hi, v != ""
}

// rivalSubjectBefore: the id of the side named as the subject of the verb at pos, right before
// it past at most two auxiliaries or adverbs ("has named", "still gives"); a capital stands for
// its state ("Tehran dates it from midnight"). "" when none.
func (ac *articleContext) rivalSubjectBefore(si *sentInfo, pos int) string {
	m, ok := ac.subjectMentionBefore(si, pos)
	if !ok {
		return ""
	}
	return ac.sideNamed(si, m)
}

// subjectMentionBefore: the mention that ends right before the verb at pos, past at most two
// auxiliaries or adverbs ("has named", "still gives"): the verb's subject when it is a name.
func (ac *articleContext) subjectMentionBefore(si *sentInfo, pos int) (mention, bool) {
	fw := &ac.l.fw
	k := pos
	for n := 0; n < 2 && k > 0; n++ {
		t := si.tokText(k - 1)
		if !fw.perfectAuxiliaries[t] && !fw.modalAuxiliaries[t] && !fw.verbAdverbs[t] {
			break
		}
		k--
	}
	return si.mentionEndingAt(k)
}

// nearestDayAt: hour:minute in loc on the day (at's, the one before or after) that puts it
// nearest at.
func nearestDayAt(at time.Time, hour, minute int, loc *time.Location) time.Time {
	at = at.In(loc)
	var t time.Time
	for _, dd := range [3]int{0, -1, 1} {
		c := time.Date(at.Year(), at.Month(), at.Day()+dd, hour, minute, 0, 0, loc)
		if t.IsZero() || absDur(c.Sub(at)) < absDur(t.Sub(at)) {
			t = c
		}
	}
	return t
}

// hourNearest: the bare hour of te on the day that puts it nearest at, within half a day.
func (ac *articleContext) hourNearest(te timeExpr, at time.Time) (string, float64, float64, bool) {
	loc := ac.locOf(te)
	hour, minute := te.hour, te.minute
	if te.midnight {
		hour, minute = 0, 0
	}
	t := nearestDayAt(at, hour, minute, loc)
	if absDur(t.Sub(at)) >= 12*time.Hour {
		return "", 0, 0, false
	}
	t = t.UTC()
	return t.Format(time.RFC3339), float64(t.Unix()), float64(t.Unix() + 1), true
}
