package main

import (
	"github.com/tanaqud/tanaqud/transforms/claims"
)

// MissCauses sorts the gold disagreements the comparison did not find by what the reading gave
// it, so that work goes where the loss is: a dispute whose opposing sides were both read was lost
// by the comparison or the grouping; one with a side unread was lost by the extractor.
type MissCauses struct {
	// Read: two or more sides, with different values, each have a predicted claim of their
	// topic, subject and value in one of their articles. The two values need not oppose each
	// other: a gold dispute can have sides that agree with one another (two stages of a status,
	// a set and its subset) and both oppose a third side, unread: Read does not say the
	// comparison had what it needed to flag the dispute.
	Read int
	// ReadOneEvent: of those, the ones where two such sides' claims are compared under one event.
	ReadOneEvent int
	// OneSide: exactly one side is read so.
	OneSide int
	// None: no side is read.
	None int
}

// missCauses classifies the missed gold disagreements against the predicted claims, keyed to
// events as the comparison keys them (joinEvents).
func missCauses(missed []GoldDisagreement, joined []claims.Claim) MissCauses {
	type key struct{ article, topic, subject, value string }
	events := map[key]map[string]bool{} // a claim's key → the events it is compared under
	for _, c := range joined {
		k := key{c.ArticleID, c.Topic, c.Subject, canonValue(c.Value)}
		if events[k] == nil {
			events[k] = map[string]bool{}
		}
		events[k][c.Event] = true
	}
	var mc MissCauses
	for _, d := range missed {
		readValues := map[string]bool{}
		eventValues := map[string]map[string]bool{} // event → read values in it
		for _, s := range d.Sides {
			v := canonValue(s.Value)
			for _, a := range s.Articles {
				for e := range events[key{a, d.Topic, d.Subject, v}] {
					readValues[v] = true
					if eventValues[e] == nil {
						eventValues[e] = map[string]bool{}
					}
					eventValues[e][v] = true
				}
			}
		}
		switch len(readValues) {
		case 0:
			mc.None++
		case 1:
			mc.OneSide++
		default:
			mc.Read++
			for _, vs := range eventValues {
				if len(vs) >= 2 {
					mc.ReadOneEvent++
					break
				}
			}
		}
	}
	return mc
}
