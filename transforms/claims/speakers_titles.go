package claims

import (
	"slices"
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
)

// anaphoricPerson: a definite noun for a person as the subject of a verb of saying ("..., the
// envoy said", "the spokesman added") refers back to the nearest person of the last few
// sentences, quoted or named, whose name or title holds that noun ("IGAD's special envoy for
// South Sudan, Ambassador Samuel Otieno Wafula"); nil when none does.
func (ac *articleContext) anaphoricPerson(i int, noun string) *schemas.Entity {
	noun = foldCue(noun)
	if runeLen(noun) < 3 {
		return nil
	}
	return ac.earlierPerson(i, func(e *schemas.Entity) bool { return ac.personHasNoun(e, noun) })
}

// earlierPerson is the nearest person of the last few sentences before sentence i, quoted or
// named, that fits.
func (ac *articleContext) earlierPerson(i int, fits func(*schemas.Entity) bool) *schemas.Entity {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		for k := len(ac.speakers[j]) - 1; k >= 0; k-- {
			if e := ac.speakers[j][k]; e != nil && e.Type == "person" && fits(e) {
				return e
			}
		}
		ents := ac.infos[j].ents
		for k := len(ents) - 1; k >= 0; k-- {
			if e := ents[k].e; e.Type == "person" && fits(e) {
				return e
			}
		}
	}
	return nil
}

// titleHolderIntroduced: "The U.N. special envoy for Libya, Ingrid Solheim, said ... the envoy
// said": a definite noun that another event's file gives its own person as a context alias
// ("the envoy", "المبعوث") goes back first to the person the article introduced with a name or
// title holding its words, whoever the alias would name by default. nil when no one else fits.
func (ac *articleContext) titleHolderIntroduced(si *sentInfo, m mention) *schemas.Entity {
	if !m.context || m.title || m.demonym || m.e.Type != "person" {
		return nil
	}
	if first := si.tokText(m.start); !ac.l.fw.definiteArticles[first] && !ac.l.fw.hasArticlePrefix(first) {
		return nil // a short name ("Kazemi"), not a description
	}
	var words [4]string
	n := 0
	for k := m.start; k < m.end && n < len(words); k++ {
		if w := foldCue(si.tokText(k)); !ac.l.fw.definiteArticles[w] && runeLen(w) >= 3 {
			words[n] = w
			n++
		}
	}
	if n == 0 {
		return nil
	}
	holds := func(e *schemas.Entity) bool {
		if e == m.e {
			return false
		}
		for _, w := range words[:n] {
			if !ac.personHasNoun(e, w) && !ac.personHasNoun(e, ac.l.fw.withoutArticlePrefix(w)) {
				return false
			}
		}
		return true
	}
	return ac.earlierPerson(si.idx, holds)
}

// personHasNoun: the noun is a word of the person's names or of the title the gazetteer gives.
func (ac *articleContext) personHasNoun(e *schemas.Entity, noun string) bool {
	if slices.Contains(ac.l.nameWords[e], noun) {
		return true
	}
	for _, w := range strings.Fields(foldCue(e.Title[ac.l.code])) {
		if w == noun {
			return true
		}
	}
	return false
}

// withoutArticlePrefix is w without the article a noun prefix carries ("المبعوث" → "مبعوث"),
// when a word of three letters or more is left; else w.
func (fw *functionWords) withoutArticlePrefix(w string) string {
	for _, p := range fw.nounPrefixes {
		if rest, ok := strings.CutPrefix(w, p); ok && runeLen(rest) >= 3 {
			return rest
		}
	}
	return w
}

// namedRightAfterTitle: the mention m of a person is followed at once, with no punctuation, by
// another person's name ("the Secretary-General's personal envoy Moctar Sane", "المبعوث الشخصي
// للأمين العام مختار سانيه"): m is a title, and the name says who holds it here.
func namedRightAfterTitle(si *sentInfo, m mention) (mention, bool) {
	n, ok := si.mentionAt(m.end)
	if !ok || n.e == m.e || n.e.Type != "person" || n.title || n.context {
		return mention{}, false
	}
	return n, true
}

// indefiniteNamedLater: "..., a PA security spokesman said on Sunday." followed by "...,
// Brigadier General Samer al-Khatib told reporters": an indefinite description of a body's
// officer right before the verb of saying at verb is the person the next sentences name whose
// title holds the description's noun and who belongs to that body (the wire lead names him a
// paragraph on). nil when no one or several fit.
func (ac *articleContext) indefiniteNamedLater(si *sentInfo, verb int, body *schemas.Entity) *schemas.Entity {
	if body == nil || body.Type == "person" || verb < 2 || si.toks[verb-1].punct {
		return nil
	}
	if _, named := si.mentionAt(verb - 1); named {
		return nil
	}
	indefinite := false
	for k := verb - 2; k >= 0 && k >= verb-6 && !si.toks[k].punct; k-- {
		if ac.l.fw.indefiniteArticles[si.tokText(k)] {
			indefinite = true
			break
		}
	}
	if !indefinite {
		return nil
	}
	noun := foldCue(si.tokText(verb - 1))
	var found *schemas.Entity
	for j := si.idx + 1; j < len(ac.infos) && j <= si.idx+3; j++ {
		for _, m := range ac.infos[j].ents {
			e := m.e
			if e.Type != "person" || e == found || m.title || !ac.personHasNoun(e, noun) || !ac.belongsTo(e, body) {
				continue
			}
			if found != nil {
				return nil
			}
			found = e
		}
	}
	return found
}

// unknownNameBefore: the word right before the verb of saying at pos is capitalized inside the
// sentence (not its first word) and names nothing the gazetteer knows: an unknown person or
// body is the verb's subject ("The truce, Sissoko said, ...").
func unknownNameBefore(si *sentInfo, pos int) bool {
	k := pos - 1
	if k < 1 || si.toks[k].punct || si.toks[k].number {
		return false
	}
	if _, ok := si.mentionAt(k); ok {
		return false
	}
	o := si.originalSpan(k, k+1)
	return o != "" && o[0] >= 'A' && o[0] <= 'Z'
}

// belongsTo: person e speaks for body, or belongs to it or to a body under it.
func (ac *articleContext) belongsTo(e, body *schemas.Entity) bool {
	if e.SpeaksFor == body.ID || e.Affiliation == body.ID {
		return true
	}
	a := ac.x.data.Gazetteer.Entity(e.Affiliation)
	return a != nil && a.Type != "person" && a.Affiliation == body.ID
}

// textReader: the attribution phrase h has the agreement's text for source and a passive agent
// reads it out ("according to the text read out by X"): X, or the person set beside X in
// apposition ("by IGAD's special envoy for South Sudan, Ambassador Samuel Otieno Wafula").
func (ac *articleContext) textReader(si *sentInfo, h hit) *schemas.Entity {
	if !ac.agreementTextAt(si, h) {
		return nil
	}
	for p := h.end + 1; p <= h.end+5 && p < len(si.toks); p++ {
		m, ok := ac.passiveAgent(si, p)
		if !ok && ac.l.fw.definiteArticles[si.tokText(p+1)] && ac.isPassiveAgentWord(si.tokText(p)) {
			m, ok = ac.mentionWithin(si, p+2, 0, true) // "by the UN's envoy"
		}
		if !ok {
			continue
		}
		for _, o := range si.ents[si.firstMentionFrom(m.end):] {
			if o.start > m.end+8 || si.boundaryIn(m.end, o.start) {
				break
			}
			if o.e.Type == "person" && o.e != m.e && isComma(si.tokText(o.start-1)) {
				return ac.speakerOf(si, o) // the name in apposition to the title
			}
		}
		return ac.speakerOf(si, m)
	}
	return nil
}

// isPassiveAgentWord: w is a one-word passive agent marker ("by").
func (ac *articleContext) isPassiveAgentWord(w string) bool {
	for _, p := range ac.l.fw.passiveAgents {
		if len(p) == 1 && p[0] == w {
			return true
		}
	}
	return false
}

// clauseWordOpensSubject: a clause word ("though", "while", "but") after pos opens the clause of
// the verb of saying at at, with only the verb's subject between them (", though the armed
// opposition reported shelling"): the verb reports what follows it, not the clause before.
// ("X signed ..., while Y signed ..., two officials said": the clause word opens content.)
func clauseWordOpensSubject(si *sentInfo, pos, at int) bool {
	b := -1
	for k := at - 1; k > pos && k >= at-7; k-- {
		if si.boundary[k] {
			b = k
			break
		}
	}
	if b < 0 || si.toks[b].punct {
		return false
	}
	for _, m := range si.ents[si.firstMentionFrom(b+1):] {
		if m.start >= at {
			break
		}
		if m.start > b+2 {
			break // the clause word opens content, not the subject ("while Iran will ..., officials said")
		}
		if m.end == at && speakerEligible(m) {
			return true
		}
	}
	return false
}
