package claims

import (
	"github.com/tanaqud/tanaqud/schemas"
)

// pronounReferent: who "he"/"she" (person) or "it" (!person) stands for in sentence i, given the
// speaker carried over to it (cur; inSentence when an attribution of this sentence set it). The
// nearest speaker of the last few sentences that agrees: for a person, a named person or a body
// an individual of it spoke for ("a WFP official said ... she said"); for "it", a body, not a
// person nor unnamed plural sources ("..., diplomats said. ..., it added": the ministry quoted
// before them). Else the person a sentence of the paragraph opens on ("Maj Gen X was blunter.
// \"...,\" he told a news conference"); else cur, as any pronoun.
func (ac *articleContext) pronounReferent(i int, cur *schemas.Entity, inSentence, person bool) *schemas.Entity {
	if inSentence && cur != nil {
		return cur
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if sj := ac.infos[j]; !person && len(sj.attrs) == 0 && len(sj.ents) > 0 && sj.ents[0].start <= 1 && qualifiesSource(sj.ents[0]) && !sj.ents[0].demonym && ac.possessedAt(sj, sj.ents[0].end) {
			// "The junta's account ... was narrower. ..., it said": the body whose account the
			// sentence before opens on.
			return sj.ents[0].e
		}
		if sj := ac.infos[j]; !person && len(sj.attrs) == 0 && sj.has[catStatementNoun] {
			// "The junta's account ... was narrower. ..., it said": the statement, whose
			// owner speaks when the sentence names one.
			if owner := ac.statementBodyNamed(sj); owner != nil {
				return owner
			}
			if owner := statementOwnerRightBefore(sj); owner != nil {
				return owner
			}
			return cur
		}
		for k := len(ac.speakers[j]) - 1; k >= 0; k-- {
			e := ac.speakers[j][k]
			if e == nil || e.ID == "" {
				continue
			}
			if person && k < len(ac.infos[j].attrs) && ac.singleSourceSubject(ac.infos[j], ac.infos[j].attrs[k].pos) {
				// "..., the official said, adding that Jordan ...": one official, whatever body
				// the speaker was read as, is "he".
				return e
			}
			m, named := mentionOf(ac.infos[j], e)
			if !named {
				break // carried over to that sentence: judge it where it was named
			}
			if ac.pronounAgrees(ac.infos[j], m, person) {
				return e
			}
			// The nearest speaker of that sentence cannot be "he" ("..., he reaffirmed that the
			// truce ..., calling on what he called terrorist groups to lay down arms. He
			// stressed ..."): an earlier one of the same sentence may be, before the sentences
			// further back.
		}
		if person && ac.sameParagraph(j, i) {
			if p := leadPerson(ac.infos[j]); p != nil {
				return p
			}
		}
	}
	return cur
}

// mentionOf: the last mention of sentence si that stands for speaker e (its own or, for a
// source or official qualified by a body, the body's).
func mentionOf(si *sentInfo, e *schemas.Entity) (mention, bool) {
	for k := len(si.ents) - 1; k >= 0; k-- {
		if si.ents[k].e == e {
			return si.ents[k], true
		}
	}
	return mention{}, false
}

// pronounAgrees: the speaker named by mention m of sentence si can be what a person pronoun
// (or "it") refers to: a person, or one individual speaking for a body ("a WFP official", "a
// senior officer in the corps", "a source"); for "it", a body, not a person nor unnamed plural
// sources ("diplomats", "officials").
func (ac *articleContext) pronounAgrees(si *sentInfo, m mention, person bool) bool {
	if !person {
		return m.e.Type != "person" && m.e.Type != "source"
	}
	if m.e.Type == "person" {
		return true
	}
	for k := max(m.start-2, 0); k <= m.start; k++ { // "a WFP official", "a senior Jordanian official"
		if ac.l.fw.indefiniteArticles[si.tokText(k)] {
			return true
		}
	}
	return false
}

// singleSourceSubject: the subject right before the verb of saying at pos is one unnamed source
// ("the official said", "the spokesman added"), not plural ("officials said").
func (ac *articleContext) singleSourceSubject(si *sentInfo, pos int) bool {
	k := si.mentionsEndingBy(pos) - 1
	if k < 0 {
		return false
	}
	m := si.ents[k]
	return m.end == pos && m.e.Type == "source" && !m.demonym && !pluralNoun(&ac.l.fw, si.tokText(m.end-1))
}

// statementOwnerRightBefore: the body whose name ends right before a statement noun of the
// sentence, maybe with a possessive between ("the junta's account", "the ministry statement").
func statementOwnerRightBefore(si *sentInfo) *schemas.Entity {
	for _, h := range si.hitsOf(catStatementNoun) {
		k := si.mentionsEndingBy(h.start) - 1
		if k < 0 {
			continue
		}
		if m := si.ents[k]; m.end >= h.start-1 && qualifiesSource(m) && !m.demonym {
			return m.e
		}
	}
	return nil
}

// possessedAt: the name ending at end carries a possessive ("the junta's", "the junta 's").
func (ac *articleContext) possessedAt(si *sentInfo, end int) bool {
	return end > 0 && (ac.l.fw.possessiveAt(si, end) || hasAnySuffix(si.tokText(end-1), ac.l.fw.possessives))
}

// pluralSayingSubject: the speaker of a verb of saying with a plural suffix ("وقالوا", "وأكدوا"),
// whose subject is a plural pronoun standing for the plural actor named last, before it in its
// sentence or in the sentence before: "نفى الحوثيون ...، مؤكدين التزامهم بالاتفاق مع الحكومة
// اليمنية، وقالوا إنهم ..." is the Houthis', not the government's named last. sp (found by the
// general rules) stays when it is itself a plural name, when the verb is not plural, or when
// it is nil and an attribution of this sentence or the one before carries its speaker over.
func (ac *articleContext) pluralSayingSubject(si *sentInfo, h hit, sp *schemas.Entity, earlier []attribution) *schemas.Entity {
	c := &ac.l.lex.Clitics
	if h.end-h.start != 1 || len(c.PluralVerbSuffixes) == 0 || !hasAnySuffix(si.originalSpan(h.start, h.end), c.PluralVerbSuffixes) {
		return sp
	}
	// A name whose head is singular by its form (ta marbuta: الحكومة, البعثة) cannot be the
	// verb's subject, unless a plural source stands in it ("مسؤولون في الحكومة"); a broken
	// plural (سكان) may be.
	singular := func(e *schemas.Entity) bool {
		m, named := mentionOf(si, e)
		head := si.originalSpan(m.start, m.start+1)
		return named && hasAnySuffix(head, c.TaMarbuta) && !hasAnySuffix(head, c.PluralNounSuffixes) && !ac.brokenPluralAt(si, m.start) && !(m.start > 0 && ac.l.fw.sourceLinks[si.tokText(m.start-1)])
	}
	plural := func(sj *sentInfo, m mention) bool {
		return speakerEligible(m) && m.e.Type != "person" && m.e.Type != "country" &&
			(hasAnySuffix(sj.originalSpan(m.start, m.start+1), c.PluralNounSuffixes) || ac.brokenPluralAt(sj, m.start))
	}
	for k := len(earlier) - 1; k >= 0; k-- {
		// "وقال سكان إن الحوثيين قصفوا حيس، وأضافوا": the verb joined to an earlier verb of
		// saying shares its subject, not a name in what that one said.
		if e := earlier[k].speaker; e != nil && e.ID != "" && !singular(e) {
			return e
		}
	}
	earlierInSentence := len(earlier) > 0
	if sp != nil {
		if !singular(sp) {
			return sp
		}
	} else if earlierInSentence || si.s.Index > 0 && len(ac.infos[si.s.Index-1].attrs) > 0 {
		return sp
	}
	for k := si.mentionsEndingBy(h.start) - 1; k >= 0; k-- {
		if m := si.ents[k]; plural(si, m) {
			return m.e
		}
	}
	if si.s.Index == 0 {
		return sp
	}
	prev := ac.infos[si.s.Index-1]
	for k := len(prev.ents) - 1; k >= 0; k-- {
		if m := prev.ents[k]; plural(prev, m) {
			return m.e
		}
	}
	return sp
}

// brokenPluralAt: token k is a plural formed inside the stem (الفصائل, والأكراد; lexicon
// broken_plurals), which a plural verb or pronoun stands for as it does for الحوثيون.
func (ac *articleContext) brokenPluralAt(si *sentInfo, k int) bool {
	if len(ac.l.fw.brokenPlurals) == 0 || k < 0 || k >= len(si.toks) {
		return false
	}
	for _, v := range si.toks[k].variants() {
		if ac.l.fw.brokenPlurals[v] {
			return true
		}
	}
	return false
}
