package compare

import "slices"

// Unsure values. Some extraction rules are right far less often on coverage nobody tuned them
// on than on the development sets: at blind time (the frozen dumps against their gold, stop 30)
// "parties.with_speaker" was right 12 times in 40 and "set.monitors" 106 in 202, where the
// development sets say 19 in 23 and 249 in 299. The table of every rule's precision is data
// (schemas/rule_precision.json: rules under its set_aside_below, smoothed, are read into
// Options.UnreliableRules). And a value told by one article only was right 55% of the time at
// blind time, one told by four or more 89%. A value that one article alone tells and that only
// unreliable rules read is unsure: a false member of a set-valued topic read once, the commonest
// way a blind-time dispute was flagged wrong (half of the blind sets' missed disagreements are
// flags with a false side more).
//
// By default an unsure value stays a side and each side resting on one multiplies the score by
// unsureFactor: the dispute is shown with the same sides, found and false alarms are those
// without the table, and a reader sorting by score sees first the disputes whose every side is
// told by more than one article or read by a reliable rule. 0.6 takes a flag of one quoted
// account against two (0.75) to 0.45, below 0.5, among the flags whose precision is like theirs:
// flags scoring at least 0.5 with such a side were right 1 time in 16 on the frozen dumps and
// 17 in 30 on the development sets, against 71% and 88% for all flags at 0.5. Stop 30, each
// dump compared with the table of the other sets' dumps: flags scoring at least 0.5 on the
// frozen dumps 218 right of 306 -> 217 of 290, at least 0.7 185 of 230 -> 184 of 225; on the
// development sets 405 of 460 -> 388 of 430 and 372 of 404 -> 362 of 391.
//
// With Options.SetAsideUnreliable the unsure values take no part in the dispute and are shown
// beside it as neutral (the stop-29 experiment; eval's -set-aside-unreliable): on the frozen
// dumps (leave one set out) 115 false alarms become 99 for one found disagreement fewer (234 ->
// 233), on the development sets, tuned on, 75 become 63 for 20 fewer (425 -> 405).
const unsureFactor = 0.6

// unsureTally: a value one article alone tells, read only by rules the options call unreliable
// (a claim with no rule name counts as read by a reliable one).
func unsureTally(t Tally, opts Options) bool {
	if len(opts.UnreliableRules) == 0 || t.ArticleIDs.Len() != 1 || t.Rules.Len() == 0 {
		return false
	}
	for _, r := range t.Rules.Values() {
		if !opts.UnreliableRules[r] {
			return false
		}
	}
	return true
}

// withoutUnsure splits the tallies into those compared and the unsure ones when the options set
// unsure values aside (Options.SetAsideUnreliable); otherwise every tally is compared.
func withoutUnsure(tallies []Tally, opts Options) (compared, unsure []Tally) {
	if !opts.SetAsideUnreliable || !slices.ContainsFunc(tallies, func(t Tally) bool { return unsureTally(t, opts) }) {
		return tallies, nil
	}
	for _, t := range tallies {
		if unsureTally(t, opts) {
			unsure = append(unsure, t)
		} else {
			compared = append(compared, t)
		}
	}
	return compared, unsure
}

// unsureSides counts the sides that rest on an unsure value (with the values they restate:
// tallyOf holds the merged tallies).
func unsureSides(sides []Side, tallyOf map[string]Tally, opts Options) int {
	if len(opts.UnreliableRules) == 0 {
		return 0
	}
	n := 0
	for _, s := range sides {
		if unsureTally(tallyOf[s.Value], opts) {
			n++
		}
	}
	return n
}
