package claims

import (
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
)

// speakerBodyAlongside: the members were read after "alongside" ("إلى جانب", "together with"),
// and the subject of the clause before is no name but the speaker's own body described: a
// definite noun that is a word of that body's name ("إن الجمعية شاركت إلى جانب أمير مارو في
// الوساطة", said by the chairman of a cattle breeders' association; "إن المنظمة شاركت في رعاية
// محادثات كوالالمبور إلى جانب ماليزيا", said by an OIC official), or the speaker's own country
// (lexicon own_country_words: "أن بلادها «شاركت في الوساطة إلى جانب جماعة سانت إيجيديو»", said
// by Italy's deputy foreign minister), also with the alongside phrase set off by commas before
// the cue («أن الحركة، إلى جانب مخابرات الجيش، تضمن تنفيذ هذه البنود», said by a Hamas official:
// an armed group that the article names no side brokers, brokerGroup). That body takes part too, as a name in that place would
// (the alongside branch of setCues reads only names). Without a speaker, or with a name
// before, nothing is added.
func (ac *articleContext) speakerBodyAlongside(si *sentInfo, h hit, ms []mention, members []string) []string {
	if len(ms) == 0 {
		return members
	}
	a, ok := 0, false
	for _, m := range ms {
		if a, ok = ac.alongsideOpening(si, m.start); ok {
			break
		}
	}
	if !ok {
		return members
	}
	body := ac.bodyOf(ac.speakerAt(si.s.Index, h.start))
	if body == nil || !setMember(mention{e: body}) && !ac.brokerGroup(mention{e: body}) {
		return members
	}
	for k := min(a, h.start) - 1; k >= 0 && k >= min(a, h.start)-5; k-- {
		if isQuote(si.toks[k].text) {
			continue // "أن بلادها «شاركت": the quotation opens after the subject
		}
		if k == a-1 && a < h.start && isComma(si.tokText(k)) {
			continue // "أن الحركة، إلى جانب مخابرات الجيش، تضمن": the alongside phrase set off as an appositive
		}
		if si.toks[k].punct || si.boundary[k+1] && k+1 < min(a, h.start) {
			return members
		}
		if si.startsAt(catNegation, k) && !si.trap[k] {
			return members // "إن المنظمة لم تشارك إلى جانب ماليزيا": the body took no part
		}
		// Walking back, a name is met at its last word ("الولايات المتحدة"): read it whole,
		// not that word as a definite noun.
		if m, named := si.mentionEndingAt(k + 1); named {
			if m.e.ID == body.ID {
				// "إن المنظمة شاركت": the speaker's own body by its generic name, which the
				// member test leaves out as who speaks.
				return appendSorted(members, ac.memberID(mention{e: body}))
			}
			return members
		}
		t := si.tokText(k)
		if ac.l.fw.ownCountryWords[t] {
			if st := ac.speakerState(si, h.start); st != "" {
				return appendSorted(members, st)
			}
			return members
		}
		if w, definite := ac.definiteNounWord(si, k); definite {
			if ac.nameWord(body, w) {
				return appendSorted(members, ac.memberID(mention{e: body}))
			}
			return members // the subject is another body ("إن الجمعية" said by a minister)
		}
		if si.tokIn(k, classComplementizer, ac.l.fw.complementizers) || si.startsAt(catAttrVerb, k) {
			return members // the clause opens here: its subject was none of these
		}
	}
	return members
}

// alongsideOpening: where an alongside phrase (not a bare conjunction or "with") that ends
// right before pos, or before an article there, starts; false if none.
func (ac *articleContext) alongsideOpening(si *sentInfo, pos int) (int, bool) {
	for _, h := range si.hitsOf(catAlongside) {
		t := si.tokText(h.start)
		if ac.l.fw.conjunctions[t] || ac.l.fw.comitatives[t] {
			continue
		}
		if h.end == pos || h.end == pos-1 && ac.l.fw.definiteArticles[si.tokText(pos-1)] {
			return h.start, true
		}
	}
	return 0, false
}

// definiteNounWord: the token at k is a definite noun: an article-prefixed word ("الجمعية") or
// a word right after a definite article ("the association"); its bare form. (Not definiteNoun,
// which tells whether a hit's noun phrase is definite.)
func (ac *articleContext) definiteNounWord(si *sentInfo, k int) (string, bool) {
	t := si.tokText(k)
	if k > 0 && ac.l.fw.definiteArticles[si.tokText(k-1)] {
		return t, true
	}
	for _, art := range ac.l.fw.articles {
		if bare, ok := strings.CutPrefix(t, art); ok && runeLen(bare) > 2 {
			return bare, true
		}
	}
	return "", false
}

// nameWord: w is a word of one of the entity's labels or aliases, in any language, compared
// folded and also without an article or a one-letter proclitic ("لمنظمة"). Folded per call:
// it is asked only where a role's members follow an alongside phrase, once, of the speaker's body.
func (ac *articleContext) nameWord(e *schemas.Entity, w string) bool {
	for _, l := range e.Label {
		if ac.nameHoldsWord(l, w) {
			return true
		}
	}
	for _, as := range e.Aliases {
		for _, n := range as {
			if ac.nameHoldsWord(n, w) {
				return true
			}
		}
	}
	return false
}

// nameHoldsWord: the name n, folded, has the word w (see nameWord).
func (ac *articleContext) nameHoldsWord(n, w string) bool {
	for _, f := range strings.Fields(foldCue(n)) {
		if f == w || runeLen(f) == runeLen(w)+1 && strings.HasSuffix(f, w) {
			return true
		}
		for _, art := range ac.l.fw.articles {
			if strings.TrimPrefix(f, art) == w {
				return true
			}
		}
	}
	return false
}
