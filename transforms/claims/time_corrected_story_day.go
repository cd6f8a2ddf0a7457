package claims

import "time"

// correctedStoryDay: an article that opens on a correction naming the day of the story it
// corrects ("CORRECTION - In an earlier version of a Sept 13 story on Cameroon, ... misstated
// that the ceasefire would begin at midnight on Sunday", "An earlier version of this article,
// published Aug. 13, said the ceasefire took effect at 7:30 a.m.") restates that story's times:
// its relative days and day-less clock times count from the story's day, not from the day the
// correction ran, days or weeks later. The day is a day and month without a year, after a
// retraction cue (lexicon retraction) in the first sentence (the second after a bare
// "CORRECTION:" header), on or at most sixty days before
// publication.
func (ac *articleContext) correctedStoryDay(pub time.Time, loc *time.Location) (time.Time, bool) {
	var si *sentInfo
	for _, s := range ac.infos[:min(2, len(ac.infos))] {
		if s.has[catRetraction] {
			si = s
			break
		}
	}
	if si == nil {
		return time.Time{}, false
	}
	from := si.hitsOf(catRetraction)[0].start
	for i := from; i >= 0 && i < len(si.toks) && i <= from+10; i++ {
		te := timeExpr{weekday: -1, weekday2: -1}
		if e := ac.dateAt(si, i, &te); e == i || te.year > 0 || te.month == 0 || te.dayOfMonth == 0 {
			continue
		}
		p := pub.In(loc)
		pubDay := time.Date(p.Year(), p.Month(), p.Day(), 0, 0, 0, 0, loc)
		for _, y := range [2]int{p.Year(), p.Year() - 1} { // a December story corrected in January
			d := time.Date(y, time.Month(te.month), te.dayOfMonth, 0, 0, 0, 0, loc)
			if back := pubDay.Sub(d); back >= 0 && back <= 60*24*time.Hour {
				return d, true
			}
		}
		return time.Time{}, false
	}
	return time.Time{}, false
}
