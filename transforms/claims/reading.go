package claims

import "github.com/tanaqud/tanaqud/schemas"

// Reading is what the extractor sees of one article before any topic rule: its language, its
// sentences as tokens, and the gazetteer names it resolved in them. Tools that look for what
// the gazetteer lacks (pipelines/gazdraft) read it: a span no entity covers is a name nobody
// has written down yet.
type Reading struct {
	Lang      string // the lexicon the article was read with ("ar", "en")
	Sentences []ReadSentence
}

// ReadSentence is one sentence as the extractor tokenized and matched it.
type ReadSentence struct {
	Index  int
	Text   string // the sentence as written
	Tokens []ReadToken
	// Entities are the gazetteer names the extractor kept (after dropping homographs and
	// unwritten acronyms), as token spans, in token order; context aliases included.
	Entities []ReadSpan
	// Attributions are the verbs and prepositions of saying ("said", «قال», "according to").
	Attributions []ReadSpan
}

// ReadToken is one word or punctuation mark.
type ReadToken struct {
	Text  string // as written in the sentence (with its clitics: «وقال»)
	Match string // the matching form the lexicons are compared with (folded, lower case)
	Punct bool
}

// ReadSpan is the tokens [Start, End) of a sentence; ID is the entity's for an entity span.
type ReadSpan struct {
	Start, End int
	ID         string
}

// Read returns the article's reading: the same splitting, normalization and matching Analyze
// does, without the claims. It is deterministic and safe for concurrent use.
func (x *Extractor) Read(a schemas.Article) Reading {
	sc := x.getScratch()
	defer x.putScratch(sc)
	var ac articleContext
	x.resolveMentions(sc, a, &ac)
	out := Reading{Lang: ac.l.code, Sentences: make([]ReadSentence, len(ac.infos))}
	for i, si := range ac.infos {
		rs := ReadSentence{Index: si.s.Index, Text: si.s.Text, Tokens: make([]ReadToken, len(si.toks))}
		for k := range si.toks {
			rs.Tokens[k] = ReadToken{Text: si.originalSpan(k, k+1), Match: si.toks[k].text, Punct: si.toks[k].punct}
		}
		for _, h := range si.entHits {
			rs.Entities = append(rs.Entities, ReadSpan{Start: h.start, End: h.end, ID: ac.l.entities[h.idx].ID})
		}
		for _, c := range []category{catAttrVerb, catAttrPrep} {
			for _, h := range si.hitsOf(c) {
				rs.Attributions = append(rs.Attributions, ReadSpan{Start: h.start, End: h.end})
			}
		}
		out.Sentences[i] = rs
	}
	return out
}
