package claims

import "github.com/tanaqud/tanaqud/schemas"

// qualifiedAnaphor reads a group anaphor that is also a noun of travel or trade (lexicon
// link_nouns: «الحركة», the movement and the traffic) where a nisba adjective follows it, in a
// language whose adjectives follow the noun: the adjective tells which. «الحركة الشعبية» is
// the movement whose name has that word (the SPLM-N named earlier in the article, even where
// another group was named closer); «أمام الحركة المدنية», «الحركة التجارية» is traffic, no
// group's name (lexicon nisba_suffixes). It says whether the rule applies and, if so, the group
// named in the article up to the anaphor whose name holds the adjective, nearest first, else the
// group the theatre gives the noun as a context alias (alias) if its name holds it (nil: none,
// the noun is no group here).
func (ac *articleContext) qualifiedAnaphor(si *sentInfo, h hit, ents []mention, alias *mention) (*schemas.Entity, bool) {
	fw := &ac.l.fw
	if !ac.l.lex.Grammar.AdjectiveAfterNoun || !anyVariantIn(&si.toks[h.start], fw.linkNouns) || h.end >= len(si.toks) {
		return nil, false
	}
	if _, named := si.mentionAt(h.end); named {
		return nil, false
	}
	adj, ok := ac.definiteNounWord(si, h.end)
	if !ok || !hasAnySuffix(adj, fw.nisbaSuffixes) {
		return nil, false
	}
	word := si.tokText(h.end)
	for i := si.idx; i >= 0; i-- {
		named := ac.infos[i].ents
		if i == si.idx {
			named = ents
		}
		for k := len(named) - 1; k >= 0; k-- {
			m := named[k]
			if i == si.idx && m.start >= h.start {
				continue
			}
			if g := ac.groupOf(m); g != nil && ac.l.nameNouns[entityWord{g, word}] {
				return g, true
			}
		}
	}
	if alias != nil && ac.l.nameNouns[entityWord{alias.e, word}] {
		return alias.e, true // the theatre's own movement by that name
	}
	return nil, true
}
