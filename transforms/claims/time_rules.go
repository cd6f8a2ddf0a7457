package claims

import "time"

// timeRules: when the ceasefire starts, and when the talks take place.
func (ac *articleContext) timeRules(out []draft, si *sentInfo) []draft {
	times := ac.parseTimes(si)
	if len(times) == 0 {
		return out
	}
	// "Will the ceasefire begin on Wednesday?": a question dates nothing.
	if questionSentence(si) {
		return out
	}
	// The statement's own day, once a bare day dates it ("announced on Tuesday that ...").
	stmtWeekday, stmtRel := -1, (*int)(nil)
	stmtSaid := false              // that day follows a verb of saying or agreeing ("said on Tuesday")
	pronoun := ac.pronounTruce(si) // the same for every time of the sentence
	// "A prisoner swap deal takes effect on Monday", "ويدخل اتفاق تبادل الأسرى حيز التنفيذ": an
	// agreement named by another provision is that provision's, not the truce.
	truceCtx0 := ac.ceasefireContext(si) && !ac.onlyProvisionAgreements(si)
	// "When does it start? Yaounde says 00:00 on Sunday": the answer to a question or label on
	// the start dates the truce's start (topic_answered.go).
	answered := ac.topicAnswered(si, refStartTime)
	truceCtx0 = truceCtx0 || answered
	for k, te := range times {
		if stmtWeekday >= 0 || stmtRel != nil {
			// "أعلن، مساء أمس الخميس، ... بدأت عند السابعة من مساء أمس": a statement dated by a
			// relative day writes in publication's frame, so a relative day after it counts from
			// publication too; only a bare weekday dates the statement for it.
			if te.weekday < 0 && te.weekday2 < 0 && te.dayOfMonth == 0 && te.kind != timeMonth && !(stmtRel != nil && te.relDay != nil) {
				te.anchorWeekday, te.anchorRel, te.anchorSaid = stmtWeekday, stmtRel, stmtSaid
			}
		}
		// "at 2200 GMT on Tuesday, midnight in Goma", "on Wednesday, June 3": a time set off by
		// a comma right after another restates it.
		if k > 0 && te.start-times[k-1].end <= 1 && (te.start == times[k-1].end || isComma(si.tokText(times[k-1].end))) {
			continue
		}
		// "at midnight Bunia time, which was 2200 GMT on Friday, August 13": a dayless hour that
		// a restatement dates in full is read at the restatement (time_restated_with_date.go).
		if k+1 < len(times) && ac.restatedWithDate(si, te, times[k+1]) {
			times[k+1].restated = true
			continue
		}
		// "at 2100 GMT on Thursday, which is midnight in Sanaa": a relative clause restates it.
		// So does "، أي" ("i.e."): "منتصف ليل الخميس، أي العاشرة مساءً بتوقيت غرينتش".
		if k > 0 && !te.restated && (ac.restatingClause(si, times[k-1].end, te.start) || ac.restatingLeadBetween(si, times[k-1].end, te.start)) {
			continue
		}
		// "at midnight Morocco time (2300 GMT Tuesday)": a parenthesis giving the instant in a
		// named zone, with its day, restates the time more exactly; the parenthesis is read.
		// "at midnight Tuesday (2200 GMT)": a day-less parenthesis restates a dated time in
		// its own zone; it takes the day that puts it nearest the time it restates.
		if k+1 < len(times) && ac.daylessParenthesisRestates(si, te, &times[k+1]) {
			times[k+1].restated = true
			times[k+1].future = false
			continue
		}
		if k+1 < len(times) && ac.parenthesisRestates(si, te, times[k+1]) {
			times[k+1].restated = true
			times[k+1].future = ac.scheduledStart(si, te)
			continue
		}
		// "CAIRO, June 1 (CWS) -": a dateline dates the report.
		// A midnight or clock time is no dateline: "takes effect at midnight Tuesday (2200 GMT)".
		if te.start <= 6 && !te.midnight && !te.clock && datelineAfter(si, te.end) {
			continue
		}
		// "started at midnight, not at eight", "لا اليوم ولا غداً": a negated time is denied.
		// So is one a denial verb governs: "denied that the truce took effect on Sunday",
		// "نفت الحكومة أن تعقد المفاوضات يوم السبت".
		// "not at 6 p.m. as the PA announced": the denied time is the one who announced it's
		// (time_as_reported.go).
		agent := ""
		if negatedAt(si, te.start) || ac.deniedTime(si, te.start) {
			a, ok := ac.asReportedAgent(si, te.end)
			if !ok {
				continue
			}
			agent = a
			if te.next {
				// "will hold fire from midnight tonight, not from 8 p.m. as the council
				// announced": the announced start is the last such hour, not the coming one.
				today := 0
				te.next, te.relDay, te.past, te.dayless = false, &today, true, true
			}
		}
		// "دخلت الهدنة يومها السابع اليوم", "now in its sixth day on Tuesday": the day of a
		// state the truce is in, not its start (time_state_day.go).
		if ac.stateDayAt(si, te) {
			continue
		}
		// "which runs out at midnight on March 24", "تنتهي عند منتصف ليل": when it ends.
		if ac.endCueBefore(si, te.start, 3) {
			continue
		}
		// "...; the army command still gives midnight": a side's rival start (time_rival_start.go).
		if agent == "" {
			// "since 06:00 on Monday according to the Junta and since midnight according to the
			// government": the other side's (time_according_each.go).
			if a, v, lo, hi, ok := ac.accordingEachStartAt(si, te, times, out); ok {
				zoned := (lo != 0 || hi != 0) && (te.zone != nil || ac.locKnown)
				out = append(out, draft{topic: "ceasefire.start_time", value: v, low: lo, high: hi, zoned: zoned, pos: te.start, rule: "start_time.according_each", agent: a})
				continue
			}
			if a, v, lo, hi, ok := ac.rivalStartAt(si, te, out); ok {
				zoned := (lo != 0 || hi != 0) && (te.zone != nil || ac.locKnown)
				out = append(out, draft{topic: "ceasefire.start_time", value: v, low: lo, high: hi, zoned: zoned, pos: te.start, rule: "start_time.rival_account", agent: a})
				continue
			}
		}
		// A start cue dates the expression only near it: "crossing in from the west" says
		// nothing of "on Friday" twenty words before.
		startCue := te.restated || answered || ac.startCueNear(si, te.start, te.end, 10) || te.clock && ceasefireEndsAt(si, te.start)
		// "وقّعا على النص مساء الخميس، وأن وقف إطلاق النار يسري على المدينة": the day of a
		// signing in its own clause; a start cue past the comma does not date it
		// (time_signing_clause.go).
		if startCue && !te.restated && ac.signingDatesTime(si, te) {
			continue
		}
		talksNear, ceaseNear := ac.nearestNoun(si, te.start, catTalks), ac.nearestNoun(si, te.start, catCeasefire)
		if talksNear > 14 && talksNear < 40 {
			// "Peace talks, stalled since August 2025, are expected to resume on May 28": a
			// background phrase between the talks and their date does not count.
			talksNear = ac.nearestNounBeforeSkippingCond(si, te.start, catTalks, talksNear)
			talksNear = min(talksNear, ac.talksBeforeAside(si, te.start), ac.talksAfterTheirParties(si, te.start))
		}
		if a := ac.nearestAgreement(si, te.start); a < ceaseNear && ac.ceasefire {
			ceaseNear = a
		}
		// "Talks on a Suwayda truce opened in Amman on Thursday": the truce is the talks' topic,
		// the day theirs (talks_dates_topic_truce.go); a start cue keeps the day the truce's.
		if ceaseNear <= talksNear && talksNear <= 14 && !startCue && ac.truceIsTalksTopic(si, te.start) {
			ceaseNear = 1 << 20
		}
		// "وقف لإطلاق النار ...، يسري اعتباراً من الساعة الواحدة، إثر اجتماع موسع": a time a
		// start cue introduces is the truce's, not that of talks or a meeting named only past a
		// comma after it.
		startCueOwnsTime := ac.startCueNear(si, te.start, te.start, 0) && ac.talksOnlyPastComma(si, te)
		if startCueOwnsTime {
			talksNear = 1 << 20
		}
		// "The month-long truce, mediated by ..., which hosted the talks in Kabul, began at
		// midnight": talks named in asides between the truce and its start verb own no time
		// (time_start_across_aside.go).
		if !startCueOwnsTime && ac.truceStartAcrossAside(si, te) {
			startCueOwnsTime, talksNear, ceaseNear = true, 1<<20, 0
		}
		truceCtx := truceCtx0
		// "the guns fall silent at midnight", "تصمت المدافع": a start cue that names the
		// cessation itself (lexicon object "self") needs no ceasefire noun in an article about
		// a truce.
		if !truceCtx && ac.ceasefire && ac.selfStartCueBefore(si, te.start, 4) {
			truceCtx = true
		}
		// The pronoun's own verb dates it: "it would take effect at midnight", not "it covers
		// the towns where the fighting began on Saturday". In a long sentence the pronoun is
		// nearer than the noun it stands for: "إن وقف إطلاق النار بين ... يسري لمدة شهر، مشيرة
		// إلى أنه بدأ في الساعة الواحدة".
		if p := pronoun; p >= 0 && te.start > p && te.start-p <= 8 {
			truceCtx, ceaseNear = true, min(ceaseNear, te.start-p-1)
		}
		// A bare day before the noun, or right after a name, dates the statement, not the
		// event: "أعلن لافروف الخميس بدء الاستعدادات للمحادثات".
		// After the talks' own parties, with no verb of saying around it, the day is the talks':
		// "المحادثات بين الوفد والمبعوث الأربعاء المقبل"; it still never dates the truce's start.
		// A day before the talks noun stays the statement's, unless a verb-first clause makes
		// the talks its subject ("انطلقت اليوم في مسقط محادثات": verbFirstTalksDay).
		talksOnly := false
		if te.kind == timeDay && te.dayOfMonth == 0 && !te.midnight && ac.verbFirstTalksDay(si, te.start, te.end) {
			talksOnly = true
		} else if te.kind == timeDay && te.dayOfMonth == 0 && !te.midnight && ac.possessiveDayOfTalks(si, te) {
			talksOnly = true // "Friday's talks in Amman", "Tuesday's round": the talks' day
		} else if te.kind == timeDay && te.dayOfMonth == 0 && !te.midnight {
			if before := ac.nounAfter(si, te.end); before || ac.afterName(si, te.start) {
				if before || ac.saidAround(si, te.start, te.end) || talksNear > 14 || talksNear >= ceaseNear {
					if !te.tonight && te.weekday2 < 0 {
						stmtWeekday, stmtRel = te.weekday, te.relDay
						stmtSaid = ac.sayingOrAgreeingBefore(si, te.start)
					}
					continue
				}
				talksOnly = true
			}
		}
		// "began at midnight", "منذ منتصف الليل": past tense makes a bare midnight the one
		// that has passed, the start of the publication day.
		// "مع بدء سريان وقف إطلاق النار عند منتصف هذه الليلة": this night is still to come.
		if te.midnight && te.tonight && !te.thisNight && te.weekday < 0 && te.relDay == nil && !te.eve && (ac.pastStartCueNear(si, te.start, te.end, 4) || ac.pastStartCueAcrossPlace(si, te.start) || ac.filedJustAfterMidnight(si, te) || ac.elapsedSpanBefore(si, te)) {
			yesterday := -1
			te.relDay, te.tonight, te.dayless = &yesterday, false, true
		}
		// "went into effect at 12:01 a.m. Thursday", "بدأت الهدنة الخميس": a weekday read in the
		// past tense is the latest such day, not the nearest.
		// So is a weekday's midnight: "دخلت حيز التنفيذ عند منتصف ليل الجمعة".
		// A bracketed gloss of the time ("took effect at midnight on Wednesday, Sanaa time
		// (2100 GMT Wednesday)") takes the tense of the cue before the time it glosses
		// (time_parenthetical_gloss.go).
		if w := glossWindow(si, te, 4); te.weekday >= 0 && te.weekday2 < 0 && (!te.midnight || !te.eve && te.relDay == nil) && ac.pastStartCueNear(si, te.start, te.end, w) && !ac.tensedStartCueNear(si, te.start, te.end, w) {
			te.past = true
		}
		// "التزمت بوقف النار منذ منتصف ليل الخميس-الجمعة" read days later: a night of two
		// weekdays in the past tense is the last such night, not the nearest.
		if te.weekday2 >= 0 && te.midnight && ac.pastStartCueNear(si, te.start, te.end, 4) && !ac.tensedStartCueNear(si, te.start, te.end, 4) {
			te.past = true
		}
		// "will take effect at midnight on Saturday", "يبدأ الأحد": a start still to come is
		// the coming such day, not one already passed.
		if !te.future && !te.past {
			te.future = ac.scheduledStart(si, te)
		}
		// "begins at noon" dates the truce only: a clock time the talks are nearer to is theirs
		// and needs its day.
		if te.next && talksNear <= ceaseNear {
			continue
		}
		value, lo, hi := ac.resolve(si, te)
		// The bounds are a known zone's when the text names one or the theatre (or its named countries) has one (not UTC by default).
		zoned := (lo != 0 || hi != 0) && (te.zone != nil || ac.locKnown)
		if te.truceDay > 0 {
			// "talks ... no later than the 16th day of the truce": dated by the truce's start.
			if ac.hasTruceStart && talksNear <= 30 {
				out = append(out, draft{topic: "talks.date", value: value, low: lo, high: hi, zoned: zoned, pos: te.start, rule: "talks.date"})
			}
			continue
		}
		// "The meeting is pencilled in for March 24", "the border committee's meeting later this
		// month": where no talks are named, a meeting still to come is the next round.
		if talksNear > 14 && !startCueOwnsTime && !si.has[catTalks] && si.has[catMeeting] && ac.hasPub && hi > float64(ac.pub.Unix()) {
			if m := ac.nearestNoun(si, te.start, catMeeting); m <= 8 && m < ceaseNear {
				talksNear = m
			}
		}
		switch {
		case (te.kind == timeMonth || te.kind == timeDay || te.clock) && talksNear <= 14 && (talksNear < ceaseNear || !startCue && !te.midnight && ac.talksThenTheirAim(si, te.start, te.end)):
			// "Peace talks will resume in Muscat on Sunday": talks announced for later meet on
			// the coming such day, not the nearest one either way.
			if ac.plannedWeekday(si, te) {
				te.future = true
				value, lo, hi = ac.resolve(si, te)
			} else if heldWeekday(si, te) {
				te.past = true // "Friday's talks in Doha ended without agreement" (talks_held_weekday.go)
				value, lo, hi = ac.resolve(si, te)
			}
			if ac.talksNotHeldOn(si, te.start) || ac.talksPostponedFrom(si, te.end) {
				continue // "ولم تُعقد جلسة الحوار في القاهرة اليوم", "set for Friday, was postponed": not their date
			}
			if ac.dayBeforePriorTalks(si, te.start, te.end) {
				continue // "signed on Thursday after four days of talks": the signing's day (talks_date_after_talks.go)
			}
			if agent != "" {
				continue // another's account of the start only
			}
			value, lo, hi := firstDayOfPair(te, value, lo, hi)        // "يومي الثلاثاء والأربعاء": the opening day
			value, lo, hi = ac.firstDayOfRange(si, te, value, lo, hi) // "from 10 to 12 September"
			out = append(out, draft{topic: "talks.date", value: value, low: lo, high: hi, zoned: zoned, pos: te.start, rule: "talks.date"})
		case talksOnly:
		case te.kind != timeMonth && truceCtx && (startCue || te.midnight) && (ceaseNear <= 14 || te.restated || answered || ac.startCueBefore(si, te.start, 4)) && !ac.fightingGovernsTime(si, te.start) && !ac.possessiveDay(si, te):
			// "The truce took effect on Saturday. ... It began at 7:30 a.m.": a bare hour of the
			// start takes the day an earlier sentence gave the start (time_earlier_day.go).
			if v, l, h, ok := ac.hourOnEarlierStartDay(si, te); ok {
				value, lo, hi = v, l, h
			}
			if agent != "" {
				out = append(out, draft{topic: "ceasefire.start_time", value: value, low: lo, high: hi, zoned: zoned, pos: te.start, rule: "start_time.as_reported", agent: agent})
				continue
			}
			out = append(out, draft{topic: "ceasefire.start_time", value: value, low: lo, high: hi, zoned: zoned, pos: te.start, rule: "start_time.expr"})
			// "بدأت بعد صلاة العشاء عند الساعة السابعة", "took effect at 7.30 pm", "يسري اعتباراً
			// من الواحدة": a start told in the past tense, or stated in force, says the truce
			// is in force.
			if ac.startedAt(si, te) {
				out = append(out, draft{topic: "ceasefire.status", value: "in_force", pos: te.start, rule: "status.started"})
			}
			if lo != 0 && !ac.hasTruceStart {
				ac.truceStart, ac.hasTruceStart = dayOf(time.Unix(int64(lo), 0).In(ac.loc)), true
				ac.noteStartForHours(si, te, lo, hi)
			}
		}
	}
	return out
}

// talksOnlyPastComma: every talks or meeting noun within 14 tokens of the time te lies after it, past a
// comma that closes the time's clause.
func (ac *articleContext) talksOnlyPastComma(si *sentInfo, te timeExpr) bool {
	for _, c := range [...]category{catTalks, catMeeting} {
		for _, h := range si.hitsOf(c) {
			if h.end <= te.start && te.start-h.end <= 14 || h.start >= te.end && h.start-te.end <= 14 && !commaIn(si, te.end, h.start) {
				return false
			}
		}
	}
	return true
}

// restatingClause: the tokens [from, to) between two times are a comma, a relative pronoun and
// a copula ("…, which is …"): the second time restates the first.
func (ac *articleContext) restatingClause(si *sentInfo, from, to int) bool {
	if to-from != 3 || !isComma(si.tokText(from)) {
		return false
	}
	rel := si.startsAt(catRelPron, from+1)
	return rel && ac.l.fw.copulas[si.tokText(from+2)]
}

// startCueNear: a start cue (takes effect, بدءاً من) lies within window tokens of [start, end).
func (ac *articleContext) startCueNear(si *sentInfo, start, end, window int) bool {
	for _, h := range ac.cuesOf(si, refStartTime) {
		if !ac.startCueHolds(si, h) {
			continue
		}
		// "from midnight", "اعتباراً من الخميس": a prepositional cue (lexicon object "time")
		// dates only the expression right after it, not "the road from Woldia ... on Tuesday".
		if ac.l.topicCue[h.idx].Object == "time" {
			// "ساعة الصفر حُددت "عند الواحدة"": a quote mark may open between.
			if h.end == start || start > h.end && start-h.end <= 2 && onlyQuotes(si, h.end, start) {
				return true
			}
			// "مع اقتراب الساعة صفر من يوم السبت": the zero hour is itself the clock it dates.
			if h.start == start && h.end < end {
				return true
			}
			continue
		}
		if h.end <= start && start-h.end <= window || h.start >= end && h.start-end <= window {
			return true
		}
	}
	return false
}

// nearestNoun is the token distance from pos to the nearest hit of category c (large if none).
func (ac *articleContext) nearestNoun(si *sentInfo, pos int, c category) int {
	best := 1 << 20
	for _, h := range si.hitsOf(c) {
		d := pos - h.end
		if h.start > pos {
			d = h.start - pos
		}
		if d < 0 {
			d = 0
		}
		if d < best {
			best = d
		}
	}
	return best
}

// nearestNounBeforeSkippingCond is the distance from pos back to the nearest noun of category c
// before it, not counting tokens marked as a background or conditional phrase; best if shorter.
func (ac *articleContext) nearestNounBeforeSkippingCond(si *sentInfo, pos int, c category, best int) int {
	for _, h := range si.hitsOf(c) {
		if h.end > pos {
			continue
		}
		d := 0
		for k := h.end; k < pos; k++ {
			if !si.cond[k] {
				d++
			}
		}
		best = min(best, d)
	}
	return best
}

// nearestAgreement is the token distance from pos to the nearest agreement noun that is not
// part of a talks noun ("talks on a peace agreement" are talks).
func (ac *articleContext) nearestAgreement(si *sentInfo, pos int) int {
	best := 1 << 20
	for _, h := range si.hitsOf(catAgreement) {
		if ac.insideTalks(si, h) {
			continue
		}
		d := pos - h.end
		if h.start > pos {
			d = h.start - pos
		}
		best = min(best, max(d, 0))
	}
	return best
}

// nounAfter: a ceasefire, agreement or talks noun comes after token pos in the same clause and
// no such noun comes before it.
func (ac *articleContext) nounAfter(si *sentInfo, pos int) bool {
	return len(si.nouns) > 0 && si.nouns[0].start >= pos
}

// verbFirstTalksDay: the day at [start, end) stands in a verb-first clause whose subject is the
// talks a place before them names ("انطلقت صباح اليوم الاثنين في أديس أبابا محادثات", "اختتمت في
// أربيل مساء اليوم الخميس الجولة الأولى من المحادثات"): the verb's day is the talks' own, not
// the statement's ("أعلن لافروف الخميس" stays the statement's: a name comes right before it).
func (ac *articleContext) verbFirstTalksDay(si *sentInfo, start, end int) bool {
	if !si.has[catTalks] || ac.afterName(si, start) {
		return false
	}
	for _, h := range si.hitsOf(catTalks) {
		if h.start < end || h.start-end > 12 {
			continue
		}
		m, located, _ := ac.placeBeforeTalks(si, h)
		if located && (!punctIn(si, start, h.start) || ac.dayAside(si, start-1, h.start)) && !boundaryIn(si, start, h.start) && (m.start >= end || m.end <= start) {
			return true
		}
	}
	return false
}

// afterName: token pos follows a name or an attribution verb directly, or a verb of saying and
// a day preposition ("said on Monday").
func (ac *articleContext) afterName(si *sentInfo, pos int) bool {
	if ac.l.fw.dayPrepositions[si.tokText(pos-1)] && pos > 1 {
		for _, h := range si.hitsOf(catAttrVerb) {
			if h.end == pos-1 {
				return true // "said on Monday"; "in Muscat on Thursday" is the event's day
			}
		}
	}
	if k := si.mentionsEndingBy(pos) - 1; k >= 0 && si.ents[k].end == pos {
		// "في كوالالمبور الأربعاء المقبل", "in Geneva Monday": a place after its preposition
		// is where the event happens, and the day is the event's too.
		m := si.ents[k]
		place := m.e.Type == "city" || m.e.Type == "region" || m.e.Type == "country"
		return !place || m.start == 0 || !si.startsAt(catLocative, m.start-1)
	}
	for _, h := range si.hitsOf(catAttrVerb) {
		if h.end == pos {
			return true
		}
	}
	return false
}

// sayingOrAgreeingBefore: a verb of saying or of reaching the truce ends right before pos, or
// before its day preposition ("said on Tuesday", "agreed on Wednesday", "أعلنت الحكومة
// الثلاثاء" after the name): the day is the statement's own, not that of fighting before the
// ceasefire noun ("Fighting raged on Tuesday, but the ceasefire ...").
func (ac *articleContext) sayingOrAgreeingBefore(si *sentInfo, pos int) bool {
	k := pos
	if k > 1 && ac.l.fw.dayPrepositions[si.tokText(k-1)] {
		k--
	}
	if ac.afterName(si, pos) && ac.saidAround(si, pos, pos) {
		return true
	}
	for _, h := range si.hitsOf(catAttrVerb) {
		if h.end == k {
			return true
		}
	}
	for _, h := range ac.cuesOf(si, refStatus) {
		if h.end == k && ac.l.topicCue[h.idx].Value == "agreed" {
			return true
		}
	}
	return false
}

// talksThenTheirAim: the talks are named before the time and the ceasefire only after it, as
// what they are for: "talks between the Houthis and Riyadh on Monday aimed at halting attacks",
// "محادثات ... الأحد المقبل بشأن وقف إطلاق النار". The time is the talks'.
func (ac *articleContext) talksThenTheirAim(si *sentInfo, start, end int) bool {
	talks := -1
	for _, h := range si.hitsOf(catTalks) {
		if h.end <= start && start-h.end <= 14 {
			talks = h.end
		}
	}
	if talks < 0 {
		return false
	}
	for _, h := range si.hitsOf(catCeasefire) {
		if h.start < end && h.end > talks {
			return false // a ceasefire named between the talks and the time, or inside it
		}
	}
	return true
}

// saidAround: a verb of saying comes before the day, or right after it ("The Houthis on Monday
// said"), so the day can be the statement's.
func (ac *articleContext) saidAround(si *sentInfo, start, end int) bool {
	for _, h := range si.hitsOf(catAttrVerb) {
		if h.end <= start || h.start >= end && h.start-end <= 2 {
			return true
		}
	}
	return false
}

// startCueHolds: a start cue that is a plain verb (بدأت, began: lexicon object "direct") dates
// the ceasefire only with the ceasefire as its subject right after it ("بدأت الهدنة"), not
// "بدأت أولى الشاحنات بالدخول".
func (ac *articleContext) startCueHolds(si *sentInfo, h hit) bool {
	if ac.l.topicCue[h.idx].Value == "end" {
		return false // "expires", "تنقضي": the other end of the truce
	}
	if ac.bareSince(si, h) && !ac.sinceOfTruce(si, h) {
		return false
	}
	if ac.l.topicCue[h.idx].Object == "subject" {
		return ac.startSubjectIsTruce(si, h) // "began", "started": the truce must be what began
	}
	// "ceased firing for an hour on Monday", "held fire on Monday, then resumed shelling": a
	// pause in the fighting; "لم يتوقف إطلاق النار يوم": no cessation.
	if ac.l.topicCue[h.idx].Object == "self" && !ac.selfCueCeases(si, h) {
		return false
	}
	if ac.selfCueAsNoun(si, h) {
		return false
	}
	return ac.l.topicCue[h.idx].Object != "direct" || ac.directObjectCeasefire(si, h.end) || ac.pronounStartsAt(si, h)
}

// selfCueCeases: the cessation cue h (lexicon object "self") tells the fire ceasing: not a
// pause ("ceased firing for an hour on Monday", "held fire on Monday, then resumed shelling"),
// not negated ("لم يتوقف إطلاق النار يوم"), not the firing's target ("stopped firing at
// civilians").
func (ac *articleContext) selfCueCeases(si *sentInfo, h hit) bool {
	return !ac.pauseAfter(si, h.end) && !negatedAt(si, h.start) && !ac.fightingAfter(si, h.end) && !firedAtTarget(si, h.end)
}

// firedAtTarget: the cessation cue ending at end ("stopped firing") is followed by "at" and no
// time: "stopped firing at civilians" names the target, not the hour the firing stopped.
func firedAtTarget(si *sentInfo, end int) bool {
	if !si.startsAt(catHour, end) || end+1 >= len(si.toks) {
		return false
	}
	t := &si.toks[end+1]
	return !t.number && si.starts[end+1]&timeStartMask == 0 && (t.w == nil || !t.w.timeStart)
}

// selfCueAsNoun: the cessation cue h (lexicon object "self": "cease fire") stands after an
// article: the words are the truce's noun, dated by its own verb if any ("A cease fire took
// effect on Wednesday", "signed a cease fire agreement on Monday"), not the cessation said as a
// verb in the present or future ("will cease fire at 6 a.m.").
func (ac *articleContext) selfCueAsNoun(si *sentInfo, h hit) bool {
	if ac.l.topicCue[h.idx].Object != "self" || h.start == 0 {
		return false
	}
	t := si.tokText(h.start - 1)
	return ac.l.fw.definiteArticles[t] || ac.l.fw.indefiniteArticles[t]
}

// pronounStartsAt: the plain start verb h has the ceasefire noun right before it, or a pronoun
// for the ceasefire named earlier in the sentence, as its subject, and a time or a preposition
// after it: "إن وقف إطلاق النار ... يسري
// لمدة شهر، مشيرة إلى أنه بدأ في الساعة الواحدة", not "أنه بدأ الانسحاب".
func (ac *articleContext) pronounStartsAt(si *sentInfo, h hit) bool {
	p := h.start - 1
	// "بدأت صباح الأحد": a day part may lead the time; "إن الهدنة سرت منذ التاسعة": a since-word.
	if p < 1 || h.end >= len(si.toks) || si.starts[h.end]&timeStartMask == 0 && !ac.l.fw.prepositions[si.tokText(h.end)] && !ac.l.fw.sinceWords[si.tokText(h.end)] && !ac.l.fw.dayPartAt(si, h.end) {
		return false
	}
	pronoun := si.tokIn(p, classComplementizer, ac.l.fw.complementizers) || si.tokIn(p, classSubjectPronoun, ac.l.fw.subjectPronouns)
	// With only a day part after it ("أنه بدأ صباح الأحد") the pronoun may stand for any event
	// named before: the truce only when no comma has closed the clause that names it ("الهجوم
	// تواصل رغم الهدنة، مشيرة إلى أنه بدأ صباح الأحد" is the attack's start).
	dayPartOnly := si.starts[h.end]&timeStartMask == 0 && !ac.l.fw.prepositions[si.tokText(h.end)]
	// "توصلتا إلى عطوة عشائرية مدتها ثلاثة أيام، بدأت بعد صلاة العشاء": a verb opening a clause
	// after a comma describes the truce noun phrase the comma closes (a few words, no comma in it).
	// "رغم الهدنة، بدأ عند الساعة الخامسة قصف مدفعي": a fighting word in the verb's clause is
	// its own subject.
	descriptive := isComma(si.tokText(p)) && !ac.fightingInClauseAfter(si, h.end)
	for _, c := range si.hitsOf(catCeasefire) {
		// "إن وقف إطلاق النار بدأ في الساعة الواحدة": the noun itself right before the verb,
		// or before its auxiliary ("وكانت الهدنة قد بدأت فجر الثلاثاء").
		if c.end == h.start || c.end == h.start-1 && ac.l.fw.auxiliaries[si.tokText(h.start-1)] != 0 || pronoun && c.end <= p && !(dayPartOnly && commaIn(si, c.end, p)) {
			return true
		}
		if descriptive && c.end <= p && p-c.end <= 5 && !commaIn(si, c.end, p) && !si.boundaryIn(c.end, p) {
			return true
		}
	}
	// "تصحيح: ورد ... أن وقف إطلاق النار في طرابلس دخل حيز التنفيذ في الثامنة. والصحيح أنه بدأ
	// في الثامنة مساءً بتوقيت طرابلس": the pronoun opens a sentence that names no truce, right
	// after one that does: it stands for that truce (time_pronoun_previous.go).
	return pronoun && ac.pronounForPreviousTruce(si, p)
}

// pastStartCueNear: a start cue in the past tense (began, took effect, منذ; lexicon value
// "past") lies within window tokens of [start, end).
func (ac *articleContext) pastStartCueNear(si *sentInfo, start, end, window int) bool {
	for _, h := range ac.cuesOf(si, refStartTime) {
		if !ac.startCueHolds(si, h) {
			continue
		}
		if !ac.pastStartCue(si, h) && !ac.splitPastBefore(si, h) {
			continue
		}
		if h.end <= start && start-h.end <= window || h.start >= end && h.start-end <= window {
			return true
		}
	}
	return false
}

// tensedStartCueNear: a start cue that is a verb not in the past (takes effect, يبدأ: no lexicon
// value, not a preposition) lies within window tokens: with it a past reading is not safe ("يبدأ
// سريان الهدنة", where سريان also reads as the past سرى).
func (ac *articleContext) tensedStartCueNear(si *sentInfo, start, end, window int) bool {
	for _, h := range ac.cuesOf(si, refStartTime) {
		if c := ac.l.topicCue[h.idx]; ac.pastStartCue(si, h) || c.Value == "end" || c.Object == "time" || ac.splitPastBefore(si, h) || ac.selfCueAsNoun(si, h) {
			continue
		}
		// "منذ بدء سريان وقف إطلاق النار": the noun سريان after "since" is no tense.
		if ac.sinceBefore(si, h.start, 2) {
			continue
		}
		if h.end <= start && start-h.end <= window || h.start >= end && h.start-end <= window {
			return true
		}
	}
	return false
}

// startedAt: the start time te is told as a start that has happened ("began at", "took effect
// at", "يسري اعتباراً من") by a start verb: not by "since" ("they have held since Saturday"),
// a preposition or "zero hour was", not in a present or future ("يبدأ سريان") and not denied
// ("نفى ... بدء الهدنة صباح الأربعاء").
func (ac *articleContext) startedAt(si *sentInfo, te timeExpr) bool {
	if ac.tensedStartCueNear(si, te.start, te.end, 4) && !te.current || deniedAt(si, te.start) || deniedClause(si, te.start) || ac.collapseStated(si) {
		return false
	}
	if te.current {
		return true
	}
	for _, h := range ac.cuesOf(si, refStartTime) {
		if c := ac.l.topicCue[h.idx]; !ac.pastStartCue(si, h) || c.Object == "time" || ac.sinceIn(si, h) || !ac.startCueHolds(si, h) {
			continue
		}
		if h.end <= te.start && te.start-h.end <= 4 || h.start >= te.end && h.start-te.end <= 4 {
			return true
		}
	}
	return false
}

// fightingInClauseAfter: a fighting word stands after pos before the next comma or boundary.
func (ac *articleContext) fightingInClauseAfter(si *sentInfo, pos int) bool {
	for k := pos; k < len(si.toks) && !si.boundary[k] && !isComma(si.tokText(k)); k++ {
		if ac.fightingWordAt(si, k) {
			return true
		}
	}
	return false
}

// collapseStated: the sentence says the truce collapsed ("The truce, which began at 6 a.m. on
// Saturday, broke down within hours"): the start it tells is no longer a truce in force.
func (ac *articleContext) collapseStated(si *sentInfo) bool {
	for _, c := range ac.cuesOf(si, refStatus) {
		if ac.l.topicCue[c.idx].Value == "collapsed" && !negatedAt(si, c.start) {
			return true
		}
	}
	return false
}

// sinceIn: a "since" word is one of hit h's words ("منذ", "have held since").
func (ac *articleContext) sinceIn(si *sentInfo, h hit) bool {
	for k := h.start; k < h.end; k++ {
		if ac.l.fw.sinceWords[si.tokText(k)] {
			return true
		}
	}
	return false
}

// sinceBefore: a "since" word (منذ) stands at most n tokens before pos, with nothing but words
// between (no punctuation).
func (ac *articleContext) sinceBefore(si *sentInfo, pos, n int) bool {
	for k := pos - 1; k >= 0 && k >= pos-n; k-- {
		if ac.l.fw.sinceWords[si.tokText(k)] {
			return true
		}
		if si.toks[k].punct {
			return false
		}
	}
	return false
}

// startCueBefore: a start cue (بدءاً من, takes effect) ends within window tokens before pos.
// A bare preposition (from, since, منذ) inside a relative clause is that clause's: "a cessation
// of hostilities in the Abyei area, where clashes have killed 22 people since Friday" dates the
// clashes, so it does not stand in for a ceasefire noun far away.
func (ac *articleContext) startCueBefore(si *sentInfo, pos, window int) bool {
	for _, h := range ac.cuesOf(si, refStartTime) {
		if !ac.startCueHolds(si, h) {
			continue
		}
		if (ac.l.topicCue[h.idx].Object == "time" || h.end-h.start == 1 && ac.l.fw.sinceWords[si.tokText(h.start)]) && relativeClauseBefore(si, h.start, 10) {
			continue
		}
		if h.end <= pos && pos-h.end <= window {
			return true
		}
	}
	return false
}

// selfStartCueBefore: a start cue naming the cessation itself (lexicon object "self": "fall
// silent", "تصمت المدافع") ends at most window tokens before pos, in its clause.
func (ac *articleContext) selfStartCueBefore(si *sentInfo, pos, window int) bool {
	for _, h := range ac.cuesOf(si, refStartTime) {
		if ac.l.topicCue[h.idx].Object == "self" && h.end <= pos && pos-h.end <= window && !si.boundaryIn(h.end, pos) && !firedAtTarget(si, h.end) {
			return true
		}
	}
	return false
}

// datelineAfter: the agency mark or dash of a dateline follows within three tokens of pos.
func datelineAfter(si *sentInfo, pos int) bool {
	for k := pos; k < pos+3 && k < len(si.toks); k++ {
		switch si.tokText(k) {
		case "(", "-", "–", "—":
			if !gluedHyphen(si, k) {
				return true
			}
		}
	}
	return false
}

// gluedHyphen: the hyphen at k joins two words with no space ("Saturday's follow-up round"):
// a compound, no dateline's dash.
func gluedHyphen(si *sentInfo, k int) bool {
	return si.tokText(k) == "-" && k > 0 && k+1 < len(si.toks) && si.toks[k-1].end == si.toks[k].start && si.toks[k].end == si.toks[k+1].start
}

// dayOf is the midnight starting t's civil day.
func dayOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
}

// ceasefireEndsAt: a ceasefire noun or verb phrase ends right at token pos, so a clock time
// there says when the firing stops: "would halt operations at noon on Wednesday", "a truce at
// 6 a.m. Thursday". Only clock times: a bare day after the noun may date the agreement.
func ceasefireEndsAt(si *sentInfo, pos int) bool {
	for _, h := range si.hitsOf(catCeasefire) {
		if h.end == pos {
			return true
		}
		// "halt strikes in Yemen at 6 a.m.", "وقف القصف على الحديدة عند السادسة": a place
		// after its preposition between the cessation and the time.
		if h.end < pos && si.startsAt(catLocative, h.end) {
			if m, ok := si.mentionAt(h.end + 1); ok && m.end == pos {
				return true
			}
		}
	}
	return false
}

// parenthesisRestates: next is a clock time with its day and its own zone ("2300 GMT Tuesday")
// alone inside a parenthesis that opens right after te.
func (ac *articleContext) parenthesisRestates(si *sentInfo, te, next timeExpr) bool {
	// "midnight on Saturday, Colombia time (0500 GMT Sunday)": the zone may follow the day.
	open := te.end
	if isComma(si.tokText(open)) {
		open = skipZone(si, open+1)
	}
	if si.tokText(open) != "(" || next.start != open+1 || si.tokText(next.end) != ")" || !next.clock {
		return false
	}
	if next.weekday < 0 && next.relDay == nil && next.dayOfMonth == 0 {
		return false
	}
	for _, h := range si.hitsOf(catTimezone) {
		if h.start >= next.start && h.end <= next.end {
			return true
		}
	}
	return false
}

// daylessParenthesisRestates: next is a parenthesis right after te holding only a clock time
// in a named zone and no day, and te names its day ("midnight Tuesday (2200 GMT)", "منتصف ليل
// الثلاثاء (22:00 بتوقيت غرينتش)"). next is then dated to the day, in its zone, that puts it
// nearest te's instant: the parenthesis is the exact restatement.
func (ac *articleContext) daylessParenthesisRestates(si *sentInfo, te timeExpr, next *timeExpr) bool {
	if si.tokText(te.end) != "(" || next.start != te.end+1 || si.tokText(next.end) != ")" || !next.clock || next.zone == nil {
		return false
	}
	if next.weekday >= 0 || next.relDay != nil || next.dayOfMonth > 0 || te.weekday < 0 && te.relDay == nil && te.dayOfMonth == 0 {
		return false
	}
	if !te.future && !te.past {
		te.future = ac.scheduledStart(si, te)
	}
	_, lo, _ := ac.resolve(si, te)
	if lo == 0 {
		return false
	}
	at := time.Unix(int64(lo), 0).In(next.zone)
	best, bestGap := time.Time{}, int64(1<<62)
	for d := -1; d <= 1; d++ {
		c := time.Date(at.Year(), at.Month(), at.Day()+d, next.hour, next.minute, 0, 0, next.zone)
		if gap := abs64(c.Unix() - int64(lo)); gap < bestGap {
			best, bestGap = c, gap
		}
	}
	if bestGap > 14*3600 {
		return false
	}
	next.dayOfMonth, next.month, next.year = best.Day(), int(best.Month()), best.Year()
	return true
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// pronounTruce is the token of a subject pronoun standing for the ceasefire the sentence before
// names, as the subject of a start, duration or coverage cue one to three tokens after it: "The
// truce was agreed on Tuesday. The army said it would take effect at midnight and last 30 days",
// "It covers the whole district ... and will last 30 days". -1 when none: the sentence then
// needs its own ceasefire noun.
func (ac *articleContext) pronounTruce(si *sentInfo) int {
	if !si.has[catTopicCue] && !si.has[catInclusion] || !ac.previousNamesAgreement(si) {
		return -1
	}
	for p := range si.toks {
		// "والصحيح أنه بدأ في الثامنة": a complementizer carrying the pronoun is one too.
		if w := si.tokText(p); !si.tokIn(p, classSubjectPronoun, ac.l.fw.subjectPronouns) && !(si.tokIn(p, classComplementizer, ac.l.fw.complementizers) && isArabicWord(w) && runeLen(w) > 2) {
			continue
		}
		if ac.cueStartsIn(si, p+1, p+4) {
			return p
		}
	}
	return -1
}

// cueStartsIn: a start-time, duration or inclusion cue starts in [from, to).
func (ac *articleContext) cueStartsIn(si *sentInfo, from, to int) bool {
	for _, h := range si.hitsOf(catInclusion) {
		if h.start >= from && h.start < to {
			return true
		}
	}
	for _, ref := range [...]topicRef{refStartTime, refDuration} {
		for _, h := range ac.cuesOf(si, ref) {
			if v := ac.l.topicCue[h.idx].Value; h.start >= from && h.start < to && ac.l.topicCue[h.idx].Object != "time" && v != "end" && v != "deadline" {
				return true
			}
		}
	}
	return false
}

// scheduledStart: te is a bare weekday (no date) that a start cue not in the past dates, and
// no past-tense cue is near: the truce starts on the coming such day.
func (ac *articleContext) scheduledStart(si *sentInfo, te timeExpr) bool {
	if te.weekday < 0 || te.dayOfMonth > 0 || te.relDay != nil || si.startsAt(catLast, te.end) {
		return false // "حيز التنفيذ مساء الثلاثاء الماضي": last Tuesday
	}
	future := ac.futureVerbBefore(si, te.start) || ac.subjunctiveStartBefore(si, te.start)
	// A night of two weekdays ("منتصف ليل الأحد الاثنين") is still to come only by a verb told
	// in the future or a stipulation: a start noun ("بعد ثلاثة أيام على دخوله حيز التنفيذ") or a
	// past verb its relative clause keeps away ("دخلت الهدنة التي رعتها يونامي حيز التنفيذ") is
	// no tense, and the nearest such night stays.
	if te.weekday2 >= 0 {
		return future && !ac.pastStartCueNear(si, te.start, te.end, 4)
	}
	return (ac.tensedStartCueNear(si, te.start, te.end, 4) || future) && !ac.pastStartCueNear(si, te.start, te.end, 4)
}

// futureVerbBefore: the clause puts its verb in the future within eight words before pos: a
// modal auxiliary ("will observe the truce from Sunday", "would run from Sunday") or a verb with
// a future prefix ("سيلتزم بالهدنة اعتباراً من الأحد", "سوف"). A weekday it governs is still to
// come, though no start verb is written.
func (ac *articleContext) futureVerbBefore(si *sentInfo, pos int) bool {
	fw := &ac.l.fw
	for k := pos - 1; k >= 0 && k >= pos-8 && !si.boundary[k] && !si.toks[k].punct; k-- {
		if t := si.tokText(k); fw.modalAuxiliaries[t] || fw.futureVerb(fw.withoutConjunction(t)) {
			return true
		}
	}
	return false
}

// pastStartCueAcrossPlace: a past-tense start cue ends at most four words before pos in the same
// clause, a place name counting as one word: "the guns fell silent along the Line of Control at
// midnight" is the midnight just passed.
func (ac *articleContext) pastStartCueAcrossPlace(si *sentInfo, pos int) bool {
	for _, h := range ac.cuesOf(si, refStartTime) {
		if !ac.pastStartCue(si, h) || !ac.startCueHolds(si, h) || h.end > pos || pos-h.end > 12 || si.boundaryIn(h.end, pos) {
			continue
		}
		words := 0
		for k := h.end; k < pos; k++ {
			if isComma(si.tokText(k)) {
				words = 99
				break
			}
			if m, ok := si.mentionAt(k); ok {
				k = m.end - 1
			}
			words++
		}
		if words <= 4 {
			return true
		}
	}
	return false
}

// talksBeforeAside is the distance from pos back to a talks noun when an aside set off by commas
// follows the noun and is all that stands between: "A second round of talks, on the political
// dispute over elections, is due in Doha on Feb. 23". Large when none.
func (ac *articleContext) talksBeforeAside(si *sentInfo, pos int) int {
	best := 1 << 20
	for _, h := range si.hitsOf(catTalks) {
		if h.end >= pos || !isComma(si.tokText(h.end)) || si.boundaryIn(h.end, pos) {
			continue
		}
		for k := h.end + 1; k < pos; k++ {
			if isComma(si.tokText(k)) {
				best = min(best, pos-k-1)
				break
			}
		}
	}
	return best
}

// talksAfterTheirParties: the distance to pos from the last party of "talks between X and Y"
// (the parties right after the talks noun count as part of it): "talks between Turkish
// officials and a PKK delegation will open in the regional capital on Thursday".
func (ac *articleContext) talksAfterTheirParties(si *sentInfo, pos int) int {
	best := 1 << 20
	for _, h := range si.hitsOf(catTalks) {
		if h.end >= pos || !si.tokIn(h.end, classBetween, ac.l.fw.between) || si.boundaryIn(h.end, pos) {
			continue
		}
		last := -1
		for k := si.firstMentionFrom(h.end + 1); k < len(si.ents) && si.ents[k].end <= pos && si.ents[k].start-h.end <= 10; k++ {
			last = si.ents[k].end
		}
		if last >= 0 {
			best = min(best, pos-last)
		}
	}
	return best
}

// endCueBefore: an end cue ("expires", "runs out", "until", "تنقضي") ends at most window tokens
// before pos in the same clause: the time it leads is when the truce ends, not when it starts.
func (ac *articleContext) endCueBefore(si *sentInfo, pos, window int) bool {
	for _, h := range ac.cuesOf(si, refStartTime) {
		if ac.l.topicCue[h.idx].Value == "end" && h.end <= pos && pos-h.end <= window && !si.boundaryIn(h.end, pos) {
			return true
		}
	}
	return false
}

// deniedTime: a denial verb governs the time at pos, or the start cue or talks noun at most ten
// tokens before it in its clause ("ونفى الجيش أن تكون الهدنة قد دخلت حيز التنفيذ يوم الأحد").
func (ac *articleContext) deniedTime(si *sentInfo, pos int) bool {
	if !si.has[catDenial] {
		return false
	}
	if deniedAt(si, pos) {
		return true
	}
	for _, h := range ac.cuesOf(si, refStartTime) {
		if h.end <= pos && pos-h.end <= 10 && !si.boundaryIn(h.end, pos) && deniedAt(si, h.start) {
			return true
		}
	}
	for _, h := range si.hitsOf(catTalks) {
		if h.end <= pos && pos-h.end <= 10 && !si.boundaryIn(h.end, pos) && deniedAt(si, h.start) {
			return true
		}
	}
	return false
}

// plannedWeekday: te is a bare weekday, in no tense yet, after a marker of talks announced for
// later (will resume, ستستأنف, من المقرر; lexicon planned_talks_markers) in its clause, at
// most eight tokens before it.
func (ac *articleContext) plannedWeekday(si *sentInfo, te timeExpr) bool {
	if te.weekday < 0 || te.weekday2 >= 0 || te.dayOfMonth > 0 || te.relDay != nil || te.past || te.future || !si.has[catPlanned] {
		return false
	}
	for _, h := range si.hitsOf(catPlanned) {
		if h.end <= te.start && te.start-h.end <= 8 && !si.boundaryIn(h.end, te.start) {
			return true
		}
	}
	return false
}

// relativeClauseBefore: a relative pronoun opens, at most window tokens before pos, a clause
// that pos is still in.
func relativeClauseBefore(si *sentInfo, pos, window int) bool {
	for _, h := range si.hitsOf(catRelPron) {
		if h.start < pos && pos-h.start <= window && !si.boundaryIn(h.end, pos) {
			return true
		}
	}
	return false
}

// onlyProvisionAgreements: the sentence names no ceasefire, and each of its agreement nouns is
// qualified by an exchange cue right before it ("prisoner swap deal") or right after it
// ("اتفاق تبادل الأسرى").
func (ac *articleContext) onlyProvisionAgreements(si *sentInfo) bool {
	if si.has[catCeasefire] || !si.has[catAgreement] {
		return false
	}
	cues := ac.cuesOf(si, refExchange)
	for _, h := range si.hitsOf(catAgreement) {
		qualified := false
		for _, c := range cues {
			qualified = qualified || c.end == h.start || c.start == h.end
		}
		if !qualified {
			return false
		}
	}
	return true
}

// fightingGovernsTime: walking back from the time through its clause, a fighting word
// (shelling, خرق) comes before any ceasefire noun of its own: "Shelling started at 10 a.m.",
// "استأنفوا القصف عند منتصف ليل الجمعة", and a truce noun that is the fighting word's object
// ("بدأوا خرق الهدنة اعتباراً من السادسة", "violations of the truce from 6 a.m.") date the
// fighting, not the truce.
func (ac *articleContext) fightingGovernsTime(si *sentInfo, pos int) bool {
	fw := &ac.l.fw
	if len(fw.fightingWords) == 0 {
		return false
	}
	fighting := func(k int) bool {
		if k < 0 {
			return false
		}
		for _, v := range si.toks[k].variants() {
			if fw.fightingWords[v] {
				return true
			}
		}
		return false
	}
	startVerbAt := func(k int) bool {
		for _, h := range ac.cuesOf(si, refStartTime) {
			if h.start <= k && k < h.end && ac.l.topicCue[h.idx].Object != "time" {
				return true
			}
		}
		return false
	}
	verb := false // a start verb between: "the ceasefire that entered into force on Tuesday"
	for k := pos - 1; k >= 0 && k >= pos-8; k-- {
		if si.toks[k].punct || si.boundary[k] {
			return false
		}
		verb = verb || startVerbAt(k)
		if n, ok := ceasefireNounCovering(si, k); ok {
			if verb {
				// "Violations of the truce started at 6 a.m.", "خروقات الهدنة بدأت": the
				// start verb's subject is the fighting word the truce noun completes.
				return ac.fightingHeadsNoun(si, n.start)
			}
			// A fighting word inside the noun is the truce's ("halt offensive strikes", "وقف
			// العمليات القتالية"); the noun may be the object of one before it, maybe after
			// "of the".
			for j := n.start - 1; j >= 0 && j >= n.start-3; j-- {
				if fighting(j) {
					return true
				}
				if t := si.tokText(j); !fw.definiteArticles[t] && !fw.partitives[t] {
					return false
				}
			}
			return false
		}
		if fighting(k) {
			// "بوقف شامل للأعمال القتالية", "a halt to the shelling": the fighting a ceasefire
			// noun right before it stops is the truce's.
			for j := k - 1; j >= 0 && j >= k-2; j-- {
				if _, ok := ceasefireNounCovering(si, j); ok {
					return false
				}
			}
			return true
		}
	}
	return false
}

// ceasefireNounCovering: the ceasefire noun whose tokens hold k.
func ceasefireNounCovering(si *sentInfo, k int) (hit, bool) {
	for _, n := range si.hitsOf(catCeasefire) {
		if n.start <= k && k < n.end {
			return n, true
		}
	}
	return hit{}, false
}

// fightingHeadsNoun: the ceasefire noun at start completes a fighting word as its
// genitive: right after it ("خروقات الهدنة") or after a partitive ("violations of the
// truce"); "after the violations the truce began" (an article only) is no such phrase.
func (ac *articleContext) fightingHeadsNoun(si *sentInfo, start int) bool {
	fw := &ac.l.fw
	partitive := false
	for j := start - 1; j >= 0 && j >= start-3; j-- {
		if ac.fightingWordAt(si, j) {
			return j == start-1 || partitive
		}
		t := si.tokText(j)
		switch {
		case fw.partitives[t]:
			partitive = true
		case !fw.definiteArticles[t]:
			return false
		}
	}
	return false
}
