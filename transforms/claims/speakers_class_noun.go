package claims

import "unicode"

// classNounQualifier: "UN aid agencies said", "وقالت وكالات الإغاثة الأممية": a generic class
// noun some gazetteer file names a body by ("aid agencies", "وكالات الإغاثة") is qualified by
// the body named with it, and that body speaks: in English the body named right before the
// noun, which is written in lower case (a common noun, not a body's proper name); where the
// adjective follows its noun, a body's adjective right after it ("الأممية"). The noun's own
// entity, or one that belongs to the qualifier ("RSF fighters"), is left as it is.
func (ac *articleContext) classNounQualifier(si *sentInfo, m mention) (mention, bool) {
	if m.e.Type == "person" || m.e.Type == "source" || m.e.Type == "country" || m.e.Type == "city" || m.e.Type == "region" {
		return mention{}, false
	}
	var d mention
	if ac.l.lex.Grammar.AdjectiveAfterNoun {
		n, ok := si.mentionAt(m.end)
		if !ok || !n.demonym {
			return mention{}, false
		}
		d = n
	} else {
		k := si.mentionsEndingBy(m.start) - 1
		if k < 0 || si.ents[k].end != m.start || !lowerCaseSpan(si.originalSpan(m.start, m.end)) {
			return mention{}, false
		}
		d = si.ents[k]
	}
	if d.e == m.e || !qualifiesSource(d) || m.e.Affiliation == d.e.ID || m.e.Country == d.e.ID && d.e.Type == "country" {
		return mention{}, false
	}
	return d, true
}

// lowerCaseSpan: s has letters and none of them is upper case ("aid agencies", not "Aid Agencies").
func lowerCaseSpan(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsUpper(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}
