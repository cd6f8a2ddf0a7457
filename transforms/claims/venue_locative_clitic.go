package claims

import (
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
)

// locativeClitic: the place named at token start carries the preposition ب glued to it, or the
// city noun before it does ("انطلقت اليوم بمسقط جولة تفاوض", "انطلقت اليوم الثلاثاء بمدينة
// سواكن التاريخية جولة تفاوض"): in Arabic ب before a town is "in", as في is, and places the
// talks a verb-first clause opens. Only the lexicon's locative_clitics (ب, وب) count, not ل or
// ك, and only before a place. A
// city noun after في places the name as well ("في مدينة مسقط").
func (ac *articleContext) locativeClitic(si *sentInfo, start int) bool {
	if ac.l.lex.Grammar.SubjectBeforeVerb {
		return false
	}
	// rest is the word at k without a glued ب (وب), "" when it carries none.
	rest := func(k int) string { return gluedRest(si.tokText(k), ac.l.fw.locativeClitics) }
	// "بغداد", "بنغازي": a name that itself begins with the letter carries none.
	if rest(start) != "" {
		if m, ok := si.mentionAt(start); ok && !nameOpensWith(m.e, si.tokText(start)) {
			return true
		}
	}
	// "بمدينة سواكن": a place noun (lexicon place_anaphors) before the name carries it; "في
	// مدينة مسقط": or stands between the locative and the name.
	if start == 0 {
		return false
	}
	placeNoun := func(w string) bool {
		if w == "" {
			return false
		}
		for a := range ac.l.fw.placeAnaphors {
			if a == w || ac.l.fw.withoutArticlePrefix(a) == w {
				return true
			}
		}
		return false
	}
	return placeNoun(rest(start-1)) || placeNoun(si.tokText(start-1)) && ac.isVenueLocative(si, start-1)
}

// nameOpensWith: one of the entity's Arabic names or labels has the folded word w for its
// first word: w is the name itself, not a preposition glued to it.
func nameOpensWith(e *schemas.Entity, w string) bool {
	names := append([]string{e.Label["ar"]}, e.Aliases["ar"]...)
	for _, n := range names {
		if f := strings.Fields(foldCue(n)); len(f) > 0 && f[0] == w {
			return true
		}
	}
	return false
}
