package compare

import (
	"cmp"
	"slices"
)

// A key is one topic and subject of an event, and Bursts.Add splits its claims by their own
// publication times: two claims more than the gap apart start two bursts, though the README and
// the job's --event_gap promise a new burst only "with no coverage in between". A sparse topic is
// quiet for longer than its event: ituri's Zaire militia exclusion was told by CODECO on
// 13 August (bound by the truce) and by the government on 25 August (not bound), twelve days
// apart while the event was covered every day between them; the two were never compared in the
// job's grouping, though each set read without time compares them (the pooled run's one loss of
// stop 31).
//
// EventLinks knows the event's whole coverage (every topic counted, as the outlets' homes read
// it): consecutive bursts of a key lying in one dated span of it are one event's, and merge when
// the key was quiet between them for less than quietTopicGaps gaps (bridgeQuiet). The bound keeps
// a war covered without a break for months from becoming one event: a truce agreed two months
// after the last one is still another event's, as before.

// quietTopicGaps bounds how long, in event gaps, a key may be quiet between two of its bursts
// that its event's coverage joins without a break: the last claim of one and the first of the
// next at most this many gaps apart.
const quietTopicGaps = 2

// bridgedSpanGaps bounds the burst bridgeQuiet makes, in event gaps: from its first claim to its
// last at most this many gaps. Merges would chain otherwise: each bridge is short, but a key told
// every ten days or so through a war covered daily for months became one burst of three months
// (the generated corpus's exclusions of one faction: twelve bursts became four), and a reader
// following that war would see successive truces compared as one event. Three gaps hold ituri's
// two claims 11.7 days apart and a chain of three a gap and a bit apart each; a longer run starts
// a new burst where the bound would be passed (greedy from the earliest, so the cut does not depend
// on the input's order). A burst the key's own claims chained longer than that (Bursts.Add) is
// not cut, nor merged with another.
const bridgedSpanGaps = 3

// coverageSpans are the event's dated spans of coverage long enough to hold two bursts of one
// key (at least two gaps: one burst's first claim, and the next burst's first claim a gap or more
// later), sorted by event and start, each with the gap it was built with (EventSpan.Gap).
func (l *EventLinks) coverageSpans() []EventSpan {
	var out []EventSpan
	for _, e := range sortedEvents(l.events) {
		for _, s := range l.events[e].dated {
			if s.end-s.start >= 2*l.gap {
				out = append(out, EventSpan{Event: e, Start: s.start, End: s.end, Gap: l.gap})
			}
		}
	}
	return out
}

// coverageOf is the dated span of event's coverage holding micros, nil when none is listed.
func (m EventMap) coverageOf(event string, micros int64) *EventSpan {
	i, _ := slices.BinarySearchFunc(m.Coverage, event, func(s EventSpan, e string) int { return cmp.Compare(s.Event, e) })
	for ; i < len(m.Coverage) && m.Coverage[i].Event == event; i++ {
		if s := &m.Coverage[i]; s.Start <= micros && micros < s.End {
			return s
		}
	}
	return nil
}

// bridgeQuiet returns the dated bursts of a key of event with each run of consecutive bursts
// that bridges joins merged into one, each merged burst at most bridgedSpanGaps gaps long.
// dated is left as it was: merged bursts are new (MergeStack.Merge copies the parts it merges
// into, Names.union builds a new list).
func (m EventMap) bridgeQuiet(event string, dated []Burst) []Burst {
	if len(m.Coverage) == 0 || len(dated) < 2 {
		return dated
	}
	i := 1
	for i < len(dated) && !m.bridges(event, dated[i-1], dated[i]) {
		i++
	}
	if i == len(dated) {
		return dated
	}
	out := slices.Clone(dated[:i])
	for _, x := range dated[i:] {
		last := &out[len(out)-1]
		if !m.bridges(event, *last, x) {
			out = append(out, x)
			continue
		}
		last.End = max(last.End, x.End)
		last.Acc.Merge(x.Acc)
		last.Context = last.Context.union(x.Context)
		last.Outlets = last.Outlets.union(x.Outlets)
	}
	return out
}

// bridges: the later dated burst b of a key of event starts within the span of the event's
// coverage holding the earlier a, less than quietTopicGaps gaps after a's last claim (a.End minus
// the gap), and the two together run at most bridgedSpanGaps gaps from a's first claim to b's
// last (b.End minus the gap); a may be a burst merged already.
func (m EventMap) bridges(event string, a, b Burst) bool {
	span := m.coverageOf(event, a.Start)
	return span != nil && b.Start < span.End && b.Start-(a.End-span.Gap) < quietTopicGaps*span.Gap &&
		(b.End-span.Gap)-a.Start <= bridgedSpanGaps*span.Gap
}
