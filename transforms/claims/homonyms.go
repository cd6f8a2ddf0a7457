package claims

import (
	"github.com/tanaqud/tanaqud/schemas"
)

// A place name may name places of two countries: "Tripoli", "طرابلس" is Libya's capital and
// Lebanon's northern city. The gazetteer gives the bare name outright to one and as a context
// alias to the other; which one an article means is read from the rest of the article, not
// from the file that happens to own the bare name (Lebanese coverage of "a ceasefire in
// Tripoli" was placed in Libya).

// homonymPlace resolves the name at entHits[k] when it is a homonym: the hits of its span
// (those starting and ending where it does, context aliases included) name places, cities or
// regions, of two or more countries. It returns the hit of the place in the country the rest of
// the article names most (placeEvidence), and ok; on a tie, the place named outright (the one
// read before), then the first country alphabetically. A place named by a context alias only
// is a candidate when the article names its country otherwise. ok is false for any other name
// and when no candidate is left: the caller reads the name as before. ev holds the article's evidence, computed on first use.
func homonymPlace(l *language, si *sentInfo, k int, infos []*sentInfo, ev *map[string]int) (hit, bool) {
	group := sameSpan(si.entHits, k)
	if !placesInSeveralCountries(l, group) {
		return hit{}, false
	}
	if *ev == nil {
		*ev = placeEvidence(l, infos)
	}
	best, bestRank := hit{}, -1
	for _, h := range group {
		e := l.entities[h.idx]
		n := (*ev)[placeCountry(e)]
		// A context alias names a place only where the article names its country otherwise
		// (as aliasRank reads it).
		if placeCountry(e) == "" || l.context[h.idx] && n == 0 {
			continue
		}
		// Evidence first; on a tie a name given outright beats a context alias.
		rank := 2 * n
		if !l.context[h.idx] {
			rank++
		}
		if rank > bestRank || rank == bestRank && e.Country < l.entities[best.idx].Country {
			best, bestRank = h, rank
		}
	}
	return best, bestRank >= 0
}

// placeCountry is the country of a city or region, "" for anything else.
func placeCountry(e *schemas.Entity) string {
	if e.Type == "city" || e.Type == "region" {
		return e.Country
	}
	return ""
}

// sameSpan is the run of hits starting and ending where hits[k] does (hits of one span are
// adjacent, as selectEntities reads them).
func sameSpan(hits []hit, k int) []hit {
	end := k + 1
	for end < len(hits) && hits[end].start == hits[k].start && hits[end].end == hits[k].end {
		end++
	}
	return hits[k:end]
}

// placesInSeveralCountries: the places (cities, regions) a run of hits of one span names,
// context aliases included, lie in two or more countries. It runs on every span of every
// sentence: it stops at the second country and builds no list.
func placesInSeveralCountries(l *language, group []hit) bool {
	first := ""
	for _, h := range group {
		if c := placeCountry(l.entities[h.idx]); c != "" {
			if first == "" {
				first = c
			} else if c != first {
				return true
			}
		}
	}
	return false
}

// placeEvidence counts, per country, the names of an article that belong to it (l.home: a
// country, its places, its bodies and persons, an outlet's dateline): each span once, by its
// names given outright, when they all point to one country. A homonym is no evidence, of
// either of its countries.
func placeEvidence(l *language, infos []*sentInfo) map[string]int {
	ev := map[string]int{}
	for _, si := range infos {
		for k := 0; k < len(si.entHits); {
			group := sameSpan(si.entHits, k)
			k += len(group)
			if placesInSeveralCountries(l, group) {
				continue
			}
			country := ""
			for _, h := range group {
				if c := l.home[h.idx]; c != "" && !l.context[h.idx] {
					if country != "" && country != c {
						country = ""
						break
					}
					country = c
				}
			}
			if country != "" {
				ev[country]++
			}
		}
	}
	return ev
}
