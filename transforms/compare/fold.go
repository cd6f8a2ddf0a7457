package compare

// A coarser restatement of a time is the same account, not a side of its own. When a day holds
// exactly one instant in dispute ("the truce began on Tuesday" beside "at 18:00 GMT on Tuesday"
// and "at 06:00 GMT on Wednesday"), the day agrees with the instant and opposes what it opposes:
// showing it as a third side would count one account twice. Such a value is folded into the
// finest value it restates: its claims, articles, accounts and speakers support that side, and
// the side lists it in Restated. A value is folded only when nothing is lost: it is compatible
// with the finer value and agrees and disagrees with every other value exactly as that one does.
// A day holding two instants in dispute stays neutral. Only temporal values fold: a numeric
// interval ("about a month" beside 30 days) is a different wording writers and readers keep
// apart.

// foldTargets returns, for each tally, the index of the value it is folded into, or -1; nil
// when no value can fold. opposed[i*n+j] says whether values i and j oppose each other;
// compat[i*n+j] whether their spans can both be true.
func foldTargets(kind string, tallies []Tally, readings []reading, opposed, compat []bool) []int {
	n := len(tallies)
	if kind != KindTemporal || n < 3 { // a fold needs a coarse value, a fine one and what they oppose
		return nil
	}
	target := make([]int, n)
	for i := range target {
		target[i] = -1
	}
	for a := range n {
		if !opposesAny(opposed, a, n) || tallies[a].onlyPositions() {
			continue
		}
		best := -1
		for b := range n {
			if b == a || !compat[a*n+b] || tallies[b].onlyPositions() || !finer(readings[b].span, readings[a].span) ||
				!sameRelations(opposed, a, b, n) {
				continue
			}
			if best < 0 || finer(readings[b].span, readings[best].span) {
				best = b
			} else if !finer(readings[best].span, readings[b].span) {
				best = -2 // two candidates, neither finer: leave the value as it is
				break
			}
		}
		if best >= 0 {
			target[a] = best
		}
	}
	// A target folded in turn (a month into a day that itself restates an instant) passes its
	// values on; finer is a strict order, so the chain ends.
	for a := range target {
		for t := target[a]; t >= 0 && target[t] >= 0; t = target[t] {
			target[a] = target[t]
		}
	}
	return target
}

// opposesAny reports whether value a opposes some other value.
func opposesAny(opposed []bool, a, n int) bool {
	for b := range n {
		if opposed[a*n+b] {
			return true
		}
	}
	return false
}

// sameRelations reports whether values a and b oppose exactly the same other values.
func sameRelations(opposed []bool, a, b, n int) bool {
	for x := range n {
		if x != a && x != b && opposed[a*n+x] != opposed[b*n+x] {
			return false
		}
	}
	return true
}

// finer reports whether span b is strictly more precise than span a, on the same line: an
// instant against a day, month or year (or a bare weekday), or a calendar span inside a longer
// one (a day inside its month).
func finer(b, a span) bool {
	if !a.Known || !b.Known || a.Week != b.Week || a.Point {
		return false
	}
	if b.Point {
		return true
	}
	return a.Calendar && b.Calendar && a.Low <= b.Low && b.High <= a.High && b.High-b.Low < a.High-a.Low
}
