package claims

import (
	"slices"
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
)

// missionsReferBack: a description of a body's mission ("the U.N. mission", "البعثة الأممية",
// "بعثة الأمم المتحدة") is a name of the body itself in the gazetteer (common.json gives the UN
// "UN mission"), but in an article that names one mission of that body outright it refers to that
// mission: "مقترح يونامي ... في مباحثات ترعاها البعثة الأممية" is UNAMI's sponsorship, "فرق البعثة
// الأممية ستراقب التنفيذ" after "بعثة يونامي" UNAMI's monitors, not the UN's at large.
// The mission is a body whose affiliation is the described one and one of whose names holds a
// mission noun (lexicon mission_nouns); with two such named (two UN missions) the description
// stays the body's own. A description whose body's own label holds the noun (a mission entity
// itself) is left alone.
func (ac *articleContext) missionsReferBack() {
	if len(ac.l.fw.missionNouns) == 0 {
		return
	}
	var missions []*schemas.Entity // bodies named outright that are some body's mission
	gathered := false
	for _, si := range ac.infos {
		for k, m := range si.ents {
			if m.context || m.title || m.demonym || m.joint || m.e.Affiliation != "" || m.e.Type != "organization" || !ac.missionWordIn(si, m.start, m.end) || ac.namesHoldMission(m.e, true) {
				continue
			}
			if !gathered {
				missions, gathered = ac.missionsNamedOutright(), true
			}
			var of *schemas.Entity
			n := 0
			for _, b := range missions {
				if b.Affiliation == m.e.ID {
					of, n = b, n+1
				}
			}
			if n == 1 {
				si.ents[k].e = of
			}
		}
	}
}

// missionWordIn: a mission noun stands in [from, to).
func (ac *articleContext) missionWordIn(si *sentInfo, from, to int) bool {
	for k := from; k < to; k++ {
		t := si.tokText(k)
		if ac.l.fw.missionNouns[t] || ac.l.fw.missionNouns[ac.l.fw.withoutConjunction(t)] || ac.l.fw.missionNouns[ac.stripNounPrefix(t)] {
			return true
		}
	}
	return false
}

// namesHoldMission: one of e's names (its label only, when labelOnly) holds a mission noun.
func (ac *articleContext) namesHoldMission(e *schemas.Entity, labelOnly bool) bool {
	code := ac.l.code
	holds := func(n string) bool {
		for _, w := range strings.Fields(foldCue(n)) {
			if ac.l.fw.missionNouns[w] || ac.l.fw.missionNouns[ac.stripNounPrefix(w)] {
				return true
			}
		}
		return false
	}
	if holds(e.Label[code]) {
		return true
	}
	return !labelOnly && slices.ContainsFunc(e.Aliases[code], holds)
}

// missionsNamedOutright: the bodies of another body named outright in the article (not through a
// context alias) whose names hold a mission noun.
func (ac *articleContext) missionsNamedOutright() []*schemas.Entity {
	var out []*schemas.Entity
	for _, si := range ac.infos {
		for _, m := range si.ents {
			if m.context || m.e.Affiliation == "" || m.e.Type == "person" || slices.Contains(out, m.e) {
				continue
			}
			if ac.namesHoldMission(m.e, false) {
				out = append(out, m.e)
			}
		}
	}
	return out
}
