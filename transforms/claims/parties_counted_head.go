package claims

// countedSidesHead: right after "between", a side noun counted or restricted and closed by a
// colon or a comma announces the list of sides after it ("a truce between two sides only: X and
// Y", «اتفاق بين طرفين اثنين فقط: X وY»). The noun is one of the lexicon's signer_nouns (sides,
// parties, groups; طرفين, جهتين), with a number or an "only" word around it; it returns where the
// names start (k when no head stands there) and whether an "only" word restricted the count. A
// bare noun with no count ("between the parties, Egypt said") announces no list.
func (ac *articleContext) countedSidesHead(si *sentInfo, k int) (int, bool) {
	noun, counted, only := false, false, false
	for p := k; p < len(si.toks) && p <= k+4; p++ {
		t := si.tokText(p)
		switch {
		case si.toks[p].number || si.startsAt(catNumWord, p):
			counted = true
		case ac.l.fw.signerNouns[t]:
			if noun {
				return k, false
			}
			noun = true
		case si.startsAt(catOnly, p):
			only = true
		case noun && (counted || only) && (t == ":" || isComma(t)):
			if !ac.namesOpenAt(si, p+1) {
				return k, false // "between two sides, which Qatar and the US mediated": no list
			}
			return p + 1, only
		default:
			return k, false
		}
	}
	return k, false
}

// namesOpenAt: a name starts at k, maybe past an article: the list a counted head announces
// follows it at once ("two sides only: Israel and Hamas", "طرفين فقط: الجيش والدعم السريع"), not
// past a relative pronoun or a verb ("two sides, which Qatar and the United States mediated").
func (ac *articleContext) namesOpenAt(si *sentInfo, k int) bool {
	if _, ok := si.mentionAt(k); ok {
		return true
	}
	_, ok := si.mentionAt(k + 1)
	return ok && ac.l.fw.definiteArticles[si.tokText(k)]
}
