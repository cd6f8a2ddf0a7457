package claims

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Clock times: "at 0600 on Thursday", "2200 GMT on Wednesday", "at 6 p.m. Friday", "at noon on
// Friday", "في السادسة من صباح الخميس" (Arabic hours are feminine ordinals with the article). A clock time
// counts only with the day it falls on; the zone is the sentence's or the theater's.

// clockAt reads a clock time and its day starting at token i; tz is the sentence's zone.
//
// day, when not nil, is a day read right before the clock time ("on Thursday at 6 a.m."): the
// clock time falls on it when no day follows.
func (ac *articleContext) clockAt(si *sentInfo, i int, tz *time.Location, day *timeExpr) (timeExpr, bool) {
	te := timeExpr{start: i, weekday: -1, weekday2: -1, anchorWeekday: -1, zone: tz}
	n := len(si.toks)
	j := i
	cued := false
	if h, ok := si.hitAt(catHour, j); ok {
		cued, j = true, h.end
		// "عند الساعة السادسة": two hour cues in a row.
		if h2, ok := si.hitAt(catHour, j); ok {
			j = h2.end
		}
	}
	if j >= n {
		return te, false
	}
	hour, minute := -1, 0
	t := si.toks[j]
	gluedPM, glued := false, false
	switch {
	case ac.l.fw.noon[t.text]:
		hour, j = 12, j+1 // "at noon on Friday", "ظهر الجمعة"
	case !t.number && cued && len(t.text) > 2 && t.text[0] >= '0' && t.text[0] <= '9':
		// "8am", "10pm", "08:00" written as one token
		hh, mm, pm, ok := ac.l.fw.gluedClock(t.text)
		if !ok {
			return te, false
		}
		hour, minute, gluedPM, glued, j = hh, mm, pm, true, j+1
	case t.number && len(t.text) == 4 && isDigits(t.text):
		// "2200 GMT", "at 0600"
		hh, _ := strconv.Atoi(t.text[:2])
		mm, _ := strconv.Atoi(t.text[2:])
		if hh > 23 || mm > 59 {
			return te, false
		}
		hour, minute, j = hh, mm, j+1
		// "0000 hours IST": military hours may stand between the digits and their zone.
		k := j
		for k < n && k < j+2 && ac.l.fw.clockFillers[si.tokText(k)] {
			k++
		}
		if h, ok := si.hitAt(catTimezone, k); ok {
			te.zone, j = ac.zoneOf(h), h.end
		} else if !cued && !ac.militaryHoursBeforeDay(si, j, k) {
			return te, false
		}
	case t.number && dottedClock(t.text) && (cued || ac.l.fw.dayPartAt(si, j+1)):
		// "at 7.30 pm": British style writes the minutes after a dot; only an hour cue or a
		// day part after it makes the decimal a clock time.
		hour, _ = strconv.Atoi(t.text[:strings.IndexByte(t.text, '.')])
		minute, _ = strconv.Atoi(t.text[strings.IndexByte(t.text, '.')+1:])
		j++
	case t.number:
		hh, err := strconv.Atoi(t.text)
		if err != nil || hh > 24 {
			return te, false
		}
		j++
		if si.tokText(j) == ":" && j+1 < n && si.toks[j+1].number {
			mm, err := strconv.Atoi(si.toks[j+1].text)
			if err != nil || mm > 59 {
				return te, false
			}
			minute, j = mm, j+2
		} else if !cued && !(hh >= 1 && hh <= 12 && ac.l.fw.dayPartAt(si, j)) {
			// "from 6 a.m. on Thursday", "by 9 p.m.": a day part right after the digits makes
			// them an hour whatever word leads.
			return te, false
		}
		hour = hh
	default:
		// A number word: after an hour cue, or an Arabic ordinal with the article (السادسة).
		// Not a weekday that reads as a number: الاثنين is Monday, not the second hour.
		// "الساعة صفر" is zero hour, 00:00 of its day.
		v, e := ac.numberAt(si, j)
		// After an hour cue an ordinal may count the day's 24 hours: "الساعة الثانية والعشرين".
		// "from six o'clock on Tuesday morning", "since six this morning": a bare number word
		// of the clock's twelve hours is an hour when a clock word or a day part follows it
		// (hourWordEndsAt).
		if e == j || v < 0 || v == 0 && !cued || v > 12 && !cued || v > 23 || v != float64(int(v)) || !cued && !ac.l.fw.hasArticle(t.text) && !(v >= 1 && ac.hourWordEndsAt(si, e)) || si.startsAt(catWeekday, j) {
			return te, false
		}
		hour, j = int(v), e
	}
	// "الواحدة والنصف": a fraction of the hour said after it.
	if m, ok := ac.l.fw.clockMinutesAt(si, j); ok && minute == 0 {
		minute, j = m, j+1
	}
	// Day parts (صباح, p.m.) and fillers (من, on) may sit between the hour and its day.
	fw := &ac.l.fw
	evening, morning := false, glued && !gluedPM && strings.ContainsAny(t.text, "aA")
	for k := 0; k < 5 && j < n; k++ {
		w := si.tokText(j)
		if pm, ok := fw.dayParts[w]; ok {
			evening, morning, j = evening || pm, morning || !pm, j+1
			continue
		}
		if e, pm, ok := fw.dayPartPhraseAt(si, j); ok {
			evening, morning, j = evening || pm, morning || !pm, e
			continue
		}
		// "since six o'clock this morning": a day part after a demonstrative is today's.
		if pm, ok := fw.dayParts[si.tokText(j+1)]; ok && fw.demonstratives[w] && te.relDay == nil {
			today := 0
			te.relDay, evening, morning, j = &today, evening || pm, morning || !pm, j+2
			continue
		}
		if fw.clockFillers[w] || hour == 12 && fw.noon[w] {
			// "الساعة الثانية عشرة ظهر يوم غد الخميس", "12 noon on Friday": the noon word
			// restates the hour and leads to its day.
			j++
			continue
		}
		if _, ok := si.hitAt(catMidnight, j); ok && hour == 12 && minute == 0 {
			// "الساعة الثانية عشرة من منتصف الليل", "at 12 midnight": the twelfth hour is the
			// midnight named after it, read (with its day) as a midnight, not as noon.
			return te, false
		}
		if z := ac.ownZone(si, j, &te); z > j {
			j = z
			continue
		}
		break
	}
	end := ac.dayRefs(si, j, &te)
	if end > j {
		// "الساعة صفر يوم الاثنين 16 آذار/مارس", "on Monday, March 16": the weekday and its
		// date are one day; the date resolves it.
		k := end
		if isComma(si.tokText(k)) {
			k++
		}
		if e := ac.dateAt(si, k, &te); e > k {
			end = e
		}
		// "من فجر الخميس بتوقيت بكين": the zone named after the day is the clock's.
		end = ac.ownZone(si, end, &te)
	}
	if end == j {
		end = ac.dateAt(si, j, &te) // "at 10 a.m. on Nov. 2"
	}
	if end == j && te.relDay != nil {
		// "six this morning": the day part named its day.
	} else if end == j && day != nil {
		// "on Thursday at 6 a.m.": the day came first.
		te.start, te.weekday, te.weekday2, te.relDay = day.start, day.weekday, day.weekday2, day.relDay
		te.dayOfMonth, te.month, te.year, te.monthRel = day.dayOfMonth, day.month, day.year, day.monthRel
	} else if end == j && !ac.pastStartCueNear(si, i, i, 4) && !ac.pastVerbGoverns(si, i) && ac.startCueRightBefore(si, i, 2) && !ac.l.fw.dayParts[si.tokText(end)] {
		// "the truce begins at noon", "takes effect at 6 p.m.": a start cue in the present or
		// future right before a clock time without its day means the next such time after
		// publication, as a bare midnight means tonight's.
		// "يسري اعتباراً من الساعة الواحدة": a present stating the truce in force (lexicon
		// value "current") means today's hour even when it has passed.
		te.next, te.current = true, ac.currentStartCueBefore(si, i, 8)
	} else if end == j {
		// A clock time without its day is no start time, unless a past-tense start cue dates
		// it: "took effect at 4 a.m." is the last 4 a.m. before publication.
		// "بدأت الالتزام بوقف إطلاق النار اعتباراً من السادسة صباحاً": a past start verb whose
		// object is the compliance with the truce governs the time its "from" introduces.
		if (!ac.pastStartCueNear(si, i, i, 4) || !ac.startCueRightBefore(si, i, 4)) && !(ac.pastVerbGoverns(si, i) && ac.startCueRightBefore(si, i, 2)) && !ac.frontedBeforePastStart(si, i, j) {
			if !ac.restatesPastStart(si, i) && !ac.contrastedStartClock(si, i) {
				return te, false
			}
			te.restated = true
		}
		today := 0
		te.relDay, te.past, te.dayless = &today, true, true
	}
	// "بعد صلاة العشاء عند الساعة السابعة والنصف", "مساءً عند السابعة": a day part right before
	// the clock time is its half of the day when none follows it.
	if !evening && !morning {
		if pm, ok := fw.dayPartEndingAt(si, i); ok {
			evening, morning = pm, !pm
		}
	}
	if (evening || glued && gluedPM) && hour < 12 {
		hour += 12
	}
	if morning && !evening && hour == 12 {
		hour = 0 // "12:01 a.m." is just after midnight
	}
	te.kind, te.clock, te.hour, te.minute, te.end = timeInstant, true, hour, minute, end
	return te, true
}

// unassertedVerbAt: the verb at k follows a subjunctive particle ("من المقرر أن يسري", "على أن
// يسري", "لن يسري") or a negation: it states no truce in force.
func (ac *articleContext) unassertedVerbAt(si *sentInfo, k int) bool {
	return k > 0 && ac.l.fw.subjunctiveParticles[ac.l.fw.withoutConjunction(si.tokText(k-1))] || negatedAt(si, k)
}

// dottedClock: a number written "H.MM" or "HH.MM" with an hour up to 23 and minutes up to 59.
func dottedClock(s string) bool {
	k := strings.IndexByte(s, '.')
	if k < 1 || k > 2 || len(s)-k-1 != 2 || !isDigits(s[:k]) || !isDigits(s[k+1:]) {
		return false
	}
	hh, _ := strconv.Atoi(s[:k])
	mm, _ := strconv.Atoi(s[k+1:])
	return hh <= 23 && mm <= 59
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// clockText renders an hour for unresolved values ("Thu 06:00").
func (te timeExpr) clockText() string {
	return fmt.Sprintf("%02d:%02d", te.hour, te.minute)
}

// gluedClock reads a clock time written as one token: "8am", "10p.m", "08:00", "8:30pm".
func (fw *functionWords) gluedClock(t string) (hour, minute int, pm, ok bool) {
	k := 0
	for k < len(t) && t[k] >= '0' && t[k] <= '9' {
		k++
	}
	if k == 0 || k > 2 {
		return 0, 0, false, false
	}
	hour, _ = strconv.Atoi(t[:k])
	rest := t[k:]
	if len(rest) >= 3 && rest[0] == ':' && isDigits(rest[1:3]) {
		minute, _ = strconv.Atoi(rest[1:3])
		rest = rest[3:]
	}
	if rest != "" {
		evening, known := fw.dayParts[strings.TrimSuffix(rest, ".")]
		if !known {
			return 0, 0, false, false
		}
		pm = evening
	}
	if hour > 24 || minute > 59 {
		return 0, 0, false, false
	}
	return hour, minute, pm, true
}

// startCueRightBefore: a start cue ends within window tokens before i with no comma between
// ("took effect at 4 a.m.", not "since the truce began, shelling was reported at 3 a.m.").
func (ac *articleContext) startCueRightBefore(si *sentInfo, i, window int) bool {
	for _, h := range ac.cuesOf(si, refStartTime) {
		if !ac.startCueHolds(si, h) || h.end > i || i-h.end > window {
			continue
		}
		comma := false
		for k := h.end; k < i; k++ {
			comma = comma || isComma(si.tokText(k))
		}
		if !comma {
			return true
		}
	}
	return false
}

// currentStartCueBefore: a start cue stating the truce in force (lexicon value "current":
// يسري) ends within window tokens before i, with no comma between.
func (ac *articleContext) currentStartCueBefore(si *sentInfo, i, window int) bool {
	for _, h := range ac.cuesOf(si, refStartTime) {
		if ac.l.topicCue[h.idx].Value == "current" && h.end <= i && i-h.end <= window && !commaIn(si, h.end, i) && ac.startCueHolds(si, h) && !ac.unassertedVerbAt(si, h.start) {
			return true
		}
	}
	return false
}

// restatesPastStart: a past-tense start cue ends at most 12 tokens before the clock time at i,
// in the same clause, with no other time between and a relative clause opening after a comma,
// so the clock time restates when that start happened: "had been in force \"from the moment of
// signing\", which he put at 7 p.m.", not "since the truce began, shelling was reported at 3 a.m.".
func (ac *articleContext) restatesPastStart(si *sentInfo, i int) bool {
	for _, h := range ac.cuesOf(si, refStartTime) {
		if !ac.pastStartCue(si, h) || !ac.startCueHolds(si, h) || h.end > i || i-h.end > 12 {
			continue
		}
		if si.boundaryIn(h.end, i) {
			continue
		}
		between, relative := false, false
		for k := h.end; k < i; k++ {
			if si.starts[k]&timeStartMask != 0 || si.toks[k].number {
				between = true
				break
			}
			if ok := si.startsAt(catRelPron, k+1); ok && isComma(si.tokText(k)) {
				relative = true
			}
		}
		if !between && relative {
			return true
		}
	}
	return false
}

// contrastedStartClock: the clock time at i is set against a start told before it in the same
// clause: a comma and a negation right before it ("started at midnight, not at 6 a.m.", "بدأت
// عند منتصف الليل، لا من الساعة الثامنة"), a start cue at most 14 tokens before. It names the
// same start, denied; timeRules keeps it only as the account of whoever a clause of report
// after it names (time_as_reported.go).
func (ac *articleContext) contrastedStartClock(si *sentInfo, i int) bool {
	neg := -1
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if h, ok := si.hitAt(catNegation, k); ok && h.end >= i-1 && h.end <= i {
			neg = k
			break
		}
	}
	if neg < 1 || !isComma(si.tokText(neg-1)) {
		return false
	}
	for _, h := range ac.cuesOf(si, refStartTime) {
		if h.end <= neg && neg-h.end <= 14 && !si.boundaryIn(h.end, neg) && ac.startCueHolds(si, h) {
			return true
		}
	}
	return false
}

// clockMinutesAt reads a fraction of the hour at token j ("والنصف", "والربع"), on any of the
// token's forms (a clitic conjunction stripped).
func (fw *functionWords) clockMinutesAt(si *sentInfo, j int) (int, bool) {
	if len(fw.clockMinutes) == 0 || j >= len(si.toks) {
		return 0, false
	}
	t := &si.toks[j]
	for _, v := range t.variants() {
		if m, ok := fw.clockMinutes[v]; ok {
			return m, true
		}
	}
	return 0, false
}

// foldedInts folds the keys of a word-to-number map as the matcher folds words. Two spellings
// that fold alike keep the value of the first in sorted order, whatever the map's order.
func foldedInts(m map[string]int) map[string]int {
	out := make(map[string]int, len(m))
	for _, w := range sortedKeys(m) {
		f := foldCue(w)
		if _, seen := out[f]; !seen {
			out[f] = m[w]
		}
	}
	return out
}

// dayPartEndingAt: a day part (a word or a phrase: "مساءً", "بعد صلاة العشاء") ends right before
// token i, and whether it is the evening.
func (fw *functionWords) dayPartEndingAt(si *sentInfo, i int) (evening, ok bool) {
	if i == 0 {
		return false, false
	}
	if pm, ok := fw.dayParts[si.tokText(i-1)]; ok {
		return pm, true
	}
	for _, p := range fw.dayPartPhrases {
		if k := i - len(p.toks); k >= 0 && tokensAt(si, k, p.toks) {
			return p.evening, true
		}
	}
	return false, false
}

// dayPartAt: a day part ("a.m.", "in the evening", "صباحاً") starts at token j.
func (fw *functionWords) dayPartAt(si *sentInfo, j int) bool {
	if _, ok := fw.dayParts[si.tokText(j)]; ok {
		return true
	}
	_, _, ok := fw.dayPartPhraseAt(si, j)
	return ok
}

// militaryHoursBeforeDay: the fillers [j, k) after four digits hold a word that is no day
// preposition ("hours", "hrs") and a day follows them: "from 0000 hours on Wednesday", "0600
// hrs Thursday" are a clock time without an hour cue; "1200 hours of talks" is not.
func (ac *articleContext) militaryHoursBeforeDay(si *sentInfo, j, k int) bool {
	word := false
	for m := j; m < k; m++ {
		word = word || !ac.l.fw.dayPrepositions[si.tokText(m)]
	}
	if !word {
		return false
	}
	if ac.l.fw.dayPrepositions[si.tokText(k)] {
		k++
	}
	return si.startsAt(catWeekday, k) || si.startsAt(catRelDay, k)
}

// twelveBefore is where a "twelve" naming the midnight at i starts ("الساعة الثانية عشرة من
// منتصف الليل", "at 12 midnight"): the hour cue or the number, with only clock fillers between
// it and the midnight; i when none does. The midnight expression then starts there, as near its
// start cue as the writer put the hour.
func (ac *articleContext) twelveBefore(si *sentInfo, i int) int {
	for s := i - 1; s >= 0 && s >= i-5; s-- {
		if !si.toks[s].number && si.starts[s]&(1<<catNumWord) == 0 {
			continue
		}
		v, e := ac.numberAt(si, s)
		if v != 12 || e <= s || e > i {
			continue
		}
		for k := e; k < i; k++ {
			if !ac.l.fw.clockFillers[si.tokText(k)] {
				return i
			}
		}
		for _, h := range si.hitsOf(catHour) {
			if h.end == s {
				return h.start
			}
		}
		return s
	}
	return i
}

// pastVerbGoverns: a past-tense start verb (began, بدأت; lexicon value "past") ends at most eight
// tokens before the clock time at i, in its clause with no comma between, whatever its object:
// "began complying with the truce from 6 a.m.", "بدأت الالتزام بوقف إطلاق النار اعتباراً من
// السادسة صباحاً" is the 6 a.m. that has passed, not the next one.
func (ac *articleContext) pastVerbGoverns(si *sentInfo, i int) bool {
	for _, h := range ac.cuesOf(si, refStartTime) {
		c := ac.l.topicCue[h.idx]
		if c.Value != "past" || c.Object != "direct" || h.end > i || i-h.end > 8 || si.boundaryIn(h.end, i) {
			continue
		}
		comma := false
		for k := h.end; k < i; k++ {
			comma = comma || isComma(si.tokText(k))
		}
		// The word it governs must be the compliance an in-force status cue names with it
		// ("بدأت الالتزام"), not any act on the truce ("began discussing the ceasefire", "بدأوا
		// خرق وقف إطلاق النار": talks or a violation begun at that hour).
		if !comma && ac.inForceCueCovers(si, h.end) && ac.directObjectCeasefire(si, h.end+1) {
			return true
		}
	}
	return false
}

// inForceCueCovers: an in-force status cue covers the token at k ("بدأت الالتزام" covers
// الالتزام): the truce's compliance, what a start verb before it may govern.
func (ac *articleContext) inForceCueCovers(si *sentInfo, k int) bool {
	for _, c := range ac.cuesOf(si, refStatus) {
		if c.start <= k && k < c.end && ac.l.topicCue[c.idx].Value == "in_force" {
			return true
		}
	}
	return false
}
