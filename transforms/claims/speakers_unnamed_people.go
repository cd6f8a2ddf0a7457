package claims

import (
	"unicode"

	"github.com/tanaqud/tanaqud/schemas"
)

// Unnamed people who speak as a class: "Convoys were moving again on the EN6, drivers said",
// "Aid convoys reached Churachandpur on Saturday, partners said", "Delegates said the two
// sides were expected to reconvene in Nairobi". A bare plural noun (no article, no name the
// gazetteer knows) as the subject of a verb of saying names no body: by the shared convention
// the speaker is `sources`, as "diplomats said" and "officials said" are. Without this the
// verb found no subject and the sentence fell to the outlet or to whoever spoke before.

// maxPeopleModifiers bounds the words read before the plural noun ("local aid workers").
const maxPeopleModifiers = 2

// unnamedPeopleSubject is the `sources` entity when the words right before the verb at pos (its
// last token before end) are such a bare plural subject: they open the sentence or follow a comma,
// every one is a lower-case word in no name (the first word of the sentence may be capitalised),
// and the last is a plural noun (pluralNoun). A number may stand first ("two drivers said"). nil
// otherwise.
func (ac *articleContext) unnamedPeopleSubject(si *sentInfo, pos, end int) *schemas.Entity {
	// The one-token test first: it turns away almost every verb of saying.
	noun := pos - 1
	if at := placeAfterPeople(ac, si, pos); at >= 0 {
		noun = at - 1 // "Mediators in Doha say": the place is no subject
	}
	if noun < 0 || !ac.bareWordAt(si, noun) || !pluralNoun(&ac.l.fw, si.tokText(noun)) {
		return nil
	}
	start := noun
	for n := 0; n < maxPeopleModifiers && start > 0 && ac.bareWordAt(si, start-1); n++ {
		start--
	}
	if start > 0 && si.toks[start-1].number {
		start--
	}
	if start > 0 && !isComma(si.tokText(start-1)) {
		return nil
	}
	for k := start; k <= noun; k++ {
		if k > 0 && !lowerCaseSpan(si.originalSpan(k, k+1)) && !si.toks[k].number {
			return nil // "..., Kenyan Mediators said": a name the gazetteer does not know
		}
	}
	if _, ok := ac.passiveAgent(si, end); ok {
		return nil // "Under the terms described by Brussels": a participle with its agent
	}
	if ac.coalitionNamedBy(si, pos) != nil {
		return nil // "..., mediators said": the article's one mediator (subjectBackward)
	}
	return ac.x.data.Gazetteer.Entity("sources")
}

// bareWordAt: the token at k is a word (no punctuation, no number), in no name, and no
// function word of the grammar (articles, possessive determiners, pronouns): "their armies
// said", "the militants speak of" refer back to bodies named before.
func (ac *articleContext) bareWordAt(si *sentInfo, k int) bool {
	t := si.toks[k]
	if t.punct || t.number || inName(si, k) {
		return false
	}
	w := si.tokText(k)
	fw := &ac.l.fw
	if fw.subjectPronouns[w] || fw.personPronouns[w] || fw.thingPronouns[w] || fw.sameWords[w] || fw.copulas[w] ||
		fw.definiteArticles[w] || fw.indefiniteArticles[w] || fw.possessiveDeterminers[w] {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

// pluralNoun: a plural noun's ending (lexicon plural_endings: "drivers", "partners",
// "delegates"), not one of the endings of other words (non_plural_endings: "witness", "press",
// "various"), nor a short function word ("as", "is", "this").
func pluralNoun(fw *functionWords, w string) bool {
	return len(w) > 4 && hasAnySuffix(w, fw.pluralEndings) && !hasAnySuffix(w, fw.nonPluralEndings)
}

// placeAfterPeople: where a place phrase right before pos starts ("in Doha", "at Goma"): a
// placing preposition and a place the gazetteer knows (a city, a region, a state), which places
// the people before it ("Mediators in Doha say") and names no speaker. -1 when none ends at pos.
func placeAfterPeople(ac *articleContext, si *sentInfo, pos int) int {
	k := si.mentionsEndingBy(pos) - 1
	if k < 0 {
		return -1
	}
	m := si.ents[k]
	if m.end != pos || m.start < 2 || !ac.l.fw.placingPrepositions[si.tokText(m.start-1)] {
		return -1
	}
	switch m.e.Type {
	case "city", "region", "country":
		return m.start - 1
	}
	return -1
}
