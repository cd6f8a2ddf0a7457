package claims

import "strings"

// directionAreaAt: a part of the truce's country named by a direction starts at pos, maybe past
// an article: "a ceasefire in the north", "in the north of the country", "in the country's
// north", "across the northern provinces", "في شمال البلاد", "في أقاليم الشمال", "في المناطق
// الشمالية", "في الشمال". A truce placed there is partial, as one placed in a named province is.
// Not a direction with a place named after it ("in the east of Aleppo", "north of Sirte": the
// name places the truce, if anything does; "northern Mali" is the region_of cue's), a
// direction noun a name starts with ("the North Kivu truce"), nor a capitalized one ("the
// West": the Western states).
func (ac *articleContext) directionAreaAt(si *sentInfo, pos int) bool {
	fw := &ac.l.fw
	k := pos
	if fw.definiteArticles[si.tokText(k)] {
		k++
	}
	if k >= len(si.toks) {
		return false
	}
	if _, ok := si.mentionAt(k); ok {
		return false // "North Kivu", "شمال سيناء": a name, placed by the gazetteer or not at all
	}
	// "the country's north": the possessive clitic stays on its token (lexicon
	// clitics.possessives; folding makes "’s" "'s").
	if t := si.tokText(k); fw.countryNouns[t] || fw.countryNouns[withoutPossessive(t, fw.possessives)] {
		return hasAnySuffix(t, fw.possessives) && ac.directionNounAt(si, k+1) > 0
	}
	if n := ac.directionNounAt(si, k); n > 0 {
		j := k + n
		if fw.partitives[si.tokText(j)] || fw.departurePrepositions[si.tokText(j)] {
			// "the north of the country", "the north of Chad"; not "the east of Aleppo"
			j++
			if fw.definiteArticles[si.tokText(j)] {
				j++
			}
			if fw.countryNouns[si.tokText(j)] {
				return true
			}
			m, ok := si.mentionAt(j)
			return ok && !m.demonym && m.e.ID == ac.theater
		}
		if _, ok := si.mentionAt(j); ok {
			return false
		}
		return true
	}
	// "شمال البلاد": a construct direction (the scope topic's region_of cue) on the country noun.
	if ac.l.regionWords[si.tokText(k)] && fw.countryNouns[si.tokText(k+1)] {
		return true
	}
	// "the northern provinces", "northern districts"; "for northern Chad" (after a locative the
	// region_of cue reads it)
	if fw.directionAdjectives[si.tokText(k)] {
		if m, ok := si.mentionAt(k + 1); ok && m.start == k+1 && !m.demonym && m.e.ID == ac.theater {
			return true
		}
		return si.startsAt(catArea, k+1) || fw.provinceWords[si.tokText(k+1)]
	}
	// "أقاليم الشمال", "المناطق الشمالية"
	if a, ok := si.hitAt(catArea, k); ok && a.start == k {
		return fw.directionAdjectives[si.tokText(a.end)] || ac.directionNounAt(si, a.end) > 0
	}
	return false
}

// withoutPossessive is t without the possessive clitic it ends with ("country's": "country"),
// or t.
func withoutPossessive(t string, possessives []string) string {
	for _, p := range possessives {
		if b, ok := strings.CutSuffix(t, p); ok && b != "" {
			return b
		}
	}
	return t
}

// directionNounAt is the length of a direction noun at k ("north", "الشمال", "north-east"),
// or 0; a capitalized one in a cased script ("the West") names no part of the country.
func (ac *articleContext) directionNounAt(si *sentInfo, k int) int {
	n := phraseAt(si, k, ac.l.fw.directionNouns)
	if n > 0 && ac.l.lex.Script == "latin" && capitalized(si, hit{start: k, end: k + n}) {
		return 0
	}
	return n
}
