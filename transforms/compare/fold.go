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
//
// A value the coarse one does not oppose only because the two rest on exactly the same voices
// (one sentence read two ways: see sameVoices) says nothing about whether the coarse value
// agrees with it, so it does not keep the coarse value from folding. "The truce starts at
// midnight Wednesday", read as a bare Wednesday and as an hour on Tuesday, gives a Wednesday that
// holds the corroborated midnight Wednesday-Thursday and opposes what that midnight opposes,
// except the misread Tuesday hour, which it cannot oppose being the same sentence: the day
// restates the midnight, and the Tuesday hour is left a lone value of its own (and, beside a
// corroborated dispute, a lone outlier: see demoteLoneOutliers). Stop 28: on the frozen dumps this
// made tishrin's start exact (the State Department's sentence read as 17 October 14:00 and as
// 18 October beside midnight and 06:00); nothing moved on the dev sets.

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
				!sameRelations(tallies, opposed, a, b, n) {
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

// sameRelations reports whether values a and b oppose exactly the same other values, a value
// resting on exactly a's voices counting as either (see above).
func sameRelations(tallies []Tally, opposed []bool, a, b, n int) bool {
	for x := range n {
		if x != a && x != b && opposed[a*n+x] != opposed[b*n+x] &&
			(opposed[a*n+x] || !sameVoices(tallies[a], tallies[x])) {
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

// A day told by one account that holds none of the hours of its key takes no side. Accounts that
// speak of the moment a truce takes effect give its hour ("at 6 a.m. on Saturday", "1800 local
// time"); a bare day beside them that none of those hours falls in most often dates something
// else read as the start (the day the deal was reached, signed or announced, a crossing closed
// since, the date of a correction), and one account alone does not show that it is a rival
// start. Such a day stays neutral: it opposes neither the hours nor other days. A day holding an
// hour restates it (see foldTargets); a day two accounts give, and days in a key with no hour at
// all (most dates of talks), compare as before. In the development gold no disagreement over a
// start has a bare day for a side, while bare days against hours are listed as near misses.
//
// Dates of talks are the exception when a named source gives the day. In a key about a round of
// talks (Options.Rounds) bare days are the accounts themselves ("the committee meets on the
// 28th") and an hour beside them most often times something else, a delegation's arrival or a
// statement ("the delegation arrived in Jeddah at noon today"): the hour says nothing about
// which day the talks are on. A day such a key's source states as fact, quoted (namedSide),
// compares as before; one only in the outlet's own voice or only hedged stays stray there too.
// Stop 32: on the frozen dumps and the dev sets this found hermel's dates of the joint
// committee (the 26th told by three accounts against the Saudi source's 28th, beside the
// Syrian delegation's arrival at 09:00); stating it for every day of a talks key also flagged
// tabbaneh's outlet-voice day against a planned hour (a false alarm), hence the named source.

// strayDays marks, for a temporal key holding at least one instant, the calendar values (a day,
// month or year) resting on a single account that are compatible with no instant of the key,
// except, in a key about a round of talks (rounds), those a named source states (see above); nil
// when there are none.
func strayDays(kind string, tallies []Tally, readings []reading, compat []bool, rounds bool) []bool {
	n := len(tallies)
	if kind != KindTemporal || n < 2 {
		return make([]bool, n)
	}
	var stray []bool
	for i, r := range readings {
		if !r.span.Known || !r.span.Calendar || tallies[i].Accounts.Len() != 1 ||
			rounds && tallies[i].Asserted > 0 && tallies[i].Quoted > 0 {
			continue
		}
		holds, instants := false, false
		for j, o := range readings {
			if j == i || !o.span.Known || !o.span.Point || o.span.Week {
				continue
			}
			instants = true
			if compat[i*n+j] {
				holds = true
				break
			}
		}
		if instants && !holds {
			if stray == nil {
				stray = make([]bool, n)
			}
			stray[i] = true
		}
	}
	if stray == nil {
		return make([]bool, n)
	}
	return stray
}

// Two days that hold one instant of the key do not dispute each other. A day in its theatre's
// zone holds the midnight that ends it (see inAnyZone), so midnight between Thursday and Friday
// is Thursday's and Friday's: "signed on Thursday, in force from midnight" and "in force since
// Friday" name the same night from its two sides. When some instant of the key can be true with
// each of two such days, both can be true of it, and neither is a side against the other; each
// still opposes the hours it does not hold (and a day holding one hour in dispute then restates
// it: see foldTargets). A day whose zone is unknown is widened to every zone and holds the hours
// of the days around it, so it is compared with other days as before.

// shareInstant reports whether calendar values i and j both hold some instant of the key.
func shareInstant(readings []reading, compat []bool, i, j int) bool {
	n := len(readings)
	if !readings[i].span.Zoned || !readings[j].span.Zoned {
		return false // a day in an unknown zone holds a whole day's hours around it, not one midnight
	}
	for k, r := range readings {
		if k != i && k != j && isInstant(r.span) && compat[i*n+k] && compat[j*n+k] {
			return true
		}
	}
	return false
}
