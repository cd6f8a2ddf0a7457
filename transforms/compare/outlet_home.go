package compare

import (
	"cmp"
	"maps"
	"slices"
)

// An undated article is placed by the people and places it names (placeUndated), read against
// the claims of its own key: one topic and subject, whose dated burst often holds two or three
// articles, a sliver of what the event's coverage names. A statement an outlet carried without a
// date, naming only the armed group and one town (the PKK; the SDF and Kobani; a market and its
// sheikh), then shares one name with that sliver and sits apart, never compared with the dated
// accounts it answers, though the same set read without time compares them (seven disputes of
// the development sets lost so: kashmir, abyei, anatolia, tishrin, manipur, haiti, waziristan).
// Its outlet says more: an outlet whose dated coverage of the event lies within one burst of the
// event's coverage (every topic counted) printed its undated item about that burst, as an
// analyst reading the feed would assume. Such a span is the outlet's home in the event; an
// undated entry whose names place it nowhere (no burst shares enough of them, and no tie) joins
// the one dated burst of its key lying in the home all of its outlets share, and so does one
// whose names are only a few names of the war that the home burst names too (homeOverNames). An
// outlet that covered the event in two bursts, or only undated, has no home, and its undated
// items are placed by their names alone, as before.

// outletHomes returns, for each outlet with undated coverage of a placed event, the one dated
// span of the event's coverage its dated coverage of the event lies in (EventSpan.Outlet set, Key
// empty), sorted by event, outlet; none where its dated coverage overlaps no span or several.
func (l *EventLinks) outletHomes() []EventSpan {
	var out []EventSpan
	for _, outlet := range slices.Sorted(maps.Keys(l.outlets)) {
		oc := l.outlets[outlet]
		for _, ev := range sortedEvents(oc) {
			cv := oc[ev]
			if cv.undated.articles == 0 || len(cv.dated) == 0 || l.events[ev] == nil {
				continue
			}
			home := -1
			for _, s := range cv.dated {
				for i, x := range l.events[ev].dated {
					if x.start < s.end && s.start < x.end && i != home {
						if home >= 0 {
							home = -2
							break
						}
						home = i
					}
				}
				if home == -2 {
					break
				}
			}
			if home < 0 {
				continue
			}
			x := l.events[ev].dated[home]
			out = append(out, EventSpan{Event: ev, Outlet: outlet, Start: x.start, End: x.end})
		}
	}
	slices.SortStableFunc(out, func(x, y EventSpan) int {
		return cmp.Or(cmp.Compare(x.Event, y.Event), cmp.Compare(x.Outlet, y.Outlet))
	})
	return out
}

// homeBurst is the index of the one dated burst of dated lying in the home every outlet of an
// undated entry of event shares, or -1: an outlet without a home there, two homes, a sampled set
// of outlets (it does not name them all), or no burst or several in the home.
func (m EventMap) homeBurst(event string, outlets Names, dated []Burst) int {
	if len(m.Homes) == 0 || len(outlets.IDs) == 0 || outlets.Level > 0 {
		return -1
	}
	var home *EventSpan
	for _, o := range outlets.IDs {
		i, found := slices.BinarySearchFunc(m.Homes, EventSpan{Event: event, Outlet: o}, func(x, y EventSpan) int {
			return cmp.Or(cmp.Compare(x.Event, y.Event), cmp.Compare(x.Outlet, y.Outlet))
		})
		if !found {
			return -1
		}
		h := &m.Homes[i]
		if home != nil && (h.Start != home.Start || h.End != home.End) {
			return -1
		}
		home = h
	}
	best := -1
	for i, x := range dated {
		if home.Start <= x.Start && x.Start < home.End {
			if best >= 0 {
				return -1
			}
			best = i
		}
	}
	return best
}

// homeOverNames: the undated entry u, whose names link it to dated burst i, goes to its outlets'
// home burst h instead. The names link it to another truce only by names of the war (fewer than
// strongSharedNames), some of which the home burst names too, and none of its outlets covered
// burst i: such names do not tell two truces of one war apart (the SDF and Kobani are named in
// every truce of north-east Syria), and the outlets, whose whole dated coverage of the event lies
// in the home, do: an undated statement naming the SDF and Kobani, carried by outlets that
// covered only a later truce, would otherwise join an earlier truce whose claims name both, years
// before anything its outlets printed about the war, and never meet the accounts it answers.
// Where the home names none of the entry's names, or the link is strong, or an outlet of the
// entry covered burst i, the names decide.
func homeOverNames(u UndatedArticles, dated []Burst, h, i int) bool {
	if i == h || sharesOutlet(u.Outlets, dated[i].Outlets) {
		return false
	}
	linked, _ := linkStrength(u.Context, dated[i].Context)
	home, _ := linkStrength(u.Context, dated[h].Context)
	return linked < strongSharedNames && home > 0
}

// homeCopy is where RekeyBursts put a copy of a dated burst: entry i of out.List.
type homeCopy struct {
	out    *Bursts
	i      int
	cloned bool
}

// add merges an undated entry's claims into the copy, leaving the burst it copies as it was;
// its names are not added (undated articles are placed against the dated bursts as they are).
func (c *homeCopy) add(u UndatedArticles) {
	x := &c.out.List[c.i]
	if !c.cloned {
		x.Acc, c.cloned = x.Acc.clone(), true
	}
	x.Acc.Merge(u.Acc)
}
