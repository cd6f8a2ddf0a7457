package claims

import (
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
)

// possessedNounAt: the word at pos, as written, is a noun carrying a possessive pronoun
// ("مطالبته", his demand; "تمسّكه", his holding on): no name, no article, a pronoun suffix after
// a stem of three letters at least. Right after a verb-first verb of saying it is the verb's
// object, whose pronoun stands for the omitted subject.
func (ac *articleContext) possessedNounAt(si *sentInfo, pos int) bool {
	if pos >= len(si.toks) || si.toks[pos].punct || ac.l.lex.Grammar.SubjectBeforeVerb {
		return false
	}
	if _, named := si.mentionAt(pos); named || ac.l.fw.hasArticlePrefix(si.tokText(pos)) {
		return false
	}
	w := si.originalSpan(pos, pos+1)
	for _, x := range ac.l.fw.pronounSuffixes {
		if strings.HasSuffix(w, x) && runeLen(w)-runeLen(x) >= 4 {
			return true
		}
	}
	return false
}

// possessedObjectOf: the one-word cue h is such a possessed noun right after an attribution of
// the sentence, with only that verb's subject (and its apposition) between: "جدد اللواء X، قائد
// قوات خاتمة، تمسّكه": the object of the verb before, not a verb of its own. Only when that verb
// has its subject named or omitted ("فيما جدد مطالبته"): else the cue is left as it was.
func (ac *articleContext) possessedObjectOf(si *sentInfo, h hit, out []attribution) bool {
	if len(out) == 0 || h.end-h.start != 1 || !ac.possessedNounAt(si, h.start) {
		return false
	}
	if last := out[len(out)-1]; last.speaker == nil && h.start != last.pos+1 {
		return false // "جدّد رئيس الوفد المفاوض مطالبته": a subject named by no name
	}
	prev := out[len(out)-1].pos
	if h.start-prev > 12 {
		return false
	}
	for k := prev + 1; k < h.start; k++ {
		t := si.toks[k]
		if si.tokIn(k, classComplementizer, ac.l.fw.complementizers) || t.punct && (isQuote(t.text) || t.text == ":") {
			return false
		}
	}
	return true
}

// bodyQualifiedAfter: a source placed in a mediation that a state's adjective qualifies a word
// or two on ("مصدر في فريق الوساطة الكيني": in the Kenyan mediation team) speaks for that state,
// as the mediators it is one of do. Not any body a demonym qualifies ("مصدر في الهلال الأحمر
// التركي" is no Turkish state source). Only plain words between; the first name decides.
func (ac *articleContext) bodyQualifiedAfter(si *sentInfo, from int) (*schemas.Entity, bool) {
	for k := from + 1; k <= from+2 && k < len(si.toks); k++ {
		if si.toks[k-1].punct || si.tokIn(k-1, classPreposition, ac.l.fw.prepositions) {
			return nil, false
		}
		if d, ok := si.mentionAt(k); ok {
			if d.demonym && d.e.Type == "country" && ac.mediationWordIn(si, from, k) {
				return d.e, true
			}
			return nil, false
		}
	}
	return nil, false
}

// mediationWordIn: a mediators noun ("الوساطة", "mediation") starts in [from, to).
func (ac *articleContext) mediationWordIn(si *sentInfo, from, to int) bool {
	for _, h := range ac.cuesOf(si, refMediators) {
		if h.start >= from && h.start < to {
			return true
		}
	}
	return false
}

// punctBetween: a punctuation mark other than a quote stands in [from, to): "، وفقاً للبيان،
// بانسحاب القوات الباكستانية": the name after the comma is what is demanded, not the source.
func punctBetween(si *sentInfo, from, to int) bool {
	for k := from; k < to && k < len(si.toks); k++ {
		if t := si.toks[k]; t.punct && !isQuote(t.text) {
			return true
		}
	}
	return false
}

// definiteBodyAt: the word at pos is a definite noun, no name ("البعثة", "the mission"), that the
// name of a body named in the last few sentences holds: that body (see anaphoricBody).
func (ac *articleContext) definiteBodyAt(si *sentInfo, pos int) *schemas.Entity {
	if pos >= len(si.toks) || si.toks[pos].punct {
		return nil
	}
	if _, named := si.mentionAt(pos); named || si.startsAt(catStatementNoun, pos) || si.startsAt(catAgreement, pos) || si.startsAt(catReportNoun, pos) {
		return nil // "وفقاً للبيان": the statement, not a body
	}
	t := si.tokText(pos)
	if ac.l.fw.definiteArticles[t] && pos+1 < len(si.toks) {
		t = si.tokText(pos + 1) // "according to the mission"
		if _, named := si.mentionAt(pos + 1); named || si.toks[pos+1].punct {
			return nil
		}
	} else if !ac.l.fw.hasArticlePrefix(t) {
		return nil
	} else {
		for _, p := range ac.l.fw.nounPrefixes {
			if n, ok := strings.CutPrefix(t, p); ok {
				t = n
				break
			}
		}
	}
	body := ac.anaphoricBody(si.idx, t)
	for _, m := range si.ents[si.firstMentionFrom(pos):] {
		if m.e == body {
			return nil // named only in what follows: not who was named before
		}
	}
	return body
}
