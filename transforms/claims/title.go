package claims

// A short item ("Thailand, Cambodia agree ceasefire" over two sentences about "the accord")
// often names the truce only in its headline: the body's agreement nouns and provisions are
// about the ceasefire the title names. titleNamesCeasefire reads the title for a ceasefire noun
// so that the article counts as ceasefire coverage. It runs only for articles whose text names
// no ceasefire, so long articles pay nothing.

// titleNamesCeasefire reports whether the title holds a ceasefire noun of the language.
func (x *Extractor) titleNamesCeasefire(sc *scratch, l *language, title string) bool {
	if title == "" {
		return false
	}
	norm := x.norm.Normalize(title)
	first := len(sc.toks)
	sc.toks = appendTokens(sc.toks, norm.Match)
	toks := sc.toks[first:]
	defer func() { sc.toks = sc.toks[:first] }() // the sentences' tokens end before first
	local := sc.localWords(l)
	for i := range toks {
		toks[i].w = l.word(local, &toks[i])
	}
	sc.found = l.m.appendScan(sc.found[:0], toks)
	for _, h := range sc.found {
		if h.cat == catCeasefire {
			return true
		}
	}
	return false
}
