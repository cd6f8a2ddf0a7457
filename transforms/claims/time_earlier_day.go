package claims

import "time"

// bareHour: te is an hour or a midnight the text gives no day for: no weekday, date, relative
// day (a past cue's "yesterday" set on a bare midnight is not the text's), statement day, named
// night ("midnight tonight"), eve or truce day.
func bareHour(te timeExpr) bool {
	return (te.clock || te.midnight) && te.weekday < 0 && te.weekday2 < 0 && te.dayOfMonth == 0 &&
		te.year == 0 && (te.relDay == nil || te.dayless) && te.anchorWeekday < 0 && te.anchorRel == nil &&
		!te.eve && !te.thisNight && !te.nightNamed && te.truceDay == 0 && !te.restated
}

// noteStartForHours keeps the article's first resolved start, [lo, hi) read from te in sentence
// si, as its beginning in te's clock: a day's civil date is then that of truceStartAt.
func (ac *articleContext) noteStartForHours(si *sentInfo, te timeExpr, lo, hi float64) {
	loc := ac.locOf(te)
	ac.truceStartSent = si.idx
	ac.truceStartIsDay = hi-lo >= 24*3600-1
	ac.truceStartAt = time.Unix(int64(lo), 0).In(loc)
}

// hourOnEarlierStartDay dates a bare start hour by the start an earlier sentence of the article
// resolved, not by publication: "agreed late on Thursday ... The truce took effect at 8 p.m.
// ... would hold fire from midnight Dushanbe time" filed on the Friday, "The truce took effect
// on Saturday. ... It took effect at 7:30 a.m.". After an earlier day the hour falls on that
// day (in the hour's own zone), and a midnight is the one that ends it, as "midnight Saturday"
// is. After an earlier instant the hour is the one nearest it: two accounts of one start differ
// by hours, not days ("took effect at 8 p.m." then "from midnight" is the midnight after; "at
// eight" then "began at midnight, not at eight" the midnight before); one half a day off either
// way is no nearer to one day. ok is false then, and when no earlier sentence dated the start:
// the hour keeps its reading from publication.
func (ac *articleContext) hourOnEarlierStartDay(si *sentInfo, te timeExpr) (value string, low, high float64, ok bool) {
	if !ac.hasTruceStart || ac.truceStartSent >= si.idx || !bareHour(te) {
		return "", 0, 0, false
	}
	loc := ac.locOf(te)
	hour, minute := te.hour, te.minute
	if te.midnight {
		hour, minute = 0, 0
	}
	var t time.Time
	if ac.truceStartIsDay {
		d := ac.truceStartAt // its civil day, in the zone it was told in
		t = time.Date(d.Year(), d.Month(), d.Day(), hour, minute, 0, 0, loc)
		if te.midnight {
			t = time.Date(d.Year(), d.Month(), d.Day()+1, 0, 0, 0, 0, loc)
		}
	} else {
		at := ac.truceStartAt
		t = nearestDayAt(at, hour, minute, loc)
		// "since noon on Tuesday, not since midnight": half a day either way, no nearer one.
		if absDur(t.Sub(at)) >= 12*time.Hour {
			return "", 0, 0, false
		}
	}
	t = t.UTC()
	return t.Format(time.RFC3339), float64(t.Unix()), float64(t.Unix() + 1), true
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}
