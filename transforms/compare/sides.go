package compare

import (
	"slices"
	"strings"
	"time"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// partyPair is the parties claim's two members, sorted and comma-joined ("" unless exactly two).
func partyPair(c claims.Claim) string {
	ms := c.Members
	if len(ms) == 0 {
		ms = strings.Split(strings.TrimPrefix(c.Value, "only:"), ",")
	}
	if len(ms) != 2 || ms[0] == "" || ms[1] == "" || ms[0] == ms[1] {
		return ""
	}
	ms = slices.Clone(ms)
	slices.Sort(ms)
	return ms[0] + "," + ms[1]
}

// SideTally is what resolving the claims stated of both unnamed sides needs of one event, for
// a job that cannot hold the event's claims at once (the Beam job folds them where they are
// made): counts, not claims, except the few pending ones. It holds the event's distinct
// publication times (for the chains of publication days Resolve draws), how many articles give
// each pair of parties at each publication time (an article counted once per pair), and the
// BothSides claims with, for each, the subjects its article already gives the same topic in the
// same sentence. Its size grows with the event's distinct publication times and pairs, not with
// its claims. Tallies of one event merge in any order.
type SideTally struct {
	Times   []int64       // distinct publication times (eventMicros) of the event's claims, sorted
	Pairs   []PairCount   // sorted by Pair, then Micros; unhedged two-member parties claims
	Pending []PendingSide // the claims whose subject is claims.BothSides
}

// PairCount is how many articles of an event published at Micros (0: undated) give the pair
// of parties Pair (partyPair: two members, sorted, comma-joined) in an unhedged claim.
type PairCount struct {
	Pair     string
	Micros   int64
	Articles int64
}

// PendingSide is a claim stated of both unnamed sides and the subjects its article gives its
// topic in its sentence (those sides keep their own claim).
type PendingSide struct {
	Claim  claims.Claim
	Stated []string
}

// SideTallies adds one article's claims to the tallies of their events (Claim.Event), making
// the map's entries as needed. The article counts once for each pair its claims give in an
// event, however many of its claims give it.
func SideTallies(tallies map[string]*SideTally, cs []claims.Claim) {
	tallyOf := func(ev string) *SideTally {
		t := tallies[ev]
		if t == nil {
			t = &SideTally{}
			tallies[ev] = t
		}
		return t
	}
	type seenKey struct{ event, pair string }
	var seen map[seenKey]bool
	for _, c := range cs {
		t := tallyOf(c.Event)
		m := eventMicros(c)
		if m != 0 {
			if i, found := slices.BinarySearch(t.Times, m); !found {
				t.Times = slices.Insert(t.Times, i, m)
			}
		}
		switch {
		case c.Subject == claims.BothSides:
			p := PendingSide{Claim: c}
			for _, o := range cs {
				if o.Subject != claims.BothSides && o.Event == c.Event && o.ArticleID == c.ArticleID &&
					o.SentenceIndex == c.SentenceIndex && o.Topic == c.Topic && !slices.Contains(p.Stated, o.Subject) {
					p.Stated = append(p.Stated, o.Subject)
				}
			}
			t.Pending = append(t.Pending, p)
		case c.Topic == "ceasefire.parties" && !c.Hedged:
			pair := partyPair(c)
			if pair == "" {
				continue
			}
			k := seenKey{c.Event, pair}
			if seen[k] {
				continue
			}
			if seen == nil {
				seen = map[seenKey]bool{}
			}
			seen[k] = true
			t.addPair(PairCount{Pair: pair, Micros: m, Articles: 1})
		}
	}
}

// addPair adds one count to the sorted Pairs.
func (t *SideTally) addPair(pc PairCount) {
	i, found := slices.BinarySearchFunc(t.Pairs, pc, comparePairCount)
	if found {
		t.Pairs[i].Articles += pc.Articles
		return
	}
	t.Pairs = slices.Insert(t.Pairs, i, pc)
}

func comparePairCount(a, b PairCount) int {
	if c := strings.Compare(a.Pair, b.Pair); c != 0 {
		return c
	}
	switch {
	case a.Micros < b.Micros:
		return -1
	case a.Micros > b.Micros:
		return 1
	}
	return 0
}

// Merge adds o's tally of the same event to t.
func (t *SideTally) Merge(o SideTally) {
	t.Times = mergeTimes(t.Times, o.Times)
	if len(o.Pairs) > 0 {
		ps := make([]PairCount, 0, len(t.Pairs)+len(o.Pairs))
		i, j := 0, 0
		for i < len(t.Pairs) || j < len(o.Pairs) {
			switch {
			case j == len(o.Pairs) || i < len(t.Pairs) && comparePairCount(t.Pairs[i], o.Pairs[j]) < 0:
				ps = append(ps, t.Pairs[i])
				i++
			case i == len(t.Pairs) || comparePairCount(t.Pairs[i], o.Pairs[j]) > 0:
				ps = append(ps, o.Pairs[j])
				j++
			default:
				pc := t.Pairs[i]
				pc.Articles += o.Pairs[j].Articles
				ps = append(ps, pc)
				i, j = i+1, j+1
			}
		}
		t.Pairs = ps
	}
	t.Pending = append(t.Pending, o.Pending...)
}

// mergeTimes is the sorted union of two sorted slices of distinct times.
func mergeTimes(a, b []int64) []int64 {
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 {
		return slices.Clone(b)
	}
	out := make([]int64, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			out = append(out, a[i])
			i++
		case i == len(a) || a[i] > b[j]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i, j = i+1, j+1
		}
	}
	return out
}

// Resolve writes each of the event's claims stated of both sides at once in an article that
// names neither (subject claims.BothSides: "Fighters on both sides are to withdraw", «انسحاب
// الطرفين») as one claim per side: the pair of ceasefire.parties members the most articles give
// (two members exactly, an exhaustive "only:" list counted as its pair, hedged claims not
// counted), each mapped to the force that withdraws for it by forceOf
// (claims.Extractor.SideForce). A claim with no such pair (none, or two pairs tied), or whose
// pair maps to fewer than two forces, gives none: nobody can say whose forces it means. A side
// the article already gives the same topic in the same sentence keeps its own claim. The sides
// are counted within the chain of publication days each claim falls in (the event's times no
// gap longer than gap breaks, as bursts chain them: two truces of one country months apart never
// lend each other their parties); an undated claim's sides are the whole event's (every
// article giving a pair counted, undated ones too), as the comparison lets undated coverage
// join a dated burst. One claim per side of a resolved one, in the order of the pending
// claims (sorted by id first, so the merge order of the tallies does not matter), and how many
// pending claims gave no claim at all.
func (t SideTally) Resolve(event string, gap time.Duration, forceOf func(string) string) (resolved []claims.Claim, unresolved int) {
	if len(t.Pending) == 0 {
		return nil, 0
	}
	// chain[j]: the chain of the event's j-th time.
	chain := make([]int, len(t.Times))
	for j := 1; j < len(t.Times); j++ {
		chain[j] = chain[j-1]
		if t.Times[j]-t.Times[j-1] > gap.Microseconds() {
			chain[j]++
		}
	}
	chainOf := func(m int64) int { // -1: undated, the whole event
		if m == 0 {
			return -1
		}
		j, _ := slices.BinarySearch(t.Times, m) // m is one of the event's times
		return chain[j]
	}
	sides := map[int][]string{} // by chain, memoized
	sidesOf := func(ch int) []string {
		if s, ok := sides[ch]; ok {
			return s
		}
		var pair string
		var best int64
		tied := false
		for i := 0; i < len(t.Pairs); {
			var n int64
			j := i
			for ; j < len(t.Pairs) && t.Pairs[j].Pair == t.Pairs[i].Pair; j++ {
				if ch == -1 || t.Pairs[j].Micros != 0 && chainOf(t.Pairs[j].Micros) == ch {
					n += t.Pairs[j].Articles
				}
			}
			switch {
			case n == 0:
			case n > best:
				pair, best, tied = t.Pairs[i].Pair, n, false
			case n == best:
				tied = true
			}
			i = j
		}
		var forces []string
		if best > 0 && !tied {
			for _, p := range strings.Split(pair, ",") {
				if f := forceOf(p); f != "" && !slices.Contains(forces, f) {
					forces = append(forces, f)
				}
			}
			if len(forces) == 2 {
				slices.Sort(forces)
			} else {
				forces = nil
			}
		}
		sides[ch] = forces
		return forces
	}
	pending := slices.Clone(t.Pending)
	slices.SortFunc(pending, func(a, b PendingSide) int { return strings.Compare(a.Claim.ID, b.Claim.ID) })
	for _, p := range pending {
		c := p.Claim
		n := 0
		for _, f := range sidesOf(chainOf(eventMicros(c))) {
			if slices.Contains(p.Stated, f) {
				continue
			}
			r := c
			r.Event = event
			r.Subject, r.SubjectLabel = f, strings.ReplaceAll(f, "_", " ")
			r.ID = c.ID + ":" + f
			resolved = append(resolved, r)
			n++
		}
		if n == 0 {
			unresolved++
		}
	}
	return resolved, unresolved
}

// ResolveSidesByTally is what the Beam job does with the claims stated of both unnamed sides,
// for a caller holding all the claims (pipelines/eval): each article's claims tallied by their
// own event (SideTallies, articles taken in order of first appearance), every event's tally
// resolved with gap (SideTally.Resolve). The claims other than BothSides pass unchanged, in
// order; the resolved ones follow, event by event in event order; unresolved counts the
// BothSides claims that gave none.
func ResolveSidesByTally(cs []claims.Claim, gap time.Duration, forceOf func(string) string) (out []claims.Claim, unresolved int) {
	if !slices.ContainsFunc(cs, func(c claims.Claim) bool { return c.Subject == claims.BothSides }) {
		return cs, 0
	}
	byArticle := map[string][]claims.Claim{}
	var order []string
	out = make([]claims.Claim, 0, len(cs)+4)
	for _, c := range cs {
		if _, seen := byArticle[c.ArticleID]; !seen {
			order = append(order, c.ArticleID)
		}
		byArticle[c.ArticleID] = append(byArticle[c.ArticleID], c)
		if c.Subject != claims.BothSides {
			out = append(out, c)
		}
	}
	tallies := map[string]*SideTally{}
	for _, a := range order {
		SideTallies(tallies, byArticle[a])
	}
	events := make([]string, 0, len(tallies))
	for ev := range tallies {
		events = append(events, ev)
	}
	slices.Sort(events)
	for _, ev := range events {
		r, n := tallies[ev].Resolve(ev, gap, forceOf)
		out = append(out, r...)
		unresolved += n
	}
	return out, unresolved
}
