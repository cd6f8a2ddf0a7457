package compare

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// span is the part of the number line or time line a value stands for. Numeric spans are closed
// [Low, High]; temporal spans are half-open [Low, High) in Unix seconds unless Point is set.
// Known is false for values that cannot be placed (unresolved dates, unparseable numbers): such
// a value disagrees with nothing.
type span struct {
	Low, High float64
	Point     bool
	Calendar  bool // a day, month or year: Low and High are its start and end in UTC
	Week      bool // an unresolved weekday: Low and High count seconds from Monday 00:00
	Known     bool
	// Zoned: the calendar value's zone is known (Claim.Zoned), and ZoneLow, ZoneHigh are its
	// start and end in that zone, used instead of every zone when it meets an instant.
	Zoned             bool
	ZoneLow, ZoneHigh float64
}

// Numeric tolerance: writers round big numbers, so a value that is a multiple of
// roundNumberStep (at least three trailing zeros: 60000, 62000, 1000) stands for anything within
// roundNumberTolerance of it. "60,000", "62,000" and "more than 60,000" then agree, while
// "60,000" and "50,000" do not. Other numbers (7 factions, 97 factions, 3 days) are exact.
const (
	roundNumberStep      = 1000
	roundNumberTolerance = 0.05
)

// Temporal tolerance: a day, month or year written without a time zone ("Friday",
// "2016-12-30") is a local calendar day, and local days run from UTC-12 to UTC+14. When such a
// value is compared with an instant (which has a zone, or was resolved to UTC), its interval is
// widened to every zone: from zoneAhead before its UTC start to zoneBehind after its UTC end.
// Midnight between Thursday and Friday in Damascus (22:00 UTC on Thursday) then agrees with
// "Friday". When the claims say which zone the day is in (the theatre's: Claim.Zoned), the day
// is that zone's day, from its midnight to the midnight that ends it (both included), so that
// "Tuesday evening" in Mali (UTC+0) disagrees with 06:00 GMT on Wednesday. Two calendar values
// are compared as they are, so Thursday and Friday disagree.
const (
	zoneAhead  = 14 * 60 * 60
	zoneBehind = 12 * 60 * 60
)

// UnresolvedPrefix marks temporal values the extractor could not place on the time line because
// the article has no date to resolve against ("unresolved:Fri 00:00", "unresolved:next month").
// Such a value is placed on a week, not on the time line, when it names a weekday and at most a
// time of day and nothing else ("Thu 00:00", "Friday"): two such values of one event are taken to
// be in the same week, so "Thu 00:00" and "Fri 00:00" disagree. A weekday without a time is the
// whole day including the midnight that ends it, so "Thu" agrees with "Fri 00:00". Every other
// unresolved value ("00:00", "today 00:00", "next month") and every comparison between an
// unresolved value and a resolved one is compatible: nothing says which day is meant.
const UnresolvedPrefix = "unresolved:"

// weekdays maps English weekday names and abbreviations to their place in a week starting Monday.
var weekdays = map[string]int{
	"mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "wednesday": 2,
	"thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4,
	"sat": 5, "saturday": 5, "sun": 6, "sunday": 6,
}

// weekSpan places an unresolved value on a week (seconds from Monday 00:00), or reports that it
// cannot be placed.
func weekSpan(text string) (span, bool) {
	day, clock := -1, -1
	for _, tok := range strings.Fields(strings.ToLower(text)) {
		if d, ok := weekdays[strings.TrimSuffix(tok, ",")]; ok && day < 0 {
			day = d
			continue
		}
		if c, ok := clockSeconds(tok); ok && clock < 0 {
			clock = c
			continue
		}
		return span{}, false
	}
	if day < 0 {
		return span{}, false
	}
	start := float64(day * 24 * 60 * 60)
	if clock >= 0 {
		return span{Low: start + float64(clock), High: start + float64(clock), Point: true, Week: true, Known: true}, true
	}
	return span{Low: start, High: start + 24*60*60 + 1, Week: true, Known: true}, true
}

// clockSeconds reads "HH:MM" or "HH:MM:SS" as seconds after midnight.
func clockSeconds(tok string) (int, bool) {
	for _, layout := range []string{"15:04", "15:04:05"} {
		if t, err := time.Parse(layout, tok); err == nil {
			return t.Hour()*3600 + t.Minute()*60 + t.Second(), true
		}
	}
	return 0, false
}

// numericSpan reads a numeric value: a number ("60000") or an interval ("[60000,inf]", with
// inf/-inf for open ends). When the value does not parse, the claims' own bounds are used.
func numericSpan(t Tally) span {
	s, ok := parseNumber(t.Value)
	if !ok {
		s, ok = parseNumericInterval(t.Value)
	}
	if !ok {
		if !t.HasBounds {
			return span{}
		}
		s = span{Low: t.Low, High: t.High, Known: true}
	}
	if t.HasBounds { // an approximator may have given the claims a wider interval than the value
		s.Low, s.High = min(s.Low, t.Low), max(s.High, t.High)
	}
	return s
}

func parseNumber(v string) (span, bool) {
	x, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimSpace(v), ",", ""), 64)
	if err != nil || math.IsNaN(x) {
		return span{}, false
	}
	return span{Low: x, High: x, Known: true}, true
}

func parseNumericInterval(v string) (span, bool) {
	v = strings.TrimSpace(v)
	if len(v) < 5 || !strings.ContainsAny(v[:1], "[(") || !strings.ContainsAny(v[len(v)-1:], "])") {
		return span{}, false
	}
	low, high, ok := strings.Cut(v[1:len(v)-1], ",")
	if !ok {
		return span{}, false
	}
	lo, err1 := strconv.ParseFloat(strings.TrimSpace(low), 64)
	hi, err2 := strconv.ParseFloat(strings.TrimSpace(high), 64)
	if err1 != nil || err2 != nil || math.IsNaN(lo) || math.IsNaN(hi) || lo > hi {
		return span{}, false
	}
	return span{Low: lo, High: hi, Known: true}, true
}

// withTolerance widens every finite round endpoint of a numeric span outward.
func withTolerance(s span) span {
	s.Low -= roundTolerance(s.Low)
	s.High += roundTolerance(s.High)
	return s
}

// roundTolerance is the slack a number carries because writers round it (see roundNumberStep).
func roundTolerance(x float64) float64 {
	if math.IsInf(x, 0) || x == 0 || x != math.Trunc(x) || math.Mod(x, roundNumberStep) != 0 {
		return 0
	}
	return math.Abs(x) * roundNumberTolerance
}

// temporalSpan reads a temporal value: an RFC 3339 instant, a day (2006-01-02), a month
// (2006-01) or a year (2006) as calendar spans [start, end) in UTC. Unresolved values
// are unknown; other unparseable values fall back to the claims' own bounds.
func temporalSpan(t Tally) span {
	v := strings.TrimSpace(t.Value)
	if rest, ok := strings.CutPrefix(v, UnresolvedPrefix); ok {
		s, _ := weekSpan(rest)
		return s
	}
	if at, err := time.Parse(time.RFC3339, v); err == nil {
		s := float64(at.Unix())
		return span{Low: s, High: s, Point: true, Known: true}
	}
	for _, p := range []struct {
		layout string
		next   func(time.Time) time.Time
	}{
		{"2006-01-02", func(d time.Time) time.Time { return d.AddDate(0, 0, 1) }},
		{"2006-01", func(d time.Time) time.Time { return d.AddDate(0, 1, 0) }},
		{"2006", func(d time.Time) time.Time { return d.AddDate(1, 0, 0) }},
	} {
		if at, err := time.Parse(p.layout, v); err == nil {
			return zoned(span{Low: float64(at.Unix()), High: float64(p.next(at).Unix()), Calendar: true, Known: true}, t)
		}
	}
	if !t.HasBounds {
		return span{}
	}
	return span{Low: t.Low, High: t.High, Point: t.Low == t.High, Known: true}
}

// temporalOverlap reports whether two temporal spans share a moment. A calendar span compared
// with a zoned one is first widened to every time zone.
func temporalOverlap(a, b span) bool {
	if a.Week != b.Week {
		return true // a weekday of an undated article against a date: cannot tell
	}
	if a.Calendar != b.Calendar {
		a, b = inAnyZone(a), inAnyZone(b)
	}
	switch {
	case a.Point && b.Point:
		return a.Low == b.Low
	case a.Point:
		return b.Low <= a.Low && a.Low < b.High
	case b.Point:
		return a.Low <= b.Low && b.Low < a.High
	default:
		return a.Low < b.High && b.Low < a.High
	}
}

// inAnyZone widens a calendar span to the UTC moments it covers in some time zone, or in its
// own zone when that is known (its ending midnight included); other spans are returned unchanged.
func inAnyZone(s span) span {
	switch {
	case s.Calendar && s.Zoned:
		s.Low, s.High = s.ZoneLow, s.ZoneHigh+1
	case s.Calendar:
		s.Low -= zoneAhead
		s.High += zoneBehind
	}
	return s
}

// zoned gives a calendar span the zoned bounds of its claims when every claim of the value had
// a known zone and the bounds are that calendar value in some zone (the hull of one or a few
// zones' days, never wider than every zone's).
func zoned(s span, t Tally) span {
	if t.HasBounds && !t.Unzoned && t.Low < t.High && s.Low-zoneAhead <= t.Low && t.High <= s.High+zoneBehind {
		s.Zoned, s.ZoneLow, s.ZoneHigh = true, t.Low, t.High
	}
	return s
}
