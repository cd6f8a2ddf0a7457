package compare

import "math"

// An hour read on the wrong day takes no side. Accounts of when a truce took effect differ by hours
// (a zone, a unit's own order, "6 a.m. rather than midnight"), not by whole days at the same clock
// time. An instant that is another instant of its key moved by whole days, resting on fewer
// accounts than it, most often dates the same hour from a weekday resolved to the wrong week or day
// ("midnight Wednesday-Thursday last", "2100 GMT Wednesday" in a Thursday story): the writer's
// reference day, not a rival account. It is set aside (shown as neutral, opposing nothing) when no
// one quoted gives it, only the outlet's own voice, or it is only hedged, demanded or proposed, or
// when every speaker behind it also gives the other day: a speaker does not dispute itself. A
// shifted hour a quoted party states as fact ("the Houthis say midnight on the 15th, everyone else
// the 16th") stays a side. As with lone outliers, the flag keeps the score it had with the shifted
// hour as a side (a bare day against an hour left beside it, colombia's frozen start time, does not
// rise), and a flag left with one side is not shown. On the frozen dumps (stop 19) every flag
// holding two such instants was a false alarm (9 of 9); on the dev sets two of three were real
// disputes, each told by a quoted party of its own.
//
// An hour told once and weakly (only hedged, demanded or proposed, or only in the outlet's own
// voice) a whole day from an hour told once by someone quoted as fact is that hour on the wrong
// day too, though neither rests on more accounts ("its spokesman insisted the truce starts at
// noon today, Thursday", read a day early beside the junta spokesman's noon on Thursday): the
// named account is the reading to keep (loneWeakAgainstLoneNamed). Two named hours a day apart,
// and a weak hour told twice, stay sides. One speaker's hour told on two days, on as many
// accounts each, is one of them on the wrong day: the reading farther from every other
// account's hour is set aside (fartherOwnDay; the Guards' "midnight" read as Friday's beside
// their Thursday midnight and the army's 07:00 on Friday).
//
// An hour read on the wrong half of the clock takes no side either, when its speakers give the
// other: an instant an odd number of half days from another instant of its key that rests on
// more accounts, given only by speakers who also give that other instant ("at nine", read as
// 09:00 beside the same command's 21:00 told elsewhere), is set aside. A speaker does not dispute
// itself; a half day given in the outlet's voice or by a party of its own stays a side (12 hours
// apart are often two parties' clocks: a morning against an evening start). Stop 21: on the
// frozen dumps this made kirkuk's start exact (the joint command's 09:00 beside its 21:00), and
// moved nothing on the dev sets.

// shiftedDays returns the shifted hours of a temporal key (see above): instants whole days from
// another instant of the key that rests on more accounts, given only weakly (hedged or in the
// outlet's own voice) or only by speakers of that other instant, instants half days from it given
// only by its speakers, a weak instant told once a whole day from a named one told once, and the
// farther of one speaker's two instants whole days apart on as many accounts; nil when there are
// none.
func shiftedDays(kind string, tallies []Tally, readings []reading) map[string]bool {
	if kind != KindTemporal {
		return nil
	}
	var out map[string]bool
	for i, r := range readings {
		if !isInstant(r.span) {
			continue
		}
		for j, o := range readings {
			if j == i || !isInstant(o.span) || !halfDaysApart(r.span.Low, o.span.Low) {
				continue
			}
			fewer := tallies[i].Accounts.Len() < tallies[j].Accounts.Len()
			if !fewer && !loneWeakAgainstLoneNamed(tallies[i], tallies[j]) && !fartherOwnDay(i, j, tallies, readings) {
				continue
			}
			if wholeDaysApart(r.span.Low, o.span.Low) && (tallies[i].Quoted == 0 || tallies[i].Asserted == 0) || speakersWithin(tallies[i], tallies[j]) {
				if out == nil {
					out = map[string]bool{}
				}
				out[tallies[i].Value] = true
				break
			}
		}
	}
	return out
}

// isInstant reports whether a span is a known moment on the calendar (not a bare weekday).
func isInstant(s span) bool { return s.Known && s.Point && !s.Week }

// daySeconds is one day in the seconds temporal spans count.
const daySeconds = 24 * 60 * 60

// wholeDaysApart reports whether two moments differ by a nonzero whole number of days.
func wholeDaysApart(a, b float64) bool {
	d := math.Abs(a - b)
	return d > 0 && math.Mod(d, daySeconds) == 0
}

// halfDaysApart reports whether two moments differ by a nonzero whole number of half days (whole
// days included).
func halfDaysApart(a, b float64) bool {
	d := math.Abs(a - b)
	return d > 0 && math.Mod(d, daySeconds/2) == 0
}

// loneWeakAgainstLoneNamed reports whether a and b are each told by one account, a is weak (only
// hedged, demanded or proposed, or only in the outlet's own voice) and b is stated as fact by
// someone quoted.
func loneWeakAgainstLoneNamed(a, b Tally) bool {
	return a.Accounts.Len() == 1 && b.Accounts.Len() == 1 &&
		(a.Asserted == 0 || a.Quoted == 0) && b.Asserted > 0 && b.Quoted > 0
}

// fartherOwnDay reports whether instants i and j, a whole number of days apart, are given by the
// same speakers on as many accounts, and i lies farther than j from every other instant of the
// key: a speaker does not dispute itself, and rival accounts of a start differ by hours, so the
// reading a day away from the others is the one on the wrong day.
func fartherOwnDay(i, j int, tallies []Tally, readings []reading) bool {
	if tallies[i].Accounts.Len() != tallies[j].Accounts.Len() || !wholeDaysApart(readings[i].span.Low, readings[j].span.Low) ||
		!speakersWithin(tallies[i], tallies[j]) || !speakersWithin(tallies[j], tallies[i]) {
		return false
	}
	nearest := func(x int) float64 {
		d := math.Inf(1)
		for k, r := range readings {
			if k != i && k != j && isInstant(r.span) {
				d = min(d, math.Abs(r.span.Low-readings[x].span.Low))
			}
		}
		return d
	}
	di, dj := nearest(i), nearest(j)
	return !math.IsInf(di, 1) && di > dj
}
