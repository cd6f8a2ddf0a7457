package claims

import (
	"strings"
	"time"
)

// firstDayOfPair: talks "on Tuesday and Wednesday", "يومي الثلاثاء والأربعاء" are a round of two
// days; the shared convention dates a multi-day round by its opening day. A pair of weekdays
// resolves to its second day (right for a night of two days, "منتصف ليل الأربعاء الخميس"), so a
// pair with no midnight and no clock is moved back to its first: the value (a date, or an
// undated weekday) and its bounds shift by the days between the two weekdays.
func firstDayOfPair(te timeExpr, value string, lo, hi float64) (string, float64, float64) {
	if te.weekday < 0 || te.weekday2 < 0 || te.midnight || te.clock {
		return value, lo, hi
	}
	back := (te.weekday2 - te.weekday + 7) % 7
	if back == 0 {
		return value, lo, hi
	}
	if d, err := time.Parse("2006-01-02", value); err == nil {
		shift := float64(back * 24 * 3600)
		return d.AddDate(0, 0, -back).Format("2006-01-02"), lo - shift, hi - shift
	}
	if rest, ok := strings.CutPrefix(value, "unresolved:"); ok && rest == weekdayNames[te.weekday2] {
		return "unresolved:" + weekdayNames[te.weekday], lo, hi
	}
	return value, lo, hi
}
