package compare

import (
	"cmp"
	"slices"
	"strings"

	"github.com/tanaqud/tanaqud/transforms/claims"
)

// An article that places the truce nowhere the extractor can resolve is keyed "unknown"
// (claims.Claim.Event). Compared under that key, every placeless item of a week meets every
// other placeless item of the week, whatever war it reports: pooled, an analysts' item on the
// Basra clan truce was set against a Thai–Cambodian one. Such an article is not read alone,
// though: its outlet covers wars, and when everything else the outlet printed in the same burst
// of time is about one event, the placeless item is most likely about that event too (a
// follow-up quoting the same officials, a quote box, an analysts' column). So a placeless claim
// is compared within its outlet's placeless coverage (ComparedEvent), and the corpus join
// (EventLinks.Join) moves a span of that coverage to the key of the one event the outlet covered
// in the same burst. Where the outlet covered none, or several, the placeless coverage stays
// apart: compared only with the same outlet's other placeless items, never with another
// outlet's or with a keyed event.

// UnplacedEvent is the event the extractor gives an article that places the truce nowhere.
const UnplacedEvent = "unknown"

// outletSeparator joins UnplacedEvent and the outlet in the compared event of placeless
// coverage. It occurs neither in keys' other separators nor in an outlet (see OutletOf).
const outletSeparator = "\x1e"

// OutletOf is what identifies a claim's outlet: its article's source name, or, when the
// article names none, the article itself ("article:<id>", as accounts fall back to it), which
// then shares its evidence with no other article. Control characters, the keys' separators
// among them, are dropped.
func OutletOf(c claims.Claim) string {
	return outletOf(c.Source, c.ArticleID)
}

func outletOf(source, articleID string) string {
	if s := strings.TrimSpace(dropControls(source)); s != "" {
		return s
	}
	return "article:" + dropControls(articleID)
}

func dropControls(s string) string {
	if !strings.ContainsFunc(s, isControl) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isControl(r) {
			return -1
		}
		return r
	}, s)
}

func isControl(r rune) bool { return r < 0x20 || r == 0x7f }

// ComparedEvent is the event a claim is compared under before the corpus join: its own, or for
// a placeless claim its outlet's placeless coverage.
func ComparedEvent(c claims.Claim) string {
	return comparedEvent(c.Event, OutletOf(c))
}

func comparedEvent(event, outlet string) string {
	if event != UnplacedEvent {
		return event
	}
	return UnplacedEvent + outletSeparator + outlet
}

// placelessOutlet is the outlet of a compared event that is an outlet's placeless coverage.
func placelessOutlet(event string) (string, bool) {
	return strings.CutPrefix(event, UnplacedEvent+outletSeparator)
}

// PlainEvent is the event a compared event reports: UnplacedEvent for an outlet's placeless
// coverage, the event itself otherwise (disagreement ids keep the outlet apart).
func PlainEvent(event string) string {
	if _, ok := placelessOutlet(event); ok {
		return UnplacedEvent
	}
	return event
}

// outletCoverage is one outlet's coverage of placed events: per event, its spans of time as
// addSpan builds them (dated ones disjoint and sorted, then the undated one); names are not
// kept.
type outletCoverage map[string]*coverage

// addOutletSpan records that outlet covered a placed event in a span.
func (l *EventLinks) addOutletSpan(outlet, event string, nb linkSpan) {
	oc := l.outlets[outlet]
	if oc == nil {
		oc = outletCoverage{}
		l.outlets[outlet] = oc
	}
	cv := oc[event]
	if cv == nil {
		cv = &coverage{}
		oc[event] = cv
	}
	nb.names = nil
	cv.add(nb)
}

// placelessSpans decides where each span of each outlet's placeless coverage is compared: under
// the one key (after the country join: keys[i] for nodes[i]) the outlet's placed coverage in an
// overlapping span of time (undated: its undated coverage) is compared under; nowhere else when
// that coverage has no key or several. An undated span that joins nothing follows the outlet's
// dated placeless spans when all of them joined the same key, as a placed event's does. Only
// joined spans are returned.
func (l *EventLinks) placelessSpans(nodes []node, keys []string) []EventSpan {
	var out []EventSpan
	for _, e := range sortedEvents(l.events) {
		outlet, ok := placelessOutlet(e)
		if !ok {
			continue
		}
		cv := l.events[e]
		var dated []string // key of each dated span, "" when it joins nothing
		for _, s := range cv.dated {
			k := l.outletKey(outlet, s, nodes, keys)
			dated = append(dated, k)
			if k != "" {
				out = append(out, EventSpan{Event: e, Start: s.start, End: s.end, Key: k})
			}
		}
		if cv.undated.articles == 0 {
			continue
		}
		k := l.outletKey(outlet, cv.undated, nodes, keys)
		if k == "" && len(dated) > 0 && !slices.Contains(dated, "") && len(slices.Compact(slices.Clone(dated))) == 1 {
			k = dated[0]
		}
		if k != "" {
			out = append(out, EventSpan{Event: e, Key: k})
		}
	}
	return out
}

// outletKey is the one key outlet's placed coverage in span s is compared under: its spans of
// the same dating that overlap s, each compared under its event's node holding it. "" when
// there is none or more than one.
func (l *EventLinks) outletKey(outlet string, s linkSpan, nodes []node, keys []string) string {
	key := ""
	for _, ev := range sortedEvents(l.outlets[outlet]) {
		for _, os := range l.outlets[outlet][ev].spansLike(s) {
			k := nodeKey(nodes, keys, ev, os)
			if k == "" || key != "" && k != key {
				return ""
			}
			key = k
		}
	}
	return key
}

// spansLike are cv's spans that overlap s: its undated span when s is undated, its dated spans
// overlapping s in time otherwise.
func (cv *coverage) spansLike(s linkSpan) []linkSpan {
	if s.undated() {
		if cv.undated.articles > 0 {
			return []linkSpan{cv.undated}
		}
		return nil
	}
	var out []linkSpan
	for _, x := range cv.dated {
		if x.start < s.end && s.start < x.end {
			out = append(out, x)
		}
	}
	return out
}

// nodeKey is the key of the node of event holding span s (one outlet's share of that event's
// coverage lies within one of its spans); "" when there is none.
func nodeKey(nodes []node, keys []string, event string, s linkSpan) string {
	i, _ := slices.BinarySearchFunc(nodes, event, func(n node, e string) int { return cmp.Compare(n.event, e) })
	for ; i < len(nodes) && nodes[i].event == event; i++ {
		n := nodes[i].span
		if s.undated() && n.undated() || !s.undated() && !n.undated() && n.start <= s.start && s.start < n.end {
			return keys[i]
		}
	}
	return ""
}
