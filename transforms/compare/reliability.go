package compare

import (
	"slices"
	"sync"

	"github.com/tanaqud/tanaqud/schemas"
)

// unreliableRules are the extraction rules that were right less often than
// schemas/rule_precision.json's set_aside_below on coverage nobody had tuned them on (the frozen
// dumps against their gold): at blind time "parties.with_speaker" was right 11 times in 39 and
// "set.monitors" 101 in 192, where the development sets, tuned on, say 19 in 23 and 249 in 299.
var unreliableRules = sync.OnceValue(func() map[string]bool {
	d, err := schemas.Load()
	if err != nil {
		return nil // the extractor refuses to start on such data before any claim reaches here
	}
	return d.RulePrecision.Unreliable()
})

// restsOnUnreliableRule: the claim was read only by such a rule.
func restsOnUnreliableRule(rule string) bool { return unreliableRules()[rule] }

// unsureTally: a value one article alone tells, read only by unreliable rules. It takes no part
// in the dispute and is shown beside it as a neutral value: a false member of a set-valued topic
// read once makes a false side, the commonest way a blind dispute was flagged wrong. On the
// frozen dumps, with each set's rule precisions taken from the other 38 sets (stop 29), leaving
// such values out turned 105 false alarms into 89 for one found disagreement fewer (219 -> 218).
func unsureTally(t Tally) bool {
	return t.Reliable == 0 && t.ArticleIDs.Len() == 1
}

// withoutUnsure splits the tallies into those compared and the unsure ones (unsureTally).
func withoutUnsure(tallies []Tally) (compared, unsure []Tally) {
	if !slices.ContainsFunc(tallies, unsureTally) {
		return tallies, nil
	}
	for _, t := range tallies {
		if unsureTally(t) {
			unsure = append(unsure, t)
		} else {
			compared = append(compared, t)
		}
	}
	return compared, unsure
}
