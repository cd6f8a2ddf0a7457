package compare

import (
	"cmp"
	"reflect"
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
// made): counts, not claims, except the few pending ones. It holds the event's publication times
// as the chains Resolve draws (times no gap longer than Gap breaks: each chain its first and
// last time only), per chain and for the undated articles the articles giving each pair of
// parties (by id: an article counted once per pair, however many of its claims give it and
// however often it comes, in one tally or in two merged), and the BothSides claims with, for
// each, the subjects its article already gives the same topic in the same sentence (a claim that
// comes twice, the same article again, kept once). Its size grows with the event's chains and
// the articles giving a pair, not with its claims or its distinct publication times. Tallies of
// one event merge in any order.
type SideTally struct {
	// Gap is the event gap in microseconds the chains are built with (SideTallies' gap); 0 in
	// a tally nothing was added to.
	Gap     int64
	Chains  []SideChain    // the dated coverage: sorted, each more than Gap after the one before
	Undated []PairArticles // the pairs the undated articles give, sorted by Pair
	Pending []PendingSide  // the claims whose subject is claims.BothSides, sorted by claim id
}

// SideChain is one chain of an event's publication times (eventMicros of its claims), from
// First to Last, no two consecutive times more than the tally's gap apart, with the pairs of
// parties its articles give (sorted by Pair).
type SideChain struct {
	First, Last int64
	Pairs       []PairArticles
}

// PairArticles is a pair of parties (partyPair: two members, sorted, comma-joined) and the
// articles giving it in an unhedged claim: their ids, sorted and distinct.
type PairArticles struct {
	Pair     string
	Articles []string
}

// PendingSide is a claim stated of both unnamed sides and the subjects its article gives its
// topic in its sentence (those sides keep their own claim).
type PendingSide struct {
	Claim  claims.Claim
	Stated []string
}

// SideTallies adds one article's claims to the tallies of their events (Claim.Event), making
// the map's entries as needed, with the event gap gap (<= 0: DefaultEventGap), which every
// tally of an event must share. The article counts once for each pair its claims give in an
// event, however many of its claims give it.
func SideTallies(tallies map[string]*SideTally, cs []claims.Claim, gap time.Duration) {
	if gap <= 0 {
		gap = DefaultEventGap
	}
	tallyOf := func(ev string) *SideTally {
		t := tallies[ev]
		if t == nil {
			t = &SideTally{Gap: gap.Microseconds()}
			tallies[ev] = t
		}
		return t
	}
	for _, c := range cs {
		t := tallyOf(c.Event)
		m := eventMicros(c)
		if m != 0 {
			t.addTime(m)
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
			t.Pending = mergePending(t.Pending, []PendingSide{p})
		case c.Topic == "ceasefire.parties" && !c.Hedged:
			if pair := partyPair(c); pair != "" {
				t.addPair(pair, m, c.ArticleID)
			}
		}
	}
}

// addTime puts publication time m in its chain, merging the chains it bridges.
func (t *SideTally) addTime(m int64) {
	if i := t.chainOf(m); i >= 0 {
		return // most claims: a time of a chain already there
	}
	t.Chains = mergeChains(t.Chains, []SideChain{{First: m, Last: m}}, t.Gap)
}

// addPair records that article gives pair, published at m (0: undated); m's chain exists.
func (t *SideTally) addPair(pair string, m int64, article string) {
	list := &t.Undated
	if m != 0 {
		list = &t.Chains[t.chainOf(m)].Pairs
	}
	*list = mergePairs(*list, []PairArticles{{Pair: pair, Articles: []string{article}}})
}

// chainOf is the index of the chain holding time m, -1 when none does.
func (t *SideTally) chainOf(m int64) int {
	i, _ := slices.BinarySearchFunc(t.Chains, m, func(c SideChain, m int64) int { return cmp.Compare(c.Last, m) })
	if i < len(t.Chains) && t.Chains[i].First <= m {
		return i
	}
	return -1
}

// Merge adds o's tally of the same event to t; o is left as it was.
func (t *SideTally) Merge(o SideTally) {
	if t.Gap == 0 {
		t.Gap = o.Gap
	}
	t.Chains = mergeChains(t.Chains, o.Chains, t.Gap)
	t.Undated = mergePairs(t.Undated, o.Undated)
	t.Pending = mergePending(t.Pending, o.Pending)
}

// mergeChains is the chains of the union of two sets of times, given as their chains: chains
// that overlap or lie no more than gap apart are one (each time of a chain lies within gap of
// another of its times, so two chains' times are chained exactly when their spans are). Neither
// argument is modified.
func mergeChains(a, b []SideChain, gap int64) []SideChain {
	if len(b) == 0 {
		return a
	}
	all := make([]SideChain, 0, len(a)+len(b))
	all = append(append(all, a...), b...)
	slices.SortStableFunc(all, func(x, y SideChain) int { return cmp.Compare(x.First, y.First) })
	out := all[:0]
	for _, c := range all {
		if n := len(out); n > 0 && c.First-out[n-1].Last <= gap {
			last := &out[n-1]
			last.Last = max(last.Last, c.Last)
			last.Pairs = mergePairs(last.Pairs, c.Pairs)
			continue
		}
		out = append(out, c)
	}
	return out
}

// mergePairs is the union of two lists of pairs sorted by Pair, each pair's articles united.
// Neither argument is modified.
func mergePairs(a, b []PairArticles) []PairArticles {
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 {
		return b
	}
	out := make([]PairArticles, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i].Pair < b[j].Pair:
			out = append(out, a[i])
			i++
		case i == len(a) || a[i].Pair > b[j].Pair:
			out = append(out, b[j])
			j++
		default:
			out = append(out, PairArticles{Pair: a[i].Pair, Articles: mergeSorted(a[i].Articles, b[j].Articles)})
			i, j = i+1, j+1
		}
	}
	return out
}

// mergePending is the union of two lists of pending claims sorted by claim id: a claim that
// comes in both (the same article tallied twice) is kept once. Neither argument is modified.
func mergePending(a, b []PendingSide) []PendingSide {
	if len(b) == 0 {
		return a
	}
	out := make([]PendingSide, 0, len(a)+len(b))
	out = append(append(out, a...), b...)
	slices.SortStableFunc(out, func(x, y PendingSide) int { return strings.Compare(x.Claim.ID, y.Claim.ID) })
	return slices.CompactFunc(out, samePending)
}

// samePending: the same claim, with the same sentence's subjects.
func samePending(x, y PendingSide) bool {
	return x.Claim.ID == y.Claim.ID && slices.Equal(x.Stated, y.Stated) && reflect.DeepEqual(x.Claim, y.Claim)
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
// gap longer than the tally's Gap breaks, as bursts chain them: two truces of one country months apart never
// lend each other their parties); an undated claim's sides are the whole event's (every
// article giving a pair counted, undated ones too), as the comparison lets undated coverage
// join a dated burst. An article counts once for a pair (SideTally keeps their ids). One claim
// per side of a resolved one, in the order of the pending claims (sorted by id, so the merge
// order of the tallies does not matter), and how many pending claims gave no claim at all.
func (t SideTally) Resolve(event string, forceOf func(string) string) (resolved []claims.Claim, unresolved int) {
	if len(t.Pending) == 0 {
		return nil, 0
	}
	sides := map[int][]string{} // by chain (-1: undated, the whole event), memoized
	sidesOf := func(ch int) []string {
		if s, ok := sides[ch]; ok {
			return s
		}
		pairs := t.Undated
		if ch >= 0 {
			pairs = t.Chains[ch].Pairs
		} else {
			for _, c := range t.Chains {
				pairs = mergePairs(pairs, c.Pairs)
			}
		}
		var pair string
		best, tied := 0, false
		for _, p := range pairs {
			switch n := len(p.Articles); {
			case n > best:
				pair, best, tied = p.Pair, n, false
			case n == best:
				tied = true
			}
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
	for _, p := range t.Pending { // sorted by id: the merge order of the tallies does not matter
		c := p.Claim
		ch := -1
		if m := eventMicros(c); m != 0 {
			ch = t.chainOf(m) // m is one of the event's times
		}
		n := 0
		for _, f := range sidesOf(ch) {
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
// own event with gap (SideTallies, articles taken in order of first appearance), every event's
// tally resolved (SideTally.Resolve). The claims other than BothSides pass unchanged, in
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
		SideTallies(tallies, byArticle[a], gap)
	}
	events := make([]string, 0, len(tallies))
	for ev := range tallies {
		events = append(events, ev)
	}
	slices.Sort(events)
	for _, ev := range events {
		r, n := tallies[ev].Resolve(ev, forceOf)
		out = append(out, r...)
		unresolved += n
	}
	return out, unresolved
}
