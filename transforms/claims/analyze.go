package claims

import (
	"unicode"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/sentences"
)

// Analyze splits an article into sentences and extracts its claims. It is deterministic.
func (x *Extractor) Analyze(a schemas.Article) Analysis {
	sents := sentences.Split(a.Text)
	l := x.language(a)
	infos := make([]*sentInfo, len(sents))
	for i, s := range sents {
		infos[i] = x.prepare(l, s)
	}
	theater := x.theater(l, infos)
	for _, si := range infos {
		si.selectEntities(l, theater)
		si.markScopes(l)
	}
	ac := &articleContext{x: x, l: l, a: a, theater: theater, infos: infos}
	ac.init()
	ac.attributeSpeakers()
	var out []Claim
	for _, si := range infos {
		out = append(out, ac.claimsOf(si)...)
	}
	return Analysis{Sentences: sents, Claims: out}
}

// language picks the lexicon for the article: its declared language, else by script.
func (x *Extractor) language(a schemas.Article) *language {
	if l, ok := x.langs[a.Lang]; ok {
		return l
	}
	arabic, latin := 0, 0
	for i, r := range a.Text {
		if i > 4000 {
			break
		}
		switch {
		case r >= 0x0600 && r <= 0x06FF:
			arabic++
		case unicode.IsLetter(r) && r < 0x0250:
			latin++
		}
	}
	code := "en"
	if arabic >= latin {
		code = "ar"
	}
	if l, ok := x.langs[code]; ok {
		return l
	}
	for _, c := range sortedKeys(x.langs) {
		return x.langs[c]
	}
	return nil
}

func (x *Extractor) prepare(l *language, s sentences.Sentence) *sentInfo {
	si := &sentInfo{s: s, norm: x.norm.Normalize(s.Text)}
	si.toks = tokenize(si.norm.Match)
	for i := range si.toks {
		si.toks[i].w = l.word(&si.toks[i])
	}
	all := dropInsideNames(l, l.m.scan(si.toks))
	all = promoteNamedMeetings(l, all)
	// Split entity hits from cue hits, and index cue hits by category (a counting sort keeps
	// each category in token order).
	var count [numCategories + 1]int32
	nEnt := 0
	for _, h := range all {
		if h.cat == catEntity {
			nEnt++
			continue
		}
		count[h.cat+1]++
	}
	for c := 1; c <= int(numCategories); c++ {
		count[c] += count[c-1]
	}
	si.catStart = count
	si.entHits = make([]hit, 0, nEnt)
	si.hits = make([]hit, 0, len(all)-nEnt)
	si.byCatFlat = make([]hit, len(all)-nEnt)
	next := count
	for _, h := range all {
		if h.cat == catEntity {
			si.entHits = append(si.entHits, h)
			continue
		}
		si.hits = append(si.hits, h)
		si.has[h.cat] = true
		si.byCatFlat[next[h.cat]] = h
		next[h.cat]++
	}
	return si
}

// theater is the country the ceasefire is about: countries named right after a ceasefire noun
// weigh most, then places located in a country. "unknown" when none.
func (x *Extractor) theater(l *language, infos []*sentInfo) string {
	score := map[string]int{}
	for _, si := range infos {
		var cease []int
		for _, h := range si.hits {
			if h.cat == catCeasefire {
				cease = append(cease, h.end)
			}
		}
		for _, h := range si.entHits {
			if l.context[h.idx] {
				continue
			}
			e := l.entities[h.idx]
			switch {
			case e.Type == "country":
				// Only a country placed after a ceasefire noun ("وقف إطلاق النار في سوريا")
				// counts: mediators and guarantors are countries too.
				placed := h.end-h.start > 1 // "الأراضي السورية"
				if h.start > 0 {
					if _, ok := si.hitAt(catLocative, h.start-1); ok {
						placed = true
					}
				}
				if !placed {
					continue
				}
				for _, c := range cease {
					if h.start >= c && h.start-c <= 6 {
						score[e.ID] += 4
						break
					}
				}
			case (e.Type == "city" || e.Type == "region") && e.Country != "" && e.SpeaksFor == "":
				score[e.Country]++
			}
		}
	}
	best, bestScore := "unknown", 0
	for _, id := range sortedKeys(score) {
		if score[id] > bestScore {
			best, bestScore = id, score[id]
		}
	}
	return best
}

// selectEntities keeps the longest non-overlapping names, dropping context aliases of actors
// from another country than the theater's. A span is a demonym only when no name of the same
// entity matches it too (سورية is both the country and its adjective).
func (si *sentInfo) selectEntities(l *language, theater string) {
	si.ents = si.ents[:0]
	lastEnd := 0
	for k, h := range si.entHits {
		if h.start < lastEnd {
			continue
		}
		e := l.entities[h.idx]
		ctx := l.context[h.idx]
		if ctx && e.Country != theater {
			continue
		}
		dem := l.demonym[h.idx]
		for _, o := range si.entHits[k+1:] {
			if o.start != h.start || o.end != h.end {
				break
			}
			if l.entities[o.idx] == e && !l.demonym[o.idx] {
				dem = false
			}
		}
		si.ents = append(si.ents, mention{start: h.start, end: h.end, e: e, context: ctx, demonym: dem})
		lastEnd = h.end
	}
}

// markScopes computes per-token negation traps and scope boundaries, and background.
func (si *sentInfo) markScopes(l *language) {
	n := len(si.toks)
	si.trap = make([]bool, n)
	si.boundary = make([]bool, n)
	for i, t := range si.toks {
		if t.punct && clauseBreakPunct(t.text) {
			si.boundary[i] = true
		}
	}
	for _, h := range si.hits {
		switch h.cat {
		case catNegTrap:
			for k := h.start; k < h.end; k++ {
				si.trap[k] = true
			}
		case catClauseBreak:
			if !si.trap[h.start] { // "not only X but also Y" is one clause
				si.boundary[h.start] = true
			}
		case catBackground:
			// "من قبل X" is the passive agent ("by X"), not "before".
			if h.end-h.start == 2 && si.tokText(h.start) == "من" && h.end < n {
				if _, ok := si.mentionAt(h.end); ok {
					continue
				}
			}
			si.bg = true
		case catPlupAux:
			// كان ... قد + verb reports an earlier event, unless the verb is one of saying
			// ("وكانت مصادر قد قالت": an earlier report about this ceasefire).
			for k := h.end; k < h.end+3 && k < n; k++ {
				if p, ok := si.hitAt(catPlupParticle, k); ok {
					if _, say := si.hitAt(catAttrVerb, p.end); !say {
						si.bg = true
					}
				}
			}
		}
	}
}

// dropInsideNames removes cue hits that lie inside an entity name: the talks noun of
// "الهيئة العليا للمفاوضات" is part of a name, not talks.
func dropInsideNames(l *language, hits []hit) []hit {
	var spans [][2]int
	for _, h := range hits {
		if h.cat == catEntity && h.end-h.start > 1 && !l.context[h.idx] {
			spans = append(spans, [2]int{h.start, h.end})
		}
	}
	if len(spans) == 0 {
		return hits
	}
	out := hits[:0]
	for _, h := range hits {
		inside := false
		if h.cat != catEntity {
			for _, sp := range spans {
				if h.start >= sp[0] && h.end <= sp[1] && h.end-h.start < sp[1]-sp[0] {
					inside = true
					break
				}
			}
		}
		if !inside {
			out = append(out, h)
		}
	}
	return out
}

// promoteNamedMeetings turns a meeting noun followed by a place name ("اجتماع أستانة",
// "الاجتماع في أستانة") into a talks noun; capitals acting for their state do not count
// ("اجتماعات في العاصمة التركية أنقرة" are meetings, not the talks).
func promoteNamedMeetings(l *language, hits []hit) []hit {
	for i, h := range hits {
		if h.cat != catMeeting {
			continue
		}
		// "اجتماع أستانة" or "للاجتماع في أستانة"
		at := h.end
		for _, loc := range hits {
			if loc.cat == catLocative && loc.start == h.end {
				at = loc.end
			}
		}
		for _, e := range hits {
			if e.cat == catEntity && e.start == at {
				if ent := l.entities[e.idx]; ent.Type == "city" && ent.SpeaksFor == "" {
					hits[i].cat = catTalks
				}
			}
		}
	}
	return hits
}
