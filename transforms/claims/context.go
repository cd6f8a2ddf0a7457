package claims

import (
	"slices"

	"github.com/tanaqud/tanaqud/schemas"
)

// maxContext bounds Claim.Context: the most specific names of a long article are enough to tell
// its event from another, and every claim of the article carries the slice.
const maxContext = 32

// specificNames lists the specific actors and places an article names: persons, armed groups,
// and cities and regions that do not stand for a state. Countries, governments, national armies
// and international bodies are left out: every report of a theatre names them, so they cannot
// tell two events of one country apart. Context aliases ("the rebels") and demonyms are generic
// too. Sorted, distinct, at most maxContext ids (the first named win); nil when none.
func specificNames(infos []*sentInfo) []string {
	var seen [maxContext]*schemas.Entity // pointers: a repeated name costs no string compare
	n := 0
scan:
	for _, si := range infos {
		for _, m := range si.ents {
			if m.context || m.demonym || !specificEntity(m.e.Type, m.e.SpeaksFor) || slices.Contains(seen[:n], m.e) {
				continue
			}
			if n == maxContext {
				break scan
			}
			seen[n] = m.e
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i, e := range seen[:n] {
		out[i] = e.ID
	}
	slices.Sort(out)
	return slices.Compact(out) // two entries of one id (rare) count once
}

// specificEntity: an entity of this type names one conflict's actors or ground.
func specificEntity(typ, speaksFor string) bool {
	switch typ {
	case "person", "armed_group":
		return true
	case "city", "region":
		return speaksFor == "" // a capital standing for its state is the state
	}
	return false
}

// stampContext gives every claim of an article the article's context (one shared slice).
func stampContext(cs []Claim, infos []*sentInfo) {
	if len(cs) == 0 {
		return
	}
	ctx := specificNames(infos)
	for i := range cs {
		cs[i].Context = ctx
	}
}
