package compare

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// A war between two states is covered from both: an article is keyed to the country it places
// the truce in (claims.Claim.Event), so coverage of one border war falls under two keys whose
// claims are never compared (kashmir: three articles under india, three under pakistan; most of
// its missed disagreements). One article cannot tell a war between two states from a war in one
// of them that names a neighbour; the corpus can: when the coverage keyed to each of two
// countries, in overlapping bursts of time, names the other's actors or places, the two are one
// war. EventLinks gathers that evidence as a combiner would, and Join decides once, for the
// whole corpus, which events are compared together.

// MinLinkShare is the share of a burst's articles that must name the other country, on both
// sides, for two events to be one war: coverage of a war in one country that names a neighbour
// now and then (the US in half of all wars) stays apart.
const MinLinkShare = 0.2

// JoinSeparator joins the countries of a joined event's key: "cambodia+thailand".
const JoinSeparator = "+"

// EventLinks is the evidence of which events are one war: per event key, its coverage in bursts
// of publication time (gap apart, as Bursts splits a key) and its undated coverage, each with
// how many articles name each other country. Not safe for concurrent use.
type EventLinks struct {
	gap    int64
	events map[string]*coverage
}

// coverage is one event's spans: dated ones disjoint and sorted by start, then the undated one.
type coverage struct {
	dated   []linkSpan
	undated linkSpan
}

// linkSpan is a burst of one event's coverage: [Start, End) in Unix microseconds, End the last
// article's time plus the gap; both 0 for undated coverage.
type linkSpan struct {
	start, end int64
	articles   int
	names      map[string]int // other country → articles of the span naming it
}

// NewEventLinks returns empty evidence; gap is the event gap in microseconds (<= 0: the
// default), which must be the comparison's.
func NewEventLinks(gap int64) *EventLinks {
	if gap <= 0 {
		gap = DefaultEventGap.Microseconds()
	}
	return &EventLinks{gap: gap, events: map[string]*coverage{}}
}

// AddArticle records one article: its event, publication time (0: undated) and war countries.
func (l *EventLinks) AddArticle(event string, micros int64, countries []string) {
	nb := linkSpan{start: micros, end: micros + l.gap, articles: 1}
	if len(countries) > 0 {
		nb.names = make(map[string]int, len(countries))
		for _, c := range countries {
			if c != event {
				nb.names[c] = 1
			}
		}
	}
	if micros == 0 {
		nb.end = 0
	}
	l.addSpan(event, nb)
}

// AddClaims records the articles of claims, once each: the claims of one article come one after
// another and carry its event, time and war countries.
func (l *EventLinks) AddClaims(cs []claims.Claim) {
	for i, c := range cs {
		if i > 0 && cs[i-1].ArticleID == c.ArticleID {
			continue
		}
		l.AddArticle(c.Event, eventMicros(c), c.WarCountries)
	}
}

// addSpan folds a span into its event's coverage, merging the dated spans it overlaps.
func (l *EventLinks) addSpan(event string, nb linkSpan) {
	cv := l.events[event]
	if cv == nil {
		cv = &coverage{}
		l.events[event] = cv
	}
	if nb.start == 0 && nb.end == 0 {
		cv.undated.absorb(nb)
		return
	}
	all := append(cv.dated, nb)
	slices.SortStableFunc(all, func(x, y linkSpan) int { return cmp.Compare(x.start, y.start) })
	out := all[:0]
	for _, x := range all {
		if n := len(out); n > 0 && x.start < out[n-1].end {
			out[n-1].end = max(out[n-1].end, x.end)
			out[n-1].absorb(x)
			continue
		}
		out = append(out, x)
	}
	cv.dated = out
}

// absorb adds o's articles and names to s (bounds are the caller's).
func (s *linkSpan) absorb(o linkSpan) {
	s.articles += o.articles
	if len(o.names) > 0 && s.names == nil {
		s.names = make(map[string]int, len(o.names))
	}
	for c, n := range o.names {
		s.names[c] += n
	}
}

// Merge adds o's evidence to l.
func (l *EventLinks) Merge(o *EventLinks) {
	for _, e := range sortedEvents(o.events) {
		cv := o.events[e]
		for _, s := range cv.dated {
			l.addSpan(e, s)
		}
		if cv.undated.articles > 0 {
			l.addSpan(e, cv.undated)
		}
	}
}

// Empty reports whether no article was recorded.
func (l *EventLinks) Empty() bool { return len(l.events) == 0 }

func sortedEvents(m map[string]*coverage) []string {
	out := make([]string, 0, len(m))
	for e := range m {
		out = append(out, e)
	}
	slices.Sort(out)
	return out
}

// node is one span of one event in the join.
type node struct {
	event string
	span  *linkSpan
}

func (n node) undated() bool { return n.span.end == 0 }

// linked reports whether a's coverage names b's country and b's names a's, each in at least
// MinLinkShare of its articles, in spans of time that overlap; strength is the lesser share.
// Undated coverage links only to undated coverage: set against every dated span, one undated
// item would join wars months apart.
func linked(a, b node) (strength float64, ok bool) {
	if a.event == b.event || a.undated() != b.undated() {
		return 0, false
	}
	if !a.undated() && (a.span.end <= b.span.start || b.span.end <= a.span.start) {
		return 0, false
	}
	na, nb := a.span.names[b.event], b.span.names[a.event]
	s := min(float64(na)/float64(a.span.articles), float64(nb)/float64(b.span.articles))
	return s, na > 0 && nb > 0 && s >= MinLinkShare
}

// Join decides which events are compared together: the strongest links first, and a joined
// event holds at most two countries. A war is fought between two sides; a third country linked
// to both is a belligerent of two wars (Israel in Gaza and in Lebanon), whose coverage must stay
// apart. An event's undated coverage that joined nothing itself follows its dated coverage when
// all of that went one way: undated claims are compared within the dated bursts whose names they
// share (Bursts.Events), which must be under the same key. Deterministic: the same evidence gives
// the same map, whatever the merge order.
func (l *EventLinks) Join() EventMap {
	var nodes []node // by event; an event's undated node just before its dated ones
	for _, e := range sortedEvents(l.events) {
		cv := l.events[e]
		if cv.undated.articles > 0 {
			nodes = append(nodes, node{e, &cv.undated})
		}
		for i := range cv.dated {
			nodes = append(nodes, node{e, &cv.dated[i]})
		}
	}
	keys := joinNodes(nodes)
	for i, n := range nodes {
		if n.undated() && keys[i] == n.event {
			keys[i] = cmp.Or(datedKey(nodes, keys, i), n.event)
		}
	}
	var m EventMap
	for i, n := range nodes {
		if keys[i] != n.event { // the map lists joined spans only
			m.Spans = append(m.Spans, EventSpan{Event: n.event, Start: n.span.start, End: n.span.end, Key: keys[i]})
		}
	}
	return m
}

// joinNodes unions linked nodes, strongest link first, into groups of at most two countries, and
// returns each node's key: its group's countries joined by JoinSeparator.
func joinNodes(nodes []node) []string {
	type edge struct {
		a, b     int
		strength float64
	}
	var edges []edge
	for i := range nodes {
		for j := i + 1; j < len(nodes); j++ {
			if s, ok := linked(nodes[i], nodes[j]); ok {
				edges = append(edges, edge{i, j, s})
			}
		}
	}
	slices.SortStableFunc(edges, func(x, y edge) int { return cmp.Compare(y.strength, x.strength) })
	parent := make([]int, len(nodes))
	countries := make([][]string, len(nodes)) // per root
	for i := range nodes {
		parent[i] = i
		countries[i] = []string{nodes[i].event}
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for _, e := range edges {
		ra, rb := find(e.a), find(e.b)
		if ra == rb {
			continue
		}
		union := mergeSorted(countries[ra], countries[rb])
		if len(union) > 2 {
			continue
		}
		lo, hi := min(ra, rb), max(ra, rb)
		parent[hi] = lo
		countries[lo] = union
	}
	keys := make([]string, len(nodes))
	for i := range nodes {
		keys[i] = strings.Join(countries[find(i)], JoinSeparator)
	}
	return keys
}

// datedKey is the key every dated node of undated node i's event got, "" when they got several
// or there are none.
func datedKey(nodes []node, keys []string, i int) string {
	key := ""
	for j := i + 1; j < len(nodes) && nodes[j].event == nodes[i].event; j++ {
		if key != "" && keys[j] != key {
			return ""
		}
		key = keys[j]
	}
	return key
}

// mergeSorted is the sorted union of two sorted lists.
func mergeSorted(a, b []string) []string {
	out := slices.Concat(a, b)
	slices.Sort(out)
	return slices.Compact(out)
}

// EventMap says which event key each span of coverage is compared under: only joined spans are
// listed, sorted by event and start; every other claim keeps its own event.
type EventMap struct {
	Spans []EventSpan
}

// EventSpan is one joined span: claims of Event published in [Start, End) (undated ones when
// both are 0) are compared under Key.
type EventSpan struct {
	Event      string
	Start, End int64
	Key        string
}

// KeyOf is the key the claims of event published at micros (0: undated) are compared under.
func (m EventMap) KeyOf(event string, micros int64) string {
	i, _ := slices.BinarySearchFunc(m.Spans, event, func(s EventSpan, e string) int { return cmp.Compare(s.Event, e) })
	for ; i < len(m.Spans) && m.Spans[i].Event == event; i++ {
		s := m.Spans[i]
		if micros == 0 && s.Start == 0 && s.End == 0 || micros != 0 && s.Start <= micros && micros < s.End {
			return s.Key
		}
	}
	return event
}

// Rekey returns the claims with each Event replaced by the key it is compared under.
func (m EventMap) Rekey(cs []claims.Claim) []claims.Claim {
	if len(m.Spans) == 0 {
		return cs
	}
	out := slices.Clone(cs)
	for i := range out {
		out[i].Event = m.KeyOf(out[i].Event, eventMicros(out[i]))
	}
	return out
}

// RekeyBursts passes the bursts of key k under the keys they are compared under: each dated
// burst under its span's key, the undated articles under the key of the event's undated
// coverage. A burst of one event lies within one span of it: its claims are the event's, chained
// by gaps shorter than the gap, as the span's articles are.
func (m EventMap) RekeyBursts(k Key, b Bursts, emit func(Key, Bursts)) {
	if len(m.Spans) == 0 {
		emit(k, b)
		return
	}
	var keys []string
	byKey := map[string]*Bursts{}
	at := func(event string) *Bursts {
		x := byKey[event]
		if x == nil {
			x = &Bursts{}
			byKey[event] = x
			keys = append(keys, event)
		}
		return x
	}
	for _, x := range b.List {
		out := at(m.KeyOf(k.Event, x.Start))
		out.List = append(out.List, x)
	}
	if len(b.Undated) > 0 {
		out := at(m.KeyOf(k.Event, 0))
		out.Undated = b.Undated
	}
	slices.Sort(keys)
	for _, e := range keys {
		emit(Key{Event: e, Topic: k.Topic, Subject: k.Subject}, *byKey[e])
	}
}

// linksVersion is the first byte of an EventLinks encoding; a decoder refuses any other.
const linksVersion = 1

// EncodeEventLinks encodes l for a shuffle, events and names in sorted order.
func EncodeEventLinks(l EventLinks) []byte {
	e := encoder{buf: make([]byte, 0, 64)}
	e.buf = append(e.buf, linksVersion)
	e.int(l.gap)
	events := sortedEvents(l.events)
	e.uint(len(events))
	for _, ev := range events {
		cv := l.events[ev]
		e.string(ev)
		e.uint(len(cv.dated) + 1)
		e.linkSpan(&cv.undated)
		for i := range cv.dated {
			e.linkSpan(&cv.dated[i])
		}
	}
	return e.buf
}

func (e *encoder) linkSpan(s *linkSpan) {
	e.int(s.start)
	e.int(s.end)
	e.uint(s.articles)
	names := make([]string, 0, len(s.names))
	for c := range s.names {
		names = append(names, c)
	}
	slices.Sort(names)
	e.uint(len(names))
	for _, c := range names {
		e.string(c)
		e.uint(s.names[c])
	}
}

// DecodeEventLinks decodes what EncodeEventLinks wrote.
func DecodeEventLinks(data []byte) (EventLinks, error) {
	d := decoder{buf: data}
	if v := d.byte(); v != linksVersion {
		return EventLinks{}, fmt.Errorf("compare: event links encoding version %d, want %d", v, linksVersion)
	}
	l := EventLinks{gap: d.int(), events: map[string]*coverage{}}
	for range d.count() {
		ev := d.string()
		cv := &coverage{}
		n := d.count()
		for k := range n {
			s := d.linkSpan()
			if k == 0 {
				cv.undated = s
			} else {
				cv.dated = append(cv.dated, s)
			}
		}
		if d.err != nil {
			break
		}
		l.events[ev] = cv
	}
	if d.err != nil {
		return EventLinks{}, d.err
	}
	return l, nil
}

func (d *decoder) linkSpan() linkSpan {
	s := linkSpan{start: d.int(), end: d.int(), articles: int(d.uint())}
	if n := d.count(); n > 0 {
		s.names = make(map[string]int, n)
		for range n {
			c := d.string()
			s.names[c] = int(d.uint())
		}
	}
	return s
}
