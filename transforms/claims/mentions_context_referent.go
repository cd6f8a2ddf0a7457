package claims

import (
	"slices"
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
)

// contextAliasesReferBack: a generic name that some event's gazetteer gives a body of the
// theatre as a context alias ("the movements", "the committee", "الحركة") is a definite
// description. When the article never names that body outright, the description refers back to
// the body the article itself named whose names hold its noun ("The Joint Force of Darfuri armed
// movements says ... the movements are merely covered by the army's signature": the Joint Force,
// not the SPLM-N, which another event's file calls "the movement"). Speakers and sets already
// read context aliases so (contextAliasReferent); this makes every topic's subjects agree.
// The body referred to must be of the alias's kind (an armed group for a group's alias: "the
// army" after "the National Liberation Army" is still the state's army) and the alias's noun the
// head of one of its names ("الجيش" after "مخابرات الجيش" is the army, not its intelligence
// branch). A body the article names outright keeps its alias.
func (ac *articleContext) contextAliasesReferBack() {
	// The bodies named outright, gathered once at the first referring alias rather than by a
	// scan of every mention for each alias.
	var outright []*schemas.Entity
	gathered := false
	for _, si := range ac.infos {
		for k, m := range si.ents {
			if !referringContextAlias(m) {
				continue
			}
			if !gathered {
				outright, gathered = ac.bodiesNamedOutright(), true
			}
			if slices.Contains(outright, m.e) {
				continue
			}
			r := ac.contextAliasReferent(si, m)
			if r == nil || r == m.e || r.Type != m.e.Type {
				continue
			}
			if head := ac.headOf(foldedWords(si, m.start, m.end)); head != "" && ac.headsAName(r, head) {
				si.ents[k].e = r
				si.ents[k].otherEvent = false
			}
		}
	}
	dropOtherEventBodies(ac.infos)
}

// foldedWords: the folded tokens from start to end.
func foldedWords(si *sentInfo, start, end int) []string {
	out := make([]string, 0, end-start)
	for k := start; k < end; k++ {
		out = append(out, foldCue(si.tokText(k)))
	}
	return out
}

// headOf is the head noun of a name's words, without its article or prefixes: the first word
// where adjectives follow their noun ("جيش التحرير الوطني"), else the last before a partitive
// ("Joint Force of armed movements": force).
func (ac *articleContext) headOf(words []string) string {
	head := ""
	for _, w := range words {
		if ac.l.fw.definiteArticles[w] {
			continue
		}
		if ac.l.lex.Grammar.AdjectiveAfterNoun {
			return ac.stripNounPrefix(w)
		}
		if ac.l.fw.partitives[w] && head != "" {
			break
		}
		head = w
	}
	return head
}

func (ac *articleContext) stripNounPrefix(w string) string {
	for _, p := range ac.l.fw.nounPrefixes {
		if rest, ok := strings.CutPrefix(w, p); ok && runeLen(rest) >= 3 {
			return rest
		}
	}
	return w
}

// headsAName: head is the head noun of e's label or one of its aliases.
func (ac *articleContext) headsAName(e *schemas.Entity, head string) bool {
	code := ac.l.code
	head = ac.stripNounPrefix(head)
	heads := func(n string) bool {
		return n != "" && ac.stripNounPrefix(ac.headOf(strings.Fields(foldCue(n)))) == head
	}
	if heads(e.Label[code]) {
		return true
	}
	for _, n := range e.Aliases[code] {
		if heads(n) {
			return true
		}
	}
	return false
}

// referringContextAlias: a mention through a context alias that may stand for a body named
// before (not a title, an adjective, a joint of forces, or a person, source or place).
func referringContextAlias(m mention) bool {
	if !m.context || m.title || m.demonym || m.joint {
		return false
	}
	switch m.e.Type {
	case "person", "source", "country", "city":
		return false
	}
	return true
}

// bodiesNamedOutright: the entities the article names by a label or an alias, not only by a
// context alias.
func (ac *articleContext) bodiesNamedOutright() []*schemas.Entity {
	var out []*schemas.Entity
	for _, si := range ac.infos {
		for _, m := range si.ents {
			if !m.context && !slices.Contains(out, m.e) {
				out = append(out, m.e)
			}
		}
	}
	return out
}
