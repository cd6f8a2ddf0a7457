package claims

import "strings"

// An Arabic relative adjective (nisba) is its place's name with a suffix (ي, ية, يون, يين:
// lexicon nisba_suffixes): «حلبي» of «حلب». Those endings are also among the suffixes the
// matcher strips (the first person's ي, ...), so the adjective matches the place's name. As a
// family name after a given name or a title («محمد الحلبي», «الشيخ الكواري») or an adjective
// of another noun («الكاتب الحلبي») it names no place: the place is read from its adjective
// only where a preposition or a place noun comes before it («في الريف ...», «المدينة
// الحلبية»). Countries are left to their demonyms (a country's adjective is listed, and read
// as the country where the rules want it: nisbaOf).

// nisbaNotPlace: entity hit h is a city or region matched only through a nisba ending its last
// word carries and the place's name does not, with neither a preposition nor a place noun
// before it.
func nisbaNotPlace(l *language, si *sentInfo, h hit) bool {
	if h.exact || h.end-h.start != 1 || len(l.fw.nisbaSuffixes) == 0 || l.nisbaFinal[h.idx] {
		return false
	}
	if t := l.entities[h.idx].Type; t != "city" && t != "region" {
		return false
	}
	if !hasAnySuffix(si.tokText(h.end-1), l.fw.nisbaSuffixes) {
		return false
	}
	if h.start > 0 {
		prev := si.tokText(h.start - 1)
		if si.tokIn(h.start-1, classPreposition, l.fw.prepositions) || l.fw.constructPlaceNouns[prev] {
			return false
		}
	}
	return true
}

// lastWord is the last space-separated word of s.
func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}
