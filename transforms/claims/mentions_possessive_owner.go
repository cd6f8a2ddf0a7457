package claims

import (
	"slices"
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
)

// resolvePossessiveOwners reads a name marked as an owner by a possessive clitic (lexicon
// clitics.possessives, "'s"; English has it, Arabic's construct state has no such mark):
//   - a country that owns a government noun (lexicon government_nouns) is that country's one
//     government (namedGovernmentOf): "Iraq's government and Saraya al-Minbar agreed" names the
//     Iraqi government, as "the Iraqi government" does; with none or several known it stays;
//   - a country that owns an army noun (lexicon army_nouns) is its force, as its demonym with
//     a force noun is: "Congo's army" (mentions_possessive_army.go);
//   - an owner right before another name qualifies that name, no body of its own: "the
//     ceasefire between the Peshmerga's Unit 70 and Unit 80" names two units, not the Peshmerga
//     as a third side; "Hamas's Ismail Haniyeh said" has Haniyeh speak.
//
// It runs after speakers are attributed, as resolveForces does.
func (ac *articleContext) resolvePossessiveOwners() {
	fw := &ac.l.fw
	if len(fw.possessives) == 0 {
		return
	}
	for _, si := range ac.infos {
		var out []mention // nil until a mention changes
		for k, m := range si.ents {
			owner := hasAnySuffix(si.tokText(m.end-1), fw.possessives)
			if !owner || m.demonym {
				if out != nil {
					out = append(out, m)
				}
				continue
			}
			r, keep := m, true
			switch {
			case k+1 < len(si.ents) && si.ents[k+1].start == m.end:
				keep = false // "the Peshmerga's Unit 70"
			case m.e.Type == "country" && m.end < len(si.toks) && slices.Contains(fw.governmentNouns, si.tokText(m.end)):
				if gov := ac.namedGovernmentOf(m.e.ID, si.tokText(m.end)); gov != nil {
					r = mention{start: m.start, end: m.end + 1, e: gov, qualified: true} // "Iraq's government"
				}
			case m.e.Type == "country" && !m.context && m.end < len(si.toks) && slices.Contains(fw.armyNouns, si.tokText(m.end)):
				if f, ok := ac.possessiveArmy(si, m); ok {
					r = f // "Congo's army" (mentions_possessive_army.go)
				}
			}
			if r == m && keep {
				if out != nil {
					out = append(out, m)
				}
				continue
			}
			if out == nil {
				out = make([]mention, k, len(si.ents))
				copy(out, si.ents[:k])
			}
			if keep {
				out = append(out, r)
			}
		}
		if out != nil {
			si.ents = out
			si.indexMentions()
		}
	}
}

// namedGovernmentOf: the one government of the country whose name holds the noun and a word
// of the country's own name or demonym ("the Iraqi government" for "government"): type and
// role government, no affiliation, the voice of no other body than the state. A region's
// government (role other) or a province's ("Basra provincial government") is none; nil with
// none or several.
func (ac *articleContext) namedGovernmentOf(country, noun string) *schemas.Entity {
	var found *schemas.Entity
	g := &ac.x.data.Gazetteer
	c := g.Entity(country)
	if c == nil {
		return nil
	}
	var countryWords []string
	for _, n := range append(append([]string{c.Label[ac.l.code]}, c.Aliases[ac.l.code]...), c.Demonyms[ac.l.code]...) {
		countryWords = append(countryWords, strings.Fields(foldCue(n))...)
	}
	for i := range g.Entities {
		e := &g.Entities[i]
		if e.Type != "government" || e.Role != "government" || e.Country != country || e.Affiliation != "" || e.SpeaksFor != "" && e.SpeaksFor != country || !ac.nameHasNoun(e, noun) {
			continue
		}
		if !slices.ContainsFunc(countryWords, func(w string) bool { return ac.nameHasNoun(e, w) }) {
			continue
		}
		if found != nil && found.ID != e.ID {
			return nil
		}
		found = e
	}
	return found
}
