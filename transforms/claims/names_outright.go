package claims

import "github.com/tanaqud/tanaqud/schemas"

// eachNamedOutright calls f with every entity the article names outright: not by a context
// alias, a title or a demonym, nor on a span an entity of another country shares. Which war
// files an article names (its own event, another war's body, a war's truce names) is read
// from these names only.
func eachNamedOutright(l *language, infos []*sentInfo, f func(idx int32, e *schemas.Entity)) {
	for _, si := range infos {
		for k, h := range si.entHits {
			if l.context[h.idx] || l.title[h.idx] || l.demonym[h.idx] || sharedSpan(l, si, k) {
				continue
			}
			f(h.idx, l.entities[h.idx])
		}
	}
}
