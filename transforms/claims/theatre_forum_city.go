package claims

import (
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
)

// forumCity: the city at h is named as the forum of the talks or of the deal, not as ground of
// the war, in two shapes read from the tokens around it:
//   - it modifies a talks noun right after it, in a language whose modifiers come first, with
//     an article or a year before it ("stayed away from the Geneva talks", "the 2023 Jeddah
//     talks");
//   - a bare locative right before it follows a verb or participle of agreeing or signing (a
//     status cue of value agreed with no object: "as agreed in Geneva", "the text signed in
//     Geneva", "the understanding reached in Jeddah", "الهدنة التي تُبرم في جدة").
//
// A host city abroad named so, in an article that names few places of the war, made its state
// the theatre (Switzerland for Cameroon's war, Saudi Arabia for Lebanon and Syria's) and the
// zone of the truce's clock. An agreement noun named after a city is no such shape: it is the
// war's own ground as often as the forum ("اتفاق السويداء", "the Jenin arrangement" against
// "اتفاق جدة"). Nor is a truce noun between the verb and the place ("agreed to a ceasefire in
// Hodeidah", "signed a truce in Juba"): the truce is placed there.
func forumCity(l *language, si *sentInfo, h hit) bool {
	if !l.lex.Grammar.AdjectiveAfterNoun && h.start > 0 && len(hitsStartingIn(si.hitsOf(catTalks), h.end, h.end)) > 0 {
		if prev := si.tokText(h.start - 1); l.fw.definiteArticles[prev] || yearToken(si, h.start-1) {
			return true
		}
	}
	loc := h.start - 1
	if loc > 0 && l.fw.definiteArticles[si.tokText(loc)] {
		loc--
	}
	if loc < 1 || !startsVenueLocative(l, si, loc) {
		return false
	}
	status := l.topicOfRef[refStatus]
	if status < 0 {
		return false
	}
	for _, c := range si.hitsOf(catTopicCue) {
		if c.start >= loc {
			break
		}
		// Trap marks are not set yet when the theatre is scored: the cue is read as it stands.
		// "الهدنة التي اتفق عليها في جدة": a resumptive pronoun on a preposition may stand between.
		if cue := l.topicCue[c.idx]; (c.end == loc || c.end == loc-1 && resumptiveAt(l, si, loc-1)) && l.cueTopic[c.idx] == status && cue.Value == "agreed" && cue.Object == "" {
			return true
		}
	}
	return false
}

// resumptiveAt: the token at k is an object preposition carrying a pronoun suffix ("عليها",
// "عليه"), the relative clause's resumptive after its verb.
func resumptiveAt(l *language, si *sentInfo, k int) bool {
	t := si.tokText(k)
	for _, suf := range l.fw.objectSuffixes {
		if len(t) > len(suf) && strings.HasSuffix(t, suf) && l.fw.objectPrepositions[t[:len(t)-len(suf)]] {
			return true
		}
	}
	return false
}

// startsVenueLocative: a bare talks-venue preposition ("in", "at", "في") is the token at k.
func startsVenueLocative(l *language, si *sentInfo, k int) bool {
	for _, c := range hitsStartingIn(si.hitsOf(catTopicCue), k, k) {
		if venueLocative(l, c) {
			return true
		}
	}
	return false
}

// yearToken: the token at k is a four-digit year ("the 2023 Jeddah talks").
func yearToken(si *sentInfo, k int) bool {
	y, ok := fourDigitNumber(&si.toks[k])
	return ok && y > 1900 && y < 2100
}

// fighterCountries: the countries of the armed groups, forces and governments an article names
// (not third parties: a mediating ministry or a guarantor's army acts in others' wars), worked
// out on first use. A forum city is
// told apart from the war's own ground only against them: "the truce agreed in Geneva" in an
// article on Cameroon's separatists names a forum abroad, "the truce agreed in Taiz" with
// Yemen's army named, or with no fighter named at all, still places the war.
//
// A state's force (an army, or a corps its state sends) fights abroad as often as at home ("the
// truce agreed in Kidal ..., Russia's Africa Corps said", the Israeli army in Rafah, Rwandan
// troops in Goma): its country fixes the war's ground only where the war is at home, a country
// some armed group of the gazetteer fights in (homeWars). Governments and armed groups count
// always.
type fighterCountries struct {
	g        *schemas.Gazetteer
	l        *language
	infos    []*sentInfo
	homeWars map[string]bool
	// chosen: read the names the article settled on (si.ents) rather than every entity a span
	// may name: after selection, a generic alias ("the army") shared by several banks is the
	// theatre's army, not another war's that sorts first.
	chosen bool
	done   bool
	set    map[string]bool
}

// abroad: the place's country is none of the named fighters' (and some fighter is named).
// Callers ask it after the cheaper forumCity, so the fighters are gathered only for an article
// that names a forum.
func (f *fighterCountries) abroad(e *schemas.Entity) bool {
	if e.Country == "" {
		return false
	}
	if !f.done {
		f.done = true
		for _, si := range f.infos {
			if f.chosen {
				for _, m := range si.ents {
					f.add(m.e)
				}
				continue
			}
			// A shorter name inside a longer one ("army" in "the Israeli army") is not read
			// again: a bank's generic alias would name its own war's army.
			lastEnd := -1
			for _, h := range si.entHits {
				if h.end <= lastEnd {
					continue
				}
				lastEnd = h.end
				f.add(f.l.entities[h.idx])
			}
		}
	}
	return f.set != nil && !f.set[e.Country]
}

// stateForce: the actor is a state's armed force: an army, or an armed group affiliated with a
// state (Russia's Africa Corps), not a rebel or militia of its own country.
func stateForce(g *schemas.Gazetteer, e *schemas.Entity) bool {
	switch e.Type {
	case "military":
		return e.Role != "armed_opposition"
	case "armed_group":
		return stateAffiliated(g, e)
	}
	return false
}

// stateAffiliated: the actor's affiliation leads to a country within three steps.
func stateAffiliated(g *schemas.Gazetteer, e *schemas.Entity) bool {
	for depth := 0; depth < 3; depth++ {
		if e = g.Entity(e.Affiliation); e == nil {
			return false
		}
		if e.Type == "country" {
			return true
		}
	}
	return false
}

// homeWarTable: the countries some armed group of the gazetteer fights in at home (a rebel,
// a militia or a jihadist group placed in the country, neither a third party nor a state's
// force), computed once.
func homeWarTable(g *schemas.Gazetteer) map[string]bool {
	out := map[string]bool{}
	for i := range g.Entities {
		if e := &g.Entities[i]; e.Type == "armed_group" && e.Country != "" && !thirdParty(e.Role) && !stateAffiliated(g, e) {
			out[e.Country] = true
		}
	}
	return out
}

// add counts the country of a fighter: an armed group, a government, or a state's force where
// its state's war is at home.
func (f *fighterCountries) add(a *schemas.Entity) {
	switch a.Type {
	case "armed_group", "military", "coalition", "government":
	default:
		return
	}
	if c := actorCountry(f.g, a); c != "" && (f.homeWars[c] || !stateForce(f.g, a)) {
		if f.set == nil {
			f.set = map[string]bool{}
		}
		f.set[c] = true
	}
}
