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
// names that speaker (a header's body only with such a title). The title is scanned once, and
// only when there is an owner to confirm or the first sentence has no attribution.
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
	// The source is the body's own channel (speakers_source_body.go): the body speaks when
	// the first sentence names no one else.
	if body := ac.sourceBody(); body != nil && (owner == nil || owner == body) {
		return body
	}
	untitled := owner == nil && len(ac.infos[0].attrs) == 0
	if !untitled && !statementOwnerKind(owner) {
		return nil // most articles: no owner, and the title is not scanned
	}
	toks, found, done := ac.x.scanShort(ac.sc, ac.l, ac.a.Title)
	defer done()
	statementTitle := titleIsStatementText(ac.l, toks, found)
	if untitled && statementTitle {
		// "بسم الله الرحمن الرحيم. ...", "In the name of Allah, ...": a statement opening with
		// no attribution of its own is the body its title names.
		owner = ac.titleStatementOwner(toks, found)
		header = false
	}
	if !statementOwnerKind(owner) {
		return nil
	}
	if statementTitle {
		return owner
	}
	if !header && ac.x.sourceNames(ac.sc, ac.l, ac.a.Source, owner) {
		return owner
	}
	return nil
}

// statementOwnerKind: e can own a statement's text: someone, and no outlet.
func statementOwnerKind(e *schemas.Entity) bool {
	return e != nil && e.Type != "media" && e.Role != "media"
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
// toks and found are the title's tokens and hits (scanShort).
func titleIsStatementText(l *language, toks []token, found []hit) bool {
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
	if p := namesThenStatement(toks, found, statementAt); p > 0 && statementTitleEnds(l, toks, p+1) {
		return true // "SPLM-N statement on the signing of ...", "Joint Command Communique No. 4"
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

// namesThenStatement is the position of a statement word that only names come before in a
// title ("SPLM-N statement", "Joint Command Communique"), else -1.
func namesThenStatement(toks []token, found []hit, statementAt func(int) bool) int {
	covered := 0
	for covered < len(toks) {
		if covered > 0 && statementAt(covered) {
			return covered
		}
		end := covered
		for _, h := range found {
			if h.cat == catEntity && h.start == covered && h.end > end {
				end = h.end
			}
		}
		if end == covered {
			return -1
		}
		covered = end
	}
	return -1
}

// statementTitleEnds: after a statement word at p-1 the title ends, numbers the statement
// ("No. 4", "3") or gives its topic ("on the signing", "regarding the ceasefire"): the title
// names the text. A verb there ("ELN statement clashes with ...") makes it news about it.
func statementTitleEnds(l *language, toks []token, p int) bool {
	if p >= len(toks) {
		return true
	}
	if l.fw.topicPrepositions[toks[p].text] {
		return true
	}
	for k := p; k < len(toks) && k <= p+2; k++ {
		if isDigits(toks[k].text) {
			return true // "No. 4": a number within a word and a point
		}
	}
	return false
}

// titleStatementOwner is the body a statement's title names with the statement word: right
// after it ("بيان القيادة العامة للقوات المسلحة بشأن ...", "Statement of Tehreek-e-Taliban
// Pakistan regarding ...") or right before it ("SPLM-N statement on ..."), as the article's
// sentences name it (the title is read outside the theatre: "القيادة العامة" is another war's
// command unless the text names it too); nil when it names no one who can speak there. The
// title (its tokens and hits) is a statement's text (titleIsStatementText).
func (ac *articleContext) titleStatementOwner(toks []token, found []hit) *schemas.Entity {
	for _, h := range found {
		if h.cat != catEntity || h.start > 3 {
			continue
		}
		if colonBefore(toks, h.start) {
			return nil // "بيان: خاتمة ملتزمة بالهدنة": a headline after the label
		}
		e := ac.l.entities[h.idx]
		switch e.Type {
		case "person", "government", "military", "armed_group", "coalition", "organization":
			if ac.namedInText(e) {
				return e
			}
		}
	}
	return nil
}

// namedInText: some sentence of the article names e. Not namedEntities: that list is memoized,
// and this runs while speakers are attributed, before resolveForces rewrites the mentions that
// later callers of namedEntities read.
func (ac *articleContext) namedInText(e *schemas.Entity) bool {
	for _, si := range ac.infos {
		for _, m := range si.ents {
			if m.e == e {
				return true
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
