package claims

import "github.com/tanaqud/tanaqud/schemas"

// A body's statement given as the article itself, whole or in part ("نص بيان المجلس الرئاسي",
// "Full text: Qatar's statement on ...", "بيان القيادة العامة لقوات سوريا الديمقراطية"), or
// published by the body on its own site (source "UNSMIL", "UN OCHA"), speaks in the body's voice
// from its first sentence to its last: "ثانياً، انسحاب قوات الطرفين ...", "Under the arrangement,
// aid convoys are to enter ..." are the body's, not an outlet's narration. Every development set
// with such an article writes its sentences without attributions as the body's (13 articles in
// 11 sets); a news item about a statement ("ELN statement clashes with government ...") or a
// document's text ("نص وثيقة العطوة") is the outlet's.

// statementOwner is the body whose statement the article is, else nil: the speaker the first
// sentence attributes (the release's "UNSMIL welcomes", "يعلن المجلس الرئاسي"), else the body a
// header opening the first sentence names ("بيان صادر عن القيادة العامة لقوات سوريا
// الديمقراطية:"); only when the title presents the article as a statement's text or the source
// names that speaker (a header's body only with such a title).
func (ac *articleContext) statementOwner() *schemas.Entity {
	if len(ac.infos) == 0 {
		return nil
	}
	var owner *schemas.Entity
	for _, sp := range ac.speakers[0] {
		if sp != nil && sp != earlierVoice {
			owner = sp
			break
		}
	}
	header := owner == nil
	if header {
		owner = ac.headerBody(ac.infos[0])
	}
	if owner == nil || owner.Type == "media" || owner.Role == "media" {
		return nil // most articles: the title need not be scanned
	}
	if ac.x.titleIsStatementText(ac.sc, ac.l, ac.a.Title) {
		return owner
	}
	if !header && ac.x.sourceNames(ac.sc, ac.l, ac.a.Source, owner) {
		return owner
	}
	return nil
}

// headerBody: the body a statement header names before its colon ("بيان صادر عن X:",
// "Statement by X:"): the sentence opens with a statement noun and a name follows before the
// first colon. nil otherwise.
func (ac *articleContext) headerBody(si *sentInfo) *schemas.Entity {
	if len(si.toks) == 0 || !ac.statementWordAt(si.toks, si.startsAt(catStatementNoun, 0), si.startsAt(catReportNoun, 0), 0) {
		return nil
	}
	for _, m := range si.ents {
		if m.start > 8 {
			break
		}
		if colonBefore(si.toks, m.start) {
			return nil
		}
		if speakerEligible(m) && m.e.Type != "person" {
			return ac.speakerOf(si, m)
		}
	}
	return nil
}

func colonBefore(toks []token, end int) bool {
	for k := 0; k < end && k < len(toks); k++ {
		if toks[k].punct && toks[k].text == ":" {
			return true
		}
	}
	return false
}

// statementWordAt: a noun naming a statement at token i: a statement noun that is also a
// report noun ("بيان", "a statement"; not "الوثيقة", a document), or the head word of a
// statement noun standing alone ("statement" in "Qatar's statement").
func (ac *articleContext) statementWordAt(toks []token, statementNoun, reportNoun bool, i int) bool {
	if statementNoun && reportNoun {
		return true
	}
	return reportNoun && ac.l.statementHeads[toks[i].text] // "statement" of "a joint statement"
}

// titleIsStatementText: the title presents the article as a statement's text: it opens with a
// statement noun ("بيان المسيرية: ...", "بيان:"), or, where a noun comes before what qualifies it,
// with one word heading a statement noun ("نص بيان X": the text of X's statement), or with a label
// of at most two words holding a text noun, set off by a colon, before a statement noun a few
// words on ("Full text: Qatar's statement on ...", "Text: Foreign Ministry statement ..."). A
// statement named after its owner ("ELN statement clashes with ...") is news about it.
func (x *Extractor) titleIsStatementText(sc *scratch, l *language, title string) bool {
	toks, found, done := x.scanShort(sc, l, title)
	defer done()
	if len(toks) == 0 {
		return false
	}
	starts := func(c category, i int) bool {
		for _, h := range found {
			if h.start == i && h.cat == c {
				return true
			}
		}
		return false
	}
	ac := articleContext{l: l}
	statementAt := func(i int) bool {
		return i < len(toks) && ac.statementWordAt(toks, starts(catStatementNoun, i), starts(catReportNoun, i), i)
	}
	if statementAt(0) || l.lex.Grammar.AdjectiveAfterNoun && statementAt(1) && !toks[0].punct {
		return true
	}
	for _, h := range found {
		if h.cat != catAgreement || h.start > 1 {
			continue
		}
		if statementAt(h.end) && h.start == 0 {
			return true // "نص بيان"
		}
		if h.end < len(toks) && toks[h.end].text == ":" {
			for k := h.end + 1; k <= h.end+4; k++ {
				if statementAt(k) {
					return true
				}
			}
		}
	}
	return false
}

// scanShort tokenizes and scans a short text outside the sentences (a title, a source name) in
// the sentences' scratch; done gives the tokens back.
func (x *Extractor) scanShort(sc *scratch, l *language, text string) ([]token, []hit, func()) {
	first := len(sc.toks)
	done := func() { sc.toks = sc.toks[:first] } // the sentences' tokens end before first
	if text == "" {
		return nil, nil, done
	}
	norm := x.norm.NormalizeIn(&sc.norm, text)
	sc.toks = appendTokens(sc.toks, norm.Match)
	toks := sc.toks[first:]
	local := sc.localWords(l)
	for i := range toks {
		toks[i].w = l.word(local, &toks[i])
	}
	return toks, l.m.appendScan(nil, toks), done
}

// sourceNames: the article's source is made of names only, one of them e's ("UNSMIL", "UN
// OCHA"): the body published the article itself. An outlet named after a people or a place
// ("المسيرية اليوم", "The Doha Ledger") has words besides.
func (x *Extractor) sourceNames(sc *scratch, l *language, source string, e *schemas.Entity) bool {
	toks, found, done := x.scanShort(sc, l, source)
	defer done()
	covered, owner := 0, false
	for covered < len(toks) {
		end := covered // the longest name starting where the last one ended
		for _, h := range found {
			if h.cat == catEntity && h.start == covered && h.end > end {
				end = h.end
			}
		}
		if end == covered {
			return false // a word no name holds
		}
		for _, h := range found {
			if h.cat == catEntity && h.start == covered && h.end == end && l.entities[h.idx] == e {
				owner = true
			}
		}
		covered = end
	}
	return owner && covered == len(toks)
}

// statementTextSpeaks gives every sentence of a statement's text without an attribution of its
// own to the statement's owner.
func (ac *articleContext) statementTextSpeaks() {
	owner := ac.statementOwner()
	if owner == nil {
		return
	}
	for i, si := range ac.infos {
		if len(si.attrs) > 0 {
			continue
		}
		si.attrs = []attribution{{pos: 0, speaker: owner}}
		ac.speakers[i] = []*schemas.Entity{owner}
	}
}
