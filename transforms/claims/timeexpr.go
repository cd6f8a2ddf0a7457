package claims

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// timeKind is the granularity of a time expression.
type timeKind uint8

const (
	timeInstant timeKind = iota + 1
	timeDay
	timeMonth
)

// timeExpr is one time expression of a sentence, before resolution against a date.
type timeExpr struct {
	start, end int // tokens
	kind       timeKind
	midnight   bool
	// Day reference: a weekday (0 Sunday) and/or days relative to publication.
	weekday, weekday2 int // -1 when absent
	relDay            *int
	eve               bool // ليلة X: the night before X
	tonight           bool
	// thisNight: the night is named with a demonstrative ("منتصف هذه الليلة"): tonight's,
	// whatever tense the start cue near it reads in.
	thisNight bool
	// nightNamed: the text names tonight ("midnight tonight", "منتصف الليلة"), not a bare
	// midnight ("midnight", "منتصف الليل") read as tonight's.
	nightNamed        bool
	dayOfMonth, month int
	year              int
	monthRel          int            // +1 next, -1 last, 0 none
	zone              *time.Location // the expression's own zone (GMT, بتوقيت صنعاء); nil: the theatre's
	// clock: an hour of the day (hour:minute) on the referenced day.
	clock        bool
	hour, minute int
	// past: read after a past-tense start cue ("began at midnight", "took effect at 4 a.m."):
	// the last such time before publication, not the next one.
	past bool
	// next: a day-less clock time after a present or future start cue ("begins at noon"): the
	// next such time after publication.
	next bool
	// current: next, after a start cue stating the truce in force ("يسري اعتباراً من"): today's
	// hour even when it has passed (currentClockGrace).
	current bool
	// future: a weekday after a present or future start cue ("will take effect on Saturday"):
	// the coming such day (or yesterday), not the nearest one either way.
	future bool
	// nextNamed: the text itself says "next" ("يوم الثلاثاء المقبل", "next Tuesday"): never
	// today or yesterday, as a bare future weekday may be.
	nextNamed bool
	// lastNamed: the text says "last" ("last Tuesday", "الثلاثاء الماضي"): never today.
	lastNamed bool
	// truceDay: "the 16th day of the truce", "اليوم السادس عشر من بدء التهدئة": day N counted
	// from the truce's first day (0 when not such a day).
	truceDay int
	// restated: a day-less clock time that restates a past start cue further back in its
	// clause ("in force from the moment of signing, which he put at 7 p.m."): it is cued.
	restated bool
	// dayless: a clock time or midnight the text gives no day for, dated by a past start cue.
	dayless bool
	// anchorWeekday, anchorRel: the day of the statement that carries the expression ("أعلنت
	// الوزارة، الثلاثاء، أن الهدنة تبدأ منتصف الليل"): a day-less time counts from it, not from
	// publication. -1 / nil when the statement is undated.
	anchorWeekday int
	anchorRel     *int
	// anchorSaid: that day follows a verb of saying or agreeing ("said on Tuesday", "agreed on
	// Wednesday"): a coming hour is that day's, not the next after publication.
	anchorSaid bool
}

// timeStartMask has the categories a time expression can start with (besides a day number).
const timeStartMask = 1<<catMidnight | 1<<catTonight | 1<<catMonth | 1<<catDurUnit | 1<<catWeekday | 1<<catRelDay | 1<<catHour | 1<<catNumWord

// parseTimes finds the time expressions of a sentence.
func (ac *articleContext) parseTimes(si *sentInfo) []timeExpr {
	// (A talks noun lets a bare "on the 24th" through, read below.)
	// An Arabic ordinal hour may stand alone after a start cue: "اعتباراً من السادسة صباحاً".
	if !si.has[catMidnight] && !si.has[catTonight] && !si.has[catMonth] && !si.has[catWeekday] && !si.has[catRelDay] && !si.has[catDurUnit] && !si.has[catHour] && !si.has[catTalks] && !(si.has[catNumWord] && len(ac.cuesOf(si, refStartTime)) > 0) {
		return nil // most sentences name no time
	}
	out := ac.sc.times[:0] // timeRules, the only caller, is done with it before the next sentence
	n := len(si.toks)
	var tz *time.Location
	for _, h := range si.hitsOf(catTimezone) {
		// "(2100 GMT)" gives a clock time in that zone, not the zone of the expression.
		if h.start > 0 && si.toks[h.start-1].number {
			continue
		}
		// "منتصف ليل الخميس، أي العاشرة مساءً بتوقيت غرينتش": a restatement's zone is its
		// own (time_restating_zone.go).
		if ac.inRestatement(si, h.start) {
			continue
		}
		tz = ac.zoneOf(h)
	}
	for _, h := range si.hitsOf(catTimezoneOfPlace) {
		if insideZone(si, h) {
			continue // "Ethiopian time" is a clock of its own, not Ethiopia's zone
		}
		// "بتوقيت صنعاء" names the place after; "Yemen time" before.
		for _, m := range si.ents {
			if m.start == h.end || m.end == h.start {
				if z := ac.placeZone(m); z != nil {
					tz = z
				}
			}
		}
	}
	for i := 0; i < n; i++ {
		if si.starts[i]&timeStartMask == 0 && !si.toks[i].number && (si.toks[i].w == nil || !si.toks[i].w.timeStart) {
			continue // no expression can start here
		}
		if c, ok := ac.clockAt(si, i, tz, nil); ok {
			out = append(out, c)
			i = c.end - 1
			continue
		}
		te := timeExpr{start: i, weekday: -1, weekday2: -1, anchorWeekday: -1, zone: tz}
		j := i
		if h, ok := si.hitAt(catMidnight, i); ok && ac.monthAfterMiddle(si, h.end) {
			continue // "منتصف الشهر الجاري", "منتصف تشرين الثاني": the month's middle, read at the month
		}
		if h, ok := si.hitAt(catMidnight, i); ok {
			te.midnight, te.kind = true, timeInstant
			te.start = ac.twelveBefore(si, i)
			j = h.end
			// الليلة is tonight, ليلة X the eve of X, ليل X the night after X.
			if h2, ok := si.hitAt(catTonight, j); ok {
				te.tonight, te.nightNamed, j = true, true, h2.end
				te.thisNight = ac.l.fw.demonstratives[si.tokText(h2.start)]
				// "منتصف الليلة الماضية": last night's midnight, the start of the publication day.
				if h3, ok := si.hitAt(catLast, j); ok {
					yesterday := -1
					te.relDay, j = &yesterday, h3.end
				}
			} else if h2, ok := si.hitAt(catLast, j); ok && lastNightAt(si, h2.end) > 0 {
				// "midnight last night"
				yesterday := -1
				te.relDay, j = &yesterday, lastNightAt(si, h2.end)
			} else if h2, ok := si.hitAt(catEve, j); ok {
				te.eve, j = true, h2.end
			} else if h2, ok := si.hitAt(catNight, j); ok {
				art := ac.l.fw.hasArticle(si.toks[j].text)
				j = h2.end
				te.tonight = art
			}
			// "midnight Khartoum time (2200 GMT) on Wednesday": the zone sits between, and it is
			// the expression's own ("منتصف الليل بتوقيت كييف، أي الواحدة بتوقيت موسكو").
			j = ac.ownZone(si, j, &te)
			// "midnight on Thursday", "midnight Thursday", "midnight between Wednesday and
			// Thursday".
			if ac.l.fw.dayPrepositions[si.tokText(j)] || si.tokIn(j, classBetween, ac.l.fw.between) {
				j++
			} else if j+2 < len(si.toks) && !si.toks[j].punct && si.tokIn(j+1, classBetween, ac.l.fw.between) && si.startsAt(catWeekday, j+2) {
				j += 2 // "منتصف الليل الفاصل بين الجمعة والسبت": a participle before "between"
			}
			j = ac.dayRefs(si, j, &te)
			// "منتصف ليل 14-15 تشرين الأول", "منتصف ليل الثلاثاء-الأربعاء السادس عشر-السابع
			// عشر من تشرين الثاني": a range of two days of the month before the month is the
			// night between them; the dates say it more exactly than the weekdays.
			if te.relDay == nil && (te.weekday < 0 || te.weekday2 >= 0) {
				if e, d2 := ac.dayRangeNight(si, j, &te); e > j {
					te.weekday, te.weekday2, te.dayOfMonth, te.eve, j = -1, -1, d2, true, e
				}
			}
			if te.weekday < 0 && te.relDay == nil {
				// "midnight on March 24", "منتصف ليل 24 آذار": the night that ends the day;
				// "midnight on March 10-11": the night between the two days.
				if e := ac.dateAt(si, j, &te); e > j {
					j = e
					if d, k := nightRangeEnd(si, j); k > j && d == te.dayOfMonth+1 {
						te.dayOfMonth, te.eve, j = d, true, k
					}
				}
			}
			if te.eve && te.relDay != nil && te.weekday < 0 {
				// "منتصف ليلة أمس": a relative day's ليلة is the night after it (last night),
				// a weekday's the night before it (ليلة الخميس).
				te.eve = false
			}
			if te.weekday >= 0 || te.relDay != nil {
				te.tonight = false
			} else if !te.eve {
				te.tonight = true
			}
			te.end = j
			out = append(out, te)
			i = j - 1
			continue
		}
		if h, ok := si.hitAt(catTonight, i); ok {
			te.kind, te.tonight, te.end = timeDay, true, h.end
			out = append(out, te)
			i = h.end - 1
			continue
		}
		// "day 16 of the truce"
		if h, ok := si.hitAt(catDurUnit, i); ok && ac.l.durUnits[h.idx] == 1 && ac.l.durSingular[h.idx] && h.end < n && si.toks[h.end].number {
			if d, err := strconv.Atoi(si.toks[h.end].text); err == nil && d > 0 && d < 400 {
				if c := ac.truceNounAfter(si, h.end+1); c > 0 {
					te.kind, te.truceDay, te.end = timeDay, d, c
					out = append(out, te)
					i = c - 1
					continue
				}
			}
		}
		// "the 16th day of the truce"
		if c, d := ac.truceDayAt(si, i); c > 0 {
			te.kind, te.truceDay, te.end = timeDay, d, c
			out = append(out, te)
			i = c - 1
			continue
		}
		// Day of month + month [/ month] [year], or month + day (English).
		if e := ac.dateAt(si, i, &te); e > i {
			te.kind, te.end = timeDay, e
			out = append(out, te)
			i = e - 1
			continue
		}
		// "when it meets on the 24th": an ordinal day with its article and no month is a day
		// of the publication's month.
		if e, d := ac.bareOrdinalDay(si, i); d > 0 {
			te.kind, te.dayOfMonth, te.start, te.end = timeDay, d, i-1, e
			out = append(out, te)
			i = e - 1
			continue
		}
		if h, ok := si.hitAt(catMonth, i); ok {
			te.month = ac.l.months[h.idx]
			j = ac.afterMonth(si, h)
			if si.startsAt(catNext, j) {
				te.kind, te.monthRel = timeMonth, 1
				j++
			} else if si.startsAt(catLast, j) {
				te.kind, te.monthRel = timeMonth, -1
				j++
			} else if j2 := yearAt(si, j, &te); j2 > j {
				te.kind, j = timeMonth, j2
			} else if prev := si.tokText(i - 1); i > 0 && ac.l.fw.monthLeads[prev] {
				te.kind = timeMonth
				if ac.l.fw.nextBefore[prev] {
					te.monthRel = 1
					te.start = i - 1
				}
			}
			if te.kind != 0 {
				te.end = j
				out = append(out, te)
				i = j - 1
			}
			continue
		}
		// "الشهر المقبل", "next month": a month relative to publication.
		if h, ok := si.hitAt(catDurUnit, i); ok && ac.l.durUnits[h.idx] == 30 {
			rel := 0
			if si.startsAt(catNext, h.end) {
				rel = 1
			} else if si.startsAt(catLast, h.end) {
				rel = -1
			} else if prev := si.tokText(i - 1); i > 0 && (ac.l.fw.nextBefore[prev] || ac.l.fw.lastBefore[prev]) {
				rel = 1
				if ac.l.fw.lastBefore[prev] {
					rel = -1
				}
				te.start = i - 1
				h.end--
			}
			if rel != 0 {
				te.kind, te.monthRel, te.end = timeMonth, rel, h.end+1
				out = append(out, te)
				i = te.end - 1
				continue
			}
			if from, ok := ac.l.fw.currentMonthAt(si, i, h.end); ok {
				// "before the end of the month", "this month", "الشهر الجاري"
				te.kind, te.start, te.end = timeMonth, from, h.end
				out = append(out, te)
				i = te.end - 1
				continue
			}
		}
		if si.startsAt(catWeekday, i) {
			j = ac.dayRefs(si, i, &te)
			// "next Tuesday", "last Friday": the scan reaches the weekday, not the word before
			// it, which still says which one ("next Tuesday" said on a Tuesday is a week on).
			if lead := si.tokText(i - 1); te.weekday2 < 0 && !te.past && !te.future {
				if ac.l.fw.nextBefore[lead] {
					te.future, te.nextNamed = true, true
				} else if ac.l.fw.lastBefore[lead] {
					te.past, te.lastNamed = true, true
				}
			}
			// "يوم الاثنين الحادي والعشرين من أيلول", "Monday, Sept. 21": the weekday and the
			// date it falls on are one expression.
			k := j
			if isComma(si.tokText(k)) {
				k++
			}
			if e := ac.dateAt(si, k, &te); e > k {
				j = e
			}
			// "Thursday at 6 a.m.", "on Thursday at 0600 GMT"
			if cue := si.startsAt(catHour, j); cue {
				if c, ok := ac.clockAt(si, j, tz, &te); ok {
					out = append(out, c)
					i = c.end - 1
					continue
				}
			}
			te.kind, te.end = timeDay, j
			out = append(out, te)
			i = j - 1
			continue
		}
		if h, ok := si.hitAt(catRelDay, i); ok && !ac.relDayByArticle(si, h) {
			if e, d := ac.l.fw.dayOrdinalAt(si, h.end); d > 0 {
				// "اليوم السادس عشر": the sixteenth day, not today; of the truce when it
				// is named right after ("من بدء التهدئة").
				if c := ac.truceNounAfter(si, e); c > 0 {
					te.kind, te.truceDay, te.end = timeDay, d, c
					out = append(out, te)
					i = c - 1
					continue
				}
				i = e - 1
				continue
			}
			j = ac.dayRefs(si, i, &te)
			if j == i {
				j = h.end
			}
			// "tomorrow at noon", "غداً عند السادسة"
			if cue := si.startsAt(catHour, j); cue {
				if c, ok := ac.clockAt(si, j, tz, &te); ok {
					out = append(out, c)
					i = c.end - 1
					continue
				}
			}
			te.kind, te.end = timeDay, j
			out = append(out, te)
			i = j - 1
		}
	}
	ac.sc.times = out
	return out
}

// skipZone returns the token after the time zone phrases starting at j: a zone ("GMT"), a
// place's clock ("Khartoum time", "بتوقيت الخرطوم") and a parenthesis holding only a clock
// time and a zone ("(2200 GMT)"). It returns j when none starts there.
func skipZone(si *sentInfo, j int) int {
	for j < len(si.toks) {
		if h, ok := si.hitAt(catTimezone, j); ok {
			j = h.end
			continue
		}
		if h, ok := si.hitAt(catTimezoneOfPlace, j); ok {
			if m, ok := si.mentionAt(h.end); ok {
				j = m.end
				continue
			}
		}
		if m, ok := si.mentionAt(j); ok {
			if h, ok := si.hitAt(catTimezoneOfPlace, m.end); ok {
				j = h.end
				continue
			}
		}
		if si.tokText(j) == "(" {
			k := j + 1
			for k < len(si.toks) && k < j+6 && si.tokText(k) != ")" {
				if zone := si.startsAt(catTimezone, k); !zone && !si.toks[k].number && si.tokText(k) != ":" {
					break
				}
				k++
			}
			if si.tokText(k) == ")" && k > j+1 {
				j = k + 1
				continue
			}
		}
		break
	}
	return j
}

// ownZone skips the zone phrases at j (as skipZone) and gives te the zone a phrase names right
// there ("midnight Kyiv time", "السابعة مساء بتوقيت موسكو"): a sentence naming two zones dates
// each expression by the one after it, not by the sentence's last.
func (ac *articleContext) ownZone(si *sentInfo, j int, te *timeExpr) int {
	if z := ac.zoneNamedAt(si, j); z != nil {
		te.zone = z
	}
	return skipZone(si, j)
}

// zoneNamedAt is the zone a zone phrase starting at token j names ("GMT", "Kyiv time",
// "بتوقيت موسكو"), nil when none starts there or the place has no known zone.
func (ac *articleContext) zoneNamedAt(si *sentInfo, j int) *time.Location {
	if h, ok := si.hitAt(catTimezone, j); ok {
		return ac.zoneOf(h)
	}
	if h, ok := si.hitAt(catTimezoneOfPlace, j); ok {
		if m, ok := si.mentionAt(h.end); ok {
			return ac.placeZone(m)
		}
	}
	if m, ok := si.mentionAt(j); ok {
		if si.startsAt(catTimezoneOfPlace, m.end) {
			return ac.placeZone(m)
		}
	}
	return nil
}

// truceNounAfter is the token after a ceasefire noun that starts within three tokens of j
// ("of the truce", "من بدء التهدئة"), with no boundary between; 0 when none.
func (ac *articleContext) truceNounAfter(si *sentInfo, j int) int {
	for _, h := range si.hitsOf(catCeasefire) {
		if h.start >= j && h.start-j <= 3 && !si.boundaryIn(j, h.start) {
			return h.end
		}
	}
	return 0
}

// insideZone: the place-clock word h lies inside a named zone ("Ethiopian time").
func insideZone(si *sentInfo, h hit) bool {
	for _, z := range si.hitsOf(catTimezone) {
		if z.start <= h.start && h.end <= z.end {
			return true
		}
	}
	return false
}

// lastNightAt is the token after a night word at j ("last night": the caller read "last"), 0
// when none.
func lastNightAt(si *sentInfo, j int) int {
	if h, ok := si.hitAt(catNight, j); ok {
		return h.end
	}
	if h, ok := si.hitAt(catTonight, j); ok {
		return h.end
	}
	return 0
}

// currentMonthAt: the month noun at [i, end) is the publication's month: "this month", "(the
// end) of the month", "الشهر الجاري", "نهاية الشهر". It returns where the expression starts.
func (fw *functionWords) currentMonthAt(si *sentInfo, i, end int) (int, bool) {
	for _, p := range fw.currentBefore {
		if from := i - len(p); from >= 0 && tokensAt(si, from, p) {
			return from, true
		}
	}
	switch prev := si.tokText(i - 1); {
	case fw.currentAfter[si.tokText(end)]:
		return i, true
	case fw.currentBeforeDefinite[prev] && fw.hasArticle(si.tokText(i)):
		return i - 1, true
	}
	return i, false
}

// bareOrdinalDay reads a day of the month written as digits with an ordinal suffix right after
// a definite article ("the 24th"), no month following: the token after it and the day, or 0.
func (ac *articleContext) bareOrdinalDay(si *sentInfo, i int) (int, int) {
	if i == 0 || !ac.l.fw.definiteArticles[si.tokText(i-1)] {
		return i, 0
	}
	e := i + 1
	d, ok := digitsWithSuffix(si.tokText(i), ac.l.fw.ordinalSuffixes)
	if !ok && si.toks[i].number && slices.Contains(ac.l.fw.ordinalSuffixes, si.tokText(i+1)) {
		// "24 th": the tokenizer split the suffix off
		n, err := strconv.Atoi(si.tokText(i))
		d, ok, e = n, err == nil, i+2
	}
	if !ok || d < 1 || d > 31 || si.startsAt(catMonth, e) {
		return i, 0
	}
	return e, d
}

// dayRangeNight reads a day of the month, a dash and the next day with its month starting at
// token j ("14-15 تشرين الأول", "الرابع عشر-الخامس عشر من تشرين الأول") into te (month,
// year) and returns the token after it and the second day; j and 0 when none starts there.
func (ac *articleContext) dayRangeNight(si *sentInfo, j int, te *timeExpr) (int, int) {
	k, d1 := ac.dayNumber(si, j)
	if d1 == 0 {
		return j, 0
	}
	if t := si.tokText(k); t != "-" && t != "–" {
		return j, 0
	}
	probe := *te
	e := ac.dateAt(si, k+1, &probe)
	if e <= k+1 || probe.dayOfMonth != d1+1 {
		return j, 0
	}
	te.month, te.year, te.monthRel = probe.month, probe.year, probe.monthRel
	return e, probe.dayOfMonth
}

// nightRangeEnd reads "-11" after a date ("March 10-11"): the second day of a night and the
// token after it; k == j when none.
func nightRangeEnd(si *sentInfo, j int) (day, k int) {
	if t := si.tokText(j); (t == "-" || t == "–" || t == "/") && j+1 < len(si.toks) && si.toks[j+1].number {
		if d, err := strconv.Atoi(si.toks[j+1].text); err == nil && d >= 1 && d <= 31 {
			return d, j + 2
		}
	}
	return 0, j
}

// dayRefs reads up to two day references (weekday or relative day) starting at token j,
// joined by - / و, and returns the token after them.
func (ac *articleContext) dayRefs(si *sentInfo, j int, te *timeExpr) int {
	fw := &ac.l.fw
	for count := 0; count < 3 && j < len(si.toks); count++ {
		// "last Wednesday", "next Friday": the word before the weekday says which one.
		lead := si.tokText(j)
		before := 0
		if fw.lastBefore[lead] || fw.nextBefore[lead] {
			if _, ok := si.hitAt(catWeekday, j+1); ok && te.weekday < 0 {
				before = 1
			}
		}
		if h, ok := si.hitAt(catWeekday, j+before); ok {
			if te.weekday < 0 {
				te.weekday = ac.l.weekdays[h.idx]
			} else {
				te.weekday2 = ac.l.weekdays[h.idx]
			}
			j = h.end
			// "الأربعاء الماضي", "الجمعة المقبلة": or the word after it, when the language
			// puts it there (not English "next to").
			if before == 0 && te.weekday2 < 0 {
				if n, ok := si.hitAt(catNext, j); ok && !fw.nextBefore[si.tokText(j)] {
					te.future, te.nextNamed, j = true, true, n.end
				} else if l, ok := si.hitAt(catLast, j); ok && !fw.lastBefore[si.tokText(j)] && lastNightAt(si, l.end) == 0 {
					te.past, te.lastNamed, j = true, true, l.end
				}
			} else if before == 1 {
				te.past, te.future = fw.lastBefore[lead], fw.nextBefore[lead]
				te.nextNamed, te.lastNamed = te.future, te.past
			} else if l, ok := si.hitAt(catLast, j); ok && !fw.lastBefore[si.tokText(j)] && lastNightAt(si, l.end) == 0 {
				// "منتصف ليل الأربعاء - الخميس الماضي": "last" after a pair of days is the pair's.
				te.past, te.lastNamed, j = true, true, l.end
			}
		} else if h, ok := si.hitAt(catRelDay, j); ok && !ac.relDayByArticle(si, h) {
			d := ac.l.relDays[h.idx]
			te.relDay = &d
			j = h.end
			// "noon today, Thursday": the weekday set off after it names the day itself, and
			// holds even when the statement was made the day before.
			if w, ok := si.hitAt(catWeekday, j+1); ok && isComma(si.tokText(j)) && te.weekday < 0 {
				te.weekday, te.relDay, j = ac.l.weekdays[w.idx], nil, w.end
			}
		} else {
			break
		}
		if t := si.tokText(j); t == "-" || t == "/" || t == "–" || ac.l.fw.conjunctions[t] {
			if si.startsAt(catWeekday, j+1) {
				j++
			}
		}
	}
	return j
}

// dateAt reads a date starting at token i: day + month [/ month] [year] ("10 August", "العاشر من
// أغسطس/آب"), or month + day [, year] where the language writes it so ("Nov. 2, 2026"). It fills
// te's day, month and year and returns the token after the date, or i when none starts there.
func (ac *articleContext) dateAt(si *sentInfo, i int, te *timeExpr) int {
	if k, d := ac.dayNumber(si, i); d > 0 {
		if h, ok := si.hitAt(catMonth, k); ok {
			te.dayOfMonth, te.month = d, ac.l.months[h.idx]
			return yearAt(si, ac.afterMonth(si, h), te)
		}
		if e, rel, ok := ac.relativeMonthAt(si, k); ok {
			// "في الثامن والعشرين من الشهر الجاري", "on the 5th of next month"
			te.dayOfMonth, te.month, te.monthRel = d, 0, rel
			return e
		}
	}
	if !ac.l.lex.Grammar.MonthBeforeDay {
		return i
	}
	h, ok := si.hitAt(catMonth, i)
	if !ok {
		return i
	}
	k, d := ac.dayNumber(si, ac.afterMonth(si, h))
	if d == 0 {
		return i
	}
	te.dayOfMonth, te.month = d, ac.l.months[h.idx]
	j := k
	if si.tokText(j) == "," {
		j++
	}
	return yearAt(si, j, te)
}

// relativeMonthAt reads a month named relative to publication at token k (or after one word
// before the noun, "this"/"next"): "الشهر الجاري", "this month", "next month", "الشهر المقبل". It
// returns the token after it and the month offset (0 this, 1 next, -1 last).
func (ac *articleContext) relativeMonthAt(si *sentInfo, k int) (int, int, bool) {
	for j := k; j <= k+1 && j < len(si.toks); j++ {
		h, ok := si.hitAt(catDurUnit, j)
		if !ok || ac.l.durUnits[h.idx] != 30 || !ac.l.durSingular[h.idx] {
			continue
		}
		fw := &ac.l.fw
		prev := si.tokText(j - 1)
		switch {
		case j == k+1 && fw.nextBefore[prev]:
			return h.end, 1, true
		case j == k+1 && fw.lastBefore[prev]:
			return h.end, -1, true
		}
		if n, ok := si.hitAt(catNext, h.end); ok {
			return n.end, 1, true
		}
		if n, ok := si.hitAt(catLast, h.end); ok {
			return n.end, -1, true
		}
		if from, ok := fw.currentMonthAt(si, j, h.end); ok && from >= k {
			e := h.end
			if fw.currentAfter[si.tokText(e)] {
				e++
			}
			return e, 0, true
		}
	}
	return k, 0, false
}

// afterMonth is the token after a month name: past an abbreviation's dot ("Nov.") and a second
// name of the same month ("حزيران/يونيو").
func (ac *articleContext) afterMonth(si *sentInfo, h hit) int {
	j := h.end
	if si.tokText(j) == "." && h.end-h.start == 1 && len(si.tokText(h.start)) <= 4 {
		j++
	}
	if si.tokText(j) == "/" {
		if h2, ok := si.hitAt(catMonth, j+1); ok {
			j = h2.end
		}
	}
	return j
}

// truceDayAt reads "the 16th day of the truce" at token i: the token after the truce noun and
// the day number, or 0. A day unit must follow the number, which most sentences lack.
func (ac *articleContext) truceDayAt(si *sentInfo, i int) (end, day int) {
	if !si.has[catDurUnit] {
		return 0, 0
	}
	k, d := ac.dayNumber(si, i)
	if d == 0 {
		return 0, 0
	}
	if h, ok := si.hitAt(catDurUnit, k); ok && ac.l.durUnits[h.idx] == 1 && ac.l.durSingular[h.idx] {
		if c := ac.truceNounAfter(si, h.end); c > 0 {
			return c, d
		}
	}
	return 0, 0
}

// dayNumber reads a day of the month at token i: digits ("10"), digits with an ordinal suffix
// ("10th"), or an ordinal phrase ("العاشر", "tenth"), then the fillers before a month ("من",
// "of"). It returns the token after them and the day, 0 when none.
func (ac *articleContext) dayNumber(si *sentInfo, i int) (int, int) {
	if i >= len(si.toks) {
		return i, 0
	}
	fw := &ac.l.fw
	j, d := i, 0
	t := si.toks[i].text
	switch {
	case si.toks[i].number:
		n, err := strconv.Atoi(t)
		if err != nil {
			return i, 0
		}
		j, d = i+1, n
		// "10 th" when the tokenizer split the suffix off
		if slices.Contains(fw.ordinalSuffixes, si.tokText(j)) {
			j++
		}
	default:
		if n, ok := digitsWithSuffix(t, fw.ordinalSuffixes); ok {
			j, d = i+1, n
		} else {
			j, d = fw.dayOrdinalAt(si, i)
		}
	}
	if d < 1 || d > 31 {
		return i, 0
	}
	for k := 0; k < 2 && fw.dayMonthFillers[si.tokText(j)]; k++ {
		j++
	}
	return j, d
}

// digitsWithSuffix reads "10th", "1st": digits then one of the suffixes.
func digitsWithSuffix(t string, suffixes []string) (int, bool) {
	k := 0
	for k < len(t) && t[k] >= '0' && t[k] <= '9' {
		k++
	}
	if k == 0 || k > 2 || !slices.Contains(suffixes, t[k:]) {
		return 0, false
	}
	n, err := strconv.Atoi(t[:k])
	return n, err == nil
}

func yearAt(si *sentInfo, j int, te *timeExpr) int {
	if j < len(si.toks) && si.toks[j].number && len(si.toks[j].text) == 4 {
		if y, err := strconv.Atoi(si.toks[j].text); err == nil && y > 1900 && y < 2200 {
			te.year = y
			return j + 1
		}
	}
	return j
}

// placeZone is the civil time of a place: its own, its country's or its state's.
func (ac *articleContext) placeZone(m mention) *time.Location {
	g := &ac.x.data.Gazetteer
	e := m.e
	for depth := 0; e != nil && depth < 3; depth++ {
		if z := ac.x.zones[e.ID]; z != nil {
			return z
		}
		switch {
		case e.Country != "":
			e = g.Entity(e.Country)
		case e.SpeaksFor != "":
			e = g.Entity(e.SpeaksFor)
		default:
			e = nil
		}
	}
	return nil
}

// namedCountriesZone is the civil time of the countries an article names when it places the
// truce nowhere (a four-line item: "Thailand and Cambodia have agreed to a ceasefire, Malaysia's
// foreign ministry says"): the zone most distinct countries share, counting every actor, place
// and demonym through its country, then most distinct names. The two sides of a border war
// share it more often than their mediators do. Nil when no zone leads.
func (ac *articleContext) namedCountriesZone() *time.Location {
	type tally struct {
		loc               *time.Location
		countries, actors []string
		forces            int // actors that are armed forces or groups
	}
	var tallies []tally
	at := ac.pub
	if !ac.hasPub {
		at = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	g := &ac.x.data.Gazetteer
	// Read after selection: the names the article settled on, not every bank's "the army".
	fighters := fighterCountries{g: g, l: ac.l, infos: ac.infos, homeWars: ac.x.homeWars, chosen: true}
	for _, si := range ac.infos {
		for _, m := range si.ents {
			if m.context || m.e == nil || m.e.Type == "media" {
				continue
			}
			if (m.e.Type == "city" || m.e.Type == "region") && (venueOrDateline(si, hit{start: m.start, end: m.end}) || forumCity(ac.l, si, hit{start: m.start, end: m.end}) && fighters.abroad(m.e)) {
				continue // where the talks were held or the report was filed
			}
			country := m.e
			for depth := 0; country != nil && depth < 3 && ac.x.zones[country.ID] == nil; depth++ {
				switch {
				case country.Country != "" && country.Country != country.ID:
					country = g.Entity(country.Country)
				case country.SpeaksFor != "" && country.SpeaksFor != country.ID:
					country = g.Entity(country.SpeaksFor)
				default:
					country = nil
				}
			}
			if country == nil || ac.x.zones[country.ID] == nil {
				continue
			}
			loc := ac.x.zones[country.ID]
			_, off := at.In(loc).Zone()
			k := slices.IndexFunc(tallies, func(t tally) bool { _, o := at.In(t.loc).Zone(); return o == off })
			if k < 0 {
				tallies = append(tallies, tally{loc: loc})
				k = len(tallies) - 1
			}
			t := &tallies[k]
			if !slices.Contains(t.countries, country.ID) {
				t.countries = append(t.countries, country.ID)
			}
			if !slices.Contains(t.actors, m.e.ID) {
				t.actors = append(t.actors, m.e.ID)
				if m.e.Type == "military" || m.e.Type == "armed_group" {
					t.forces++
				}
			}
		}
	}
	// On a tie, the zone whose armed forces are named wins: forces fight where the truce holds,
	// while a state and its capital named as sponsor or guarantor act from afar ("the Iraqi army
	// and the Peshmerga" against "the United States ... Washington").
	best, tie := -1, false
	for k, t := range tallies {
		if best < 0 {
			best = k
			continue
		}
		b := &tallies[best]
		switch {
		case len(t.countries) > len(b.countries) ||
			len(t.countries) == len(b.countries) && len(t.actors) > len(b.actors) ||
			len(t.countries) == len(b.countries) && len(t.actors) == len(b.actors) && t.forces > b.forces:
			best, tie = k, false
		case len(t.countries) == len(b.countries) && len(t.actors) == len(b.actors) && t.forces == b.forces:
			tie = true
		}
	}
	if best < 0 {
		return nil
	}
	// "أعلنت قيادة الدعم السريع التزام قواتها ... الضامنين الوحيدين للاتفاق هما السعودية
	// والولايات المتحدة": where one zone alone has armed forces named, the truce holds there;
	// the states named more often guarantee or sponsor it from afar.
	if f := onlyZoneWithForces(tallies, func(k int) int { return tallies[k].forces }); f >= 0 {
		return tallies[f].loc
	}
	if tie {
		return nil
	}
	return tallies[best].loc
}

// onlyZoneWithForces is the one tally of n with armed forces named (forces(k) > 0), or -1 when
// none or several have them.
func onlyZoneWithForces[T any](tallies []T, forces func(k int) int) int {
	found := -1
	for k := range tallies {
		if forces(k) > 0 {
			if found >= 0 {
				return -1
			}
			found = k
		}
	}
	return found
}

// nextClockGrace is how long before publication a coming clock time ("begins at noon") may
// fall and still be the same day's: reports are written a while before they are published.
const nextClockGrace = time.Hour

// currentClockGrace is how long before publication the hour a truce is stated in force from
// ("يسري اعتباراً من الواحدة") may fall and still be the same day's.
const currentClockGrace = 12 * time.Hour

// locOf is the clock te is told in: its own zone when it names one, else the article's.
func (ac *articleContext) locOf(te timeExpr) *time.Location {
	if te.zone != nil {
		return te.zone
	}
	return ac.loc
}

// resolve turns an expression into a canonical value and an interval in Unix seconds. Without a
// publication date only explicit dates with a year resolve; the rest stay "unresolved:<text>".
func (ac *articleContext) resolve(si *sentInfo, te timeExpr) (value string, low, high float64) {
	loc := ac.locOf(te)
	pub, hasPub := ac.published()
	// Built only when returned: most expressions resolve.
	unresolved := func() string { return "unresolved:" + te.symbolic() }
	if te.truceDay > 0 {
		if !ac.hasTruceStart {
			return unresolved(), 0, 0
		}
		d := ac.truceStart.AddDate(0, 0, te.truceDay-1)
		return d.Format("2006-01-02"), float64(d.Unix()), float64(d.AddDate(0, 0, 1).Unix())
	}
	if te.dayOfMonth > 0 && te.month == 0 { // a day of this (next, last) month
		if !hasPub {
			return unresolved(), 0, 0
		}
		p := pub.In(loc)
		if te.clock {
			t := time.Date(p.Year(), p.Month()+time.Month(te.monthRel), te.dayOfMonth, te.hour, te.minute, 0, 0, loc).UTC()
			return t.Format(time.RFC3339), float64(t.Unix()), float64(t.Unix() + 1)
		}
		d := time.Date(p.Year(), p.Month()+time.Month(te.monthRel), te.dayOfMonth, 0, 0, 0, 0, loc)
		if te.midnight {
			return midnightOf(d, te.eve)
		}
		return d.Format("2006-01-02"), float64(d.Unix()), float64(d.AddDate(0, 0, 1).Unix())
	}
	if te.dayOfMonth > 0 && (te.year > 0 || hasPub) {
		y := te.year
		if y == 0 {
			p := pub.In(loc)
			y = p.Year()
			// "29 December" read in January is last year's.
			if int(p.Month())-te.month > 6 {
				y++
			} else if te.month-int(p.Month()) > 6 {
				y--
			}
		}
		if te.clock { // "at 10 a.m. on Nov. 2"
			t := time.Date(y, time.Month(te.month), te.dayOfMonth, te.hour, te.minute, 0, 0, loc).UTC()
			return t.Format(time.RFC3339), float64(t.Unix()), float64(t.Unix() + 1)
		}
		d := time.Date(y, time.Month(te.month), te.dayOfMonth, 0, 0, 0, 0, loc)
		if te.midnight {
			return midnightOf(d, te.eve)
		}
		return d.Format("2006-01-02"), float64(d.Unix()), float64(d.AddDate(0, 0, 1).Unix())
	}
	if te.kind == timeMonth && te.year > 0 {
		d := time.Date(te.year, time.Month(te.month), 1, 0, 0, 0, 0, loc)
		return d.Format("2006-01"), float64(d.Unix()), float64(d.AddDate(0, 1, 0).Unix())
	}
	if !hasPub {
		return unresolved(), 0, 0
	}
	p := pub.In(loc)
	today := time.Date(p.Year(), p.Month(), p.Day(), 0, 0, 0, 0, loc)
	if d, ok := ac.datelineDay(pub, loc); ok {
		today = d // a wire copy republished later keeps its dateline's day
	} else if d, ok := ac.correctedStoryDay(pub, loc); ok {
		today = d // a correction restates the times of the story it corrects
	}
	switch {
	case te.anchorWeekday >= 0:
		today = today.AddDate(0, 0, -((int(today.Weekday()) - te.anchorWeekday + 7) % 7))
	case te.anchorRel != nil:
		today = today.AddDate(0, 0, *te.anchorRel)
	}
	if te.kind == timeMonth {
		y := p.Year()
		m := te.month
		if m == 0 { // next/last month
			d := time.Date(y, p.Month(), 1, 0, 0, 0, 0, loc).AddDate(0, te.monthRel, 0)
			return d.Format("2006-01"), float64(d.Unix()), float64(d.AddDate(0, 1, 0).Unix())
		}
		if te.monthRel > 0 && m <= int(p.Month()) {
			y++
		}
		if te.monthRel < 0 && m >= int(p.Month()) {
			y--
		}
		d := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, loc)
		return d.Format("2006-01"), float64(d.Unix()), float64(d.AddDate(0, 1, 0).Unix())
	}
	day := today
	switch {
	case te.weekday2 >= 0:
		day = nearestWeekday(today, te.weekday2)
		if te.past && day.After(today) {
			day = day.AddDate(0, 0, -7) // a past night: the last one, not a coming one
		}
		// "على أن يسري اعتباراً من منتصف ليل الأحد الاثنين" filed on the Thursday: a night still
		// to come is the coming one, not the one passed; said on its second day it is that day's.
		if te.future && day.Before(today) {
			day = day.AddDate(0, 0, 7)
		}
		// "ليل الأربعاء - الخميس الماضي" said on the Thursday or the Friday: the night named
		// "last" is a week back, as "last Tuesday" is (the night just over is "last night").
		if back := int(today.Sub(day).Hours()/24 + 0.5); te.lastNamed && back <= 1 {
			day = day.AddDate(0, 0, -7)
		}
		if te.midnight {
			day = day.AddDate(0, 0, -1) // the night between the two days ends at 00:00 of the second
		}
	case te.weekday >= 0 && te.past:
		back := (int(today.Weekday()) - te.weekday + 7) % 7
		if back <= 1 && te.lastNamed {
			// "last Tuesday" said on a Tuesday is a week ago; said on the Wednesday too, since
			// the day before is "yesterday" ("أمس الجمعة"): "فجر الجمعة الماضي" in a Saturday
			// report is the Friday of the week before.
			back += 7
		}
		day = today.AddDate(0, 0, -back)
	case te.weekday >= 0 && te.future:
		diff := (te.weekday - int(today.Weekday()) + 7) % 7
		switch {
		case te.nextNamed && diff == 0:
			diff = 7 // "الثلاثاء المقبل" said on a Tuesday is a week on
		case diff == 6 && !te.nextNamed:
			diff = -1 // a report written the day after still says "takes effect on Saturday"
		}
		day = today.AddDate(0, 0, diff)
	case te.weekday >= 0:
		day = nearestWeekday(today, te.weekday)
	case te.relDay != nil:
		day = today.AddDate(0, 0, *te.relDay)
	}
	if te.clock {
		// time.Date, not day.Add: the hour is civil time, which summer time may shift.
		t := time.Date(day.Year(), day.Month(), day.Day(), te.hour, te.minute, 0, 0, loc).UTC()
		// A day-less past clock time ("took effect at 4 a.m.") is the last one before
		// publication; one on a named day ("ظهر اليوم الأربعاء") stays on that day.
		if te.past && t.After(pub) && te.dayless {
			t = time.Date(day.Year(), day.Month(), day.Day()-1, te.hour, te.minute, 0, 0, loc).UTC()
		}
		// "took effect at 2100 GMT Wednesday" filed on the Wednesday morning: a past hour on a
		// named weekday still to come that day is last week's, as a past midnight is below
		// (time_past_weekday_clock_test.go).
		if te.past && t.After(pub) && !te.dayless && te.weekday >= 0 && te.weekday2 < 0 && te.relDay == nil && te.anchorRel == nil {
			t = time.Date(day.Year(), day.Month(), day.Day()-7, te.hour, te.minute, 0, 0, loc).UTC()
		}
		// "begins at 1700 GMT" in a report filed at 1715: written before it went out, it
		// means today's; only a time more than an hour past is tomorrow's.
		// A truce stated in force from an hour ("يسري اعتباراً من الواحدة") counts from today's
		// unless that hour is more than half a day past.
		// An hour the text dates by its statement's day ("said on Tuesday that ... had agreed to
		// a ceasefire from 8 p.m.", "agreed on Wednesday ..., with the ceasefire taking effect at
		// 2100 GMT") is that day's: the statement came before the hour, not the publication;
		// but as a truce stated in force, only within half a day ("said on Tuesday that the
		// truce would begin at 6 a.m.", filed that evening, is Wednesday's dawn).
		grace := nextClockGrace
		if te.current || te.anchorSaid {
			grace = currentClockGrace
		}
		if te.next && t.Before(pub.Add(-grace)) {
			t = time.Date(day.Year(), day.Month(), day.Day()+1, te.hour, te.minute, 0, 0, loc).UTC()
		}
		return t.Format(time.RFC3339), float64(t.Unix()), float64(t.Unix() + 1)
	}
	if te.midnight {
		if !te.eve {
			day = day.AddDate(0, 0, 1) // midnight of a day's night is 00:00 of the next
		}
		// "دخلت حيز التنفيذ عند منتصف ليل الجمعة" filed on the Friday: a past midnight is the
		// last one that has passed, a week back.
		if te.past && te.weekday >= 0 && te.weekday2 < 0 && day.After(pub) {
			day = day.AddDate(0, 0, -7)
		}
		t := day.UTC()
		return t.Format(time.RFC3339), float64(t.Unix()), float64(t.Unix() + 1)
	}
	return day.Format("2006-01-02"), float64(day.Unix()), float64(day.AddDate(0, 0, 1).Unix())
}

// midnightOf is the midnight of day d: the 00:00 that ends it, or that starts it when eve (the
// night before d).
func midnightOf(d time.Time, eve bool) (value string, low, high float64) {
	if !eve {
		d = d.AddDate(0, 0, 1)
	}
	t := d.UTC()
	return t.Format(time.RFC3339), float64(t.Unix()), float64(t.Unix() + 1)
}

// datelineDay is the day a wire dateline names ("ISTANBUL, March 24 (Pontus Wire) -"), read
// from the article's first tokens, when it falls on or within three days before publication:
// relative days count from it. The scan runs only when a relative time is resolved.
func (ac *articleContext) datelineDay(pub time.Time, loc *time.Location) (time.Time, bool) {
	if len(ac.infos) == 0 {
		return time.Time{}, false
	}
	si := ac.infos[0]
	for i := 0; i < 6 && i < len(si.toks); i++ {
		te := timeExpr{weekday: -1, weekday2: -1}
		e := ac.dateAt(si, i, &te)
		if e == i {
			continue
		}
		if te.year > 0 || te.month == 0 || !datelineAfter(si, e) {
			return time.Time{}, false
		}
		p := pub.In(loc)
		pubDay := time.Date(p.Year(), p.Month(), p.Day(), 0, 0, 0, 0, loc)
		for _, y := range [2]int{p.Year(), p.Year() - 1} { // "Dec 31" on a 1 January copy
			d := time.Date(y, time.Month(te.month), te.dayOfMonth, 0, 0, 0, 0, loc)
			if back := pubDay.Sub(d); back >= 0 && back <= 3*24*time.Hour {
				return d, true
			}
		}
		return time.Time{}, false
	}
	return time.Time{}, false
}

// nearestWeekday is the day with that weekday closest to today (within three days either way).
func nearestWeekday(today time.Time, wd int) time.Time {
	diff := (wd - int(today.Weekday()) + 7) % 7
	if diff > 3 {
		diff -= 7
	}
	return today.AddDate(0, 0, diff)
}

func (ac *articleContext) published() (time.Time, bool) { return ac.pub, ac.hasPub }

// zoneOf is the zone a timezone cue names: a named zone by its rules ("Eastern time" is UTC-4
// in October, UTC-5 in January: time.Date takes the offset of the date it builds), "local
// time" the event's own clock (the article's, ac.loc; nil, the default, when that is unknown),
// any other cue its fixed offset.
func (ac *articleContext) zoneOf(h hit) *time.Location {
	switch {
	case ac.l.tzLocal[h.idx]:
		if !ac.locKnown {
			return nil // an unknown theatre's clock is no known zone
		}
		return ac.loc
	case ac.l.tzRules[h.idx] != nil:
		return ac.l.tzRules[h.idx]
	}
	return ac.zone(ac.l.tzOffset[h.idx])
}

// zone returns the fixed zone of an offset in minutes, made once per article.
func (ac *articleContext) zone(minutes int) *time.Location {
	if ac.zoneLoc == nil || ac.zoneMinutes != minutes {
		ac.zoneLoc, ac.zoneMinutes = time.FixedZone("local", minutes*60), minutes
	}
	return ac.zoneLoc
}

// parsePublished reads an article's publication time (RFC 3339 or a day).
func parsePublished(p string) (time.Time, bool) {
	if p == "" {
		return time.Time{}, false
	}
	if t, err := time.Parse(time.RFC3339, p); err == nil {
		return t, true
	}
	if t, err := time.Parse("2006-01-02", p); err == nil {
		return t, true
	}
	return time.Time{}, false
}

var weekdayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func relDayName(d int) string {
	switch d {
	case -1:
		return "yesterday"
	case 0:
		return "today"
	case 1:
		return "tomorrow"
	}
	return fmt.Sprintf("day%+d", d)
}

// symbolic renders an expression that has no date to resolve against, in the gold's canonical
// form: "Fri 00:00" (midnight between Thursday and Friday), "00:00" (tonight's midnight),
// "today 00:00" (last night's midnight), "Thu", "January", "next month".
func (te timeExpr) symbolic() string {
	if te.kind == timeMonth {
		switch {
		case te.month > 0:
			return time.Month(te.month).String()
		case te.monthRel == 0:
			return "this month"
		case te.monthRel > 0:
			return "next month"
		default:
			return "last month"
		}
	}
	day := ""
	shift := 0
	if te.midnight && !te.eve {
		shift = 1
	}
	switch {
	case te.weekday2 >= 0:
		day = weekdayNames[te.weekday2]
	case te.weekday >= 0:
		day = weekdayNames[(te.weekday+shift)%7]
	case te.relDay != nil && !te.dayless:
		// A day the tense inferred ("took effect at six in the evening") is not written: the
		// text gave no day.
		day = relDayName(*te.relDay + shift)
	case te.truceDay > 0:
		day = fmt.Sprintf("truce day %d", te.truceDay)
	case te.dayOfMonth > 0 && te.month == 0:
		day = fmt.Sprintf("day %d of %s", te.dayOfMonth, map[int]string{-1: "last month", 0: "this month", 1: "next month"}[te.monthRel])
	case te.dayOfMonth > 0:
		day = fmt.Sprintf("%s %d", time.Month(te.month).String(), te.dayOfMonth)
	case te.tonight && !te.midnight:
		day = "tonight"
	}
	if te.midnight {
		if day == "" {
			return "00:00"
		}
		return day + " 00:00"
	}
	if te.clock {
		return strings.TrimSpace(day + " " + te.clockText())
	}
	return day
}
