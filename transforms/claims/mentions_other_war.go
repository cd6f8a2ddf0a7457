package claims

import (
	"slices"
	"unicode"

	"github.com/tanaqud/tanaqud/schemas"
)

// Every war's gazetteer file is loaded for every article, so a file written for a new war may
// give its own bodies names an older war's coverage uses too: a second joint military committee
// of the same country («اللجنة العسكرية المشتركة»), an acronym two armed groups share ("ADF":
// the Ambazonia Defence Forces, the Allied Democratic Forces), a plain name made only of generic
// words ("Joint Verification Team") that an article about another war uses as a description ("a
// joint verification team of Turkish and Qatari officers"). Which war a name belongs to is read
// from the rest of the article: the other names it gives of each war's file (warEvidence), not
// from the order the files happen to load in.

// warName is an entity an article names outright, with the war file that defines it.
type warName struct {
	file string
	e    *schemas.Entity
}

// namesWar: the article names outright some entity of war file file other than except (nil:
// any): by a name that is no context alias, title, demonym nor plain generic name, on a span no
// entity of another country shares, of an actor or place (countries, outlets and sources are
// every war's). Worked out once per article, on first use.
func (c *countriesNamed) namesWar(file string, except *schemas.Entity) bool {
	if file == "" {
		return false
	}
	if !c.warsDone {
		c.warsDone = true
		l := c.l
		eachNamedOutright(l, c.infos, func(idx int32, e *schemas.Entity) {
			if l.event[idx] == "" || l.genericPlain[idx] || e.Type == "country" || e.Type == "media" || e.Type == "source" {
				return
			}
			if w := (warName{l.event[idx], e}); !slices.Contains(c.wars, w) {
				c.wars = append(c.wars, w)
			}
		})
	}
	for _, w := range c.wars {
		if w.file == file && w.e != except {
			return true
		}
	}
	return false
}

// namesCountry: the article names country (the country entity itself) outright.
func (c *countriesNamed) namesCountry(country string) bool {
	for _, si := range c.infos {
		for _, h := range si.entHits {
			if e := c.l.entities[h.idx]; e.Type == "country" && e.ID == country && !c.l.context[h.idx] && !c.l.demonym[h.idx] {
				return true
			}
		}
	}
	return false
}

// describesOtherWar: the name at h is a plain name made only of generic words of a war file's
// entity of another country than the theatre, written as a description (genericDescription: "a
// joint verification team of Turkish and Qatari officers", «بعثة تحقق مشتركة»), in an article
// that names nothing else of that war nor its country: a description of some body, as a
// context alias of that war would be, not the body.
// A name written as one ("The Joint Command says") is left to the rank rules.
func describesOtherWar(l *language, si *sentInfo, h hit, theater string, present *countriesNamed) bool {
	if l.event[h.idx] == "" || !genericDescription(l, si, h) {
		return false
	}
	home := l.home[h.idx]
	return home != "" && home != theater && !present.namesWar(l.event[h.idx], nil) && !present.namesCountry(home)
}

// genericDescription: entity hit h is a plain name made only of generic words written as a
// description, not as a name: an indefinite article or a generic determiner right before it ("a
// joint verification team", "any joint committee", «أي لجنة مشتركة»), or, in a language whose
// article is written on the noun and that has no indefinite one, no word of it carrying the
// article («فريق تحقق مشترك»; «فريق التحقق المشترك» is definite).
func genericDescription(l *language, si *sentInfo, h hit) bool {
	if !l.genericPlain[h.idx] {
		return false
	}
	if h.start > 0 && (l.fw.indefiniteArticles[si.tokText(h.start-1)] || si.tokIn(h.start-1, classGenericDeterminer, l.fw.genericDeterminers)) {
		return true
	}
	if len(l.fw.articles) == 0 || len(l.fw.indefiniteArticles) > 0 {
		return false
	}
	for k := h.start; k < h.end; k++ {
		if l.fw.hasArticlePrefix(si.tokText(k)) {
			return false
		}
	}
	return true
}

// bestOfSpan picks the entity the span of si.entHits[k] names, or a span that differs from it
// only by a leading article names (sameName: "ADF" inside "the ADF"), by aliasRank; a
// description of another war's body (describesOtherWar) names none. On a tie between entities
// of one country from two war files (two joint military committees), the one whose war the
// article names by its other entities (namesWar), else the first. (Of two countries, the rank
// already weighs the countries the article names: a country's base file, sudan.json, holds
// actors of every war of it, so its file is no war to look for.) It returns the index into
// entHits, -1 when none is named here.
func bestOfSpan(l *language, si *sentInfo, k int, theater string, present *countriesNamed) int {
	hits := si.entHits
	h := hits[k]
	end := k + 1 // the hits of h's span
	for end < len(hits) && hits[end].start == h.start && hits[end].end == h.end {
		end++
	}
	best, bestRank, tied := -1, 0, false
	consider := func(j int) {
		r := aliasRank(l, hits[j].idx, theater, present)
		if r > 0 && describesOtherWar(l, si, hits[j], theater, present) {
			r = 0
		}
		switch {
		case r > bestRank:
			best, bestRank, tied = j, r, false
		case r == bestRank && r > 0 && l.event[hits[j].idx] != l.event[hits[best].idx] && l.home[hits[j].idx] == l.home[hits[best].idx]:
			tied = true
		}
	}
	for j := k; j < end; j++ {
		consider(j)
	}
	// "ADF" inside "the ADF": the same plain name of another entity than the span's, which the
	// rank weighs against it.
	for j := end; j < len(hits) && hits[j].start < h.end; j++ {
		if sameName(l, si, h, hits[j]) && !slices.ContainsFunc(hits[k:end], func(o hit) bool { return !plainName(l, o.idx) || l.entities[o.idx] == l.entities[hits[j].idx] }) {
			consider(j)
		}
	}
	if !tied {
		return best
	}
	for j := best; j < len(hits) && hits[j].start == hits[best].start && hits[j].end == hits[best].end; j++ {
		idx := hits[j].idx
		if l.home[idx] == l.home[hits[best].idx] && aliasRank(l, idx, theater, present) == bestRank && !describesOtherWar(l, si, hits[j], theater, present) && present.namesWar(l.event[idx], l.entities[idx]) {
			return j
		}
	}
	return best
}

// lowerCaseName: in a script with letter case, the words of the name at h start in lower
// case ("the oil fields", "the joint committee"): a description; "the Joint Command", "UN" are
// written as names. Its articles and a word that opens the sentence (capitalised whatever it
// is) are not read.
func lowerCaseName(l *language, si *sentInfo, h hit) bool {
	cased, capital := nameCase(l, si, h)
	return cased && !capital
}

// nameCase reads the letter case of the words of the name at h (lowerCaseName): cased when one
// of them is written in a script with letter case, capital when one of them starts with a
// capital letter.
func nameCase(l *language, si *sentInfo, h hit) (cased, capital bool) {
	opens := true // no word before token k yet
	for k := 0; k < h.end && k < len(si.toks); k++ {
		t := &si.toks[k]
		if t.punct || t.number {
			continue
		}
		first := opens
		opens = false
		if k < h.start || first || l.fw.definiteArticles[t.text] || l.fw.indefiniteArticles[t.text] {
			continue
		}
		for _, r := range si.originalSpan(k, k+1) {
			if unicode.IsUpper(r) {
				return true, true
			}
			if unicode.IsLower(r) {
				cased = true
			}
			break // the first letter decides
		}
	}
	return cased, false
}

// caselessName: the name at h is written in a script without letter case (Arabic «الحقول
// النفطية», «اللجنة العسكرية المشتركة»): nothing in its spelling tells a name made only of
// generic words from the same words used as a description, as a capital does in English.
func caselessName(si *sentInfo, h hit) bool {
	for _, r := range si.originalSpan(h.start, h.end) {
		if unicode.IsLetter(r) {
			return !unicode.IsUpper(r) && !unicode.IsLower(r) // the first letter decides
		}
	}
	return false
}

// strayGenericNames appends to out the hits of plain names made only of generic words (a war
// file's "the oil fields", "the joint committee", «الحقول النفطية») written as descriptions
// (genericDescription, lowerCaseName), or in a script without letter case (caselessName), of
// entities whose war and country the article names nothing else of (generic words name the
// body only where its war is otherwise in view, as a context alias does), in sentence order.
// Every war's file is loaded for every article: a file written for a new war must not make
// such a description in an older war's coverage a body of the new war, nor place that war's
// truce in the new war's country (theaterScores), nor take the cue words it is made of (a
// name's span hides the cues inside it, dropInsideNames: "the monitoring" read as a new war's
// "the Monitor" lost the monitors claim). Run once every sentence is matched, before the
// theatre is weighed: the caller matches those sentences again without them (dropStrays).
func strayGenericNames(l *language, infos []*sentInfo, out []strayName) []strayName {
	stray := func(si *sentInfo, h hit) bool {
		return l.genericPlain[h.idx] && l.event[h.idx] != "" && l.home[h.idx] != "" && (genericDescription(l, si, h) || lowerCaseName(l, si, h) || caselessName(si, h))
	}
	if !slices.ContainsFunc(infos, func(si *sentInfo) bool {
		return slices.ContainsFunc(si.entHits, func(h hit) bool { return stray(si, h) })
	}) {
		return out
	}
	// What the article names outright besides such names: war files (by their actors and
	// places) and countries (the country, or anything of it).
	var files, countries []string
	eachNamedOutright(l, infos, func(idx int32, e *schemas.Entity) {
		if l.genericPlain[idx] {
			return
		}
		c := e.Country
		if e.Type == "country" {
			c = e.ID
		}
		if e.Type != "media" && e.Type != "source" {
			if c != "" && !slices.Contains(countries, c) {
				countries = append(countries, c)
			}
			if f := l.event[idx]; f != "" && e.Type != "country" && !slices.Contains(files, f) {
				files = append(files, f)
			}
		}
	})
	for i, si := range infos {
		for _, h := range si.entHits {
			if stray(si, h) && !slices.Contains(files, l.event[h.idx]) && !slices.Contains(countries, l.home[h.idx]) {
				out = append(out, strayName{sent: i, h: h})
			}
		}
	}
	return out
}

// strayName is a stray generic name's hit h in sentence sent (strayGenericNames).
type strayName struct {
	sent int
	h    hit
}

// dropStrays marks dropped the matcher hits of sentence sent that are stray names, before any
// of them hides the cue words its span covers.
func dropStrays(strays []strayName, sent int, found []hit) {
	for _, st := range strays {
		if st.sent != sent {
			continue
		}
		for k, h := range found {
			if h.cat == catEntity && h.idx == st.h.idx && h.start == st.h.start && h.end == st.h.end {
				found[k].cat = catDropped
			}
		}
	}
}
