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
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		for k := len(ac.speakers[j]) - 1; k >= 0; k-- {
			if e := ac.speakers[j][k]; e != nil && e.Type == "person" && ac.personHasNoun(e, noun) {
				return e
			}
		}
		ents := ac.infos[j].ents
		for k := len(ents) - 1; k >= 0; k-- {
			if e := ents[k].e; e.Type == "person" && ac.personHasNoun(e, noun) {
				return e
			}
		}
	}
	return nil
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
