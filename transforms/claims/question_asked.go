package claims

import (
	"strings"
	"unicode"

	"github.com/tanaqud/tanaqud/schemas"
)

// markQuestionClauses marks the clause of a question put to a speaker as asserting nothing, as
// a condition is: "Asked about claims that seven armed groups signed in Geneva, she said only
// two did so", "Asked whether Kenya, which had offered to host a follow-up meeting in Nairobi,
// would be involved, Achan said the offer had been declined", "Hamas official X, asked by Saida
// Dispatch whether the deal includes a swap of detainees, said: ...", «وأضاف شاكيد، رداً على
// سؤال حول مدة الهدنة، أنها ...». What the question is about is not the answerer's claim (the
// answer may deny it); only the answer is read, and who answers speaks it (the verb of saying
// after the clause). The clause runs from the cue (lexicon question_cues) to the comma that
// ends it, past a relative clause, a participle phrase ("the crossings, closed since May 9,")
// or the question's own predicate ("..., would be involved,") set off by commas. A one-word
// cue ("asked", «سُئل») opens a question only at the start of its clause (first, after a comma,
// or after a time clause opener: "When asked") and with a question's complement in the clause
// (about, whether, عن): not "asked the faithful to pray", "who asked not to be named", "the
// text asked both sides to step back", "Cambodia, which asked for talks". An open question
// (who, what, how) is left alone: its cue frames what the answer names ("Asked who would
// guarantee the deal, she named Sudan and South Sudan"). A statement the question reports
// with its owner named is that owner's account (questionStatementOwner).
func markQuestionClauses(si *sentInfo, fw *functionWords) {
	if len(fw.questionCues) == 0 {
		return
	}
	for i := range si.toks {
		h, ok := fw.questionCueAt(si, i)
		if !ok {
			continue
		}
		end, ok := questionClause(si, fw, h)
		if !ok {
			continue
		}
		// "X, asked whether the deal includes a swap of detainees, said: \"Yes - ...\"": the
		// answer restates the question, which the answerer then asserts (its "whether" no
		// condition either).
		affirmed := affirmedAfter(si, fw, end)
		for k := h.start; k < end; k++ {
			si.cond[k] = !affirmed
		}
	}
}

// affirmedAfter: the answer after the question clause ending at end opens, past its verb of
// saying and any colon or quotation mark, on an affirmative word ("said: \"Yes", «فأجاب: نعم»).
func affirmedAfter(si *sentInfo, fw *functionWords, end int) bool {
	if len(fw.affirmativeAnswers) == 0 {
		return false
	}
	for k := end + 1; k < len(si.toks) && k <= end+12; k++ {
		if t := &si.toks[k]; t.punct && clauseBreakPunct(t.text) && t.text != ":" {
			return false
		}
		v, ok := si.hitAt(catAttrVerb, k)
		if !ok {
			continue
		}
		j := v.end
		for j < len(si.toks) && si.toks[j].punct && (si.toks[j].text == ":" || isQuote(si.toks[j].text)) {
			j++
		}
		return j < len(si.toks) && fw.affirmativeAnswers[si.tokText(j)]
	}
	return false
}

// questionCueAt: a question cue starts at token i (its first word maybe behind a conjunction
// glued to it: «وسُئل»), as a hit [start, end).
func (fw *functionWords) questionCueAt(si *sentInfo, i int) (hit, bool) {
	if uint(i) < uint(len(si.toks)) && si.toks[i].w != nil && si.toks[i].w.classes&classQuestionCueFirst == 0 {
		return hit{}, false // no cue starts with the word, nor with it past its conjunction
	}
	t := si.tokText(i)
	first := t
	if !fw.questionCueFirst[first] {
		first = fw.withoutConjunction(t)
		if first == t || !fw.questionCueFirst[first] {
			return hit{}, false
		}
	}
	best := 0
	for _, p := range fw.questionCues {
		if p[0] != first || i+len(p) > len(si.toks) || len(p) <= best {
			continue
		}
		if len(p) == 1 || tokensAt(si, i+1, p[1:]) {
			best = len(p)
		}
	}
	if best == 0 {
		return hit{}, false
	}
	return hit{start: i, end: i + best}, true
}

// questionClause: the end (exclusive: the closing comma) of the closed question clause the cue
// h opens, and whether it opens one (an open one: questionSpan).
func questionClause(si *sentInfo, fw *functionWords, h hit) (int, bool) {
	end, open, ok := questionSpan(si, fw, h)
	return end, ok && !open
}

// questionSpan: the end of the question clause the cue h opens, whether the question is open
// (who, what), and whether h opens one.
func questionSpan(si *sentInfo, fw *functionWords, h hit) (end int, open, ok bool) {
	if h.start > 0 {
		prev := si.tokText(h.start - 1)
		if !isComma(prev) && !isDash(prev) && !fw.timeClauseOpeners[prev] {
			return 0, false, false
		}
	}
	end = commaClauseEnd(si, h.end)
	open, ok = questionComplement(si, fw, h.end, end)
	if !ok && h.end-h.start == 1 {
		return 0, false, false
	}
	// Past a comma, the clause goes on through a relative clause, a participle phrase or the
	// question's predicate, each closed by a comma of its own, with no verb of saying in it.
	for end < len(si.toks) && isComma(si.tokText(end)) && end+1 < len(si.toks) {
		next := end + 1
		t := si.tokText(next)
		if !si.startsAt(catRelPron, next) && !pastParticiple(t) && !fw.modalAuxiliaries[t] && fw.auxiliaries[t] == 0 {
			break
		}
		e := commaClauseEnd(si, next)
		if e >= len(si.toks) || !isComma(si.tokText(e)) || attributionIn(si, next, e) {
			break
		}
		end = e
	}
	return end, open, true
}

// skipQuestionClause: when a question clause set off by commas ends right before pos ("Hamas
// official X, asked by reporters whether the deal includes a swap of detainees, said"), the
// position of its opening comma; else pos. The answerer named before it speaks.
func skipQuestionClause(si *sentInfo, fw *functionWords, pos int) int {
	if pos < 2 || len(fw.questionCues) == 0 || !isComma(si.tokText(pos-1)) {
		return pos
	}
	for k := pos - 2; k > 0; k-- {
		t := &si.toks[k]
		if t.punct && clauseBreakPunct(t.text) {
			return pos
		}
		if !t.punct || !isComma(t.text) {
			continue
		}
		h, ok := fw.questionCueAt(si, k+1)
		if !ok {
			continue
		}
		if end, _, ok := questionSpan(si, fw, h); ok && end == pos-1 {
			return k
		}
		return pos
	}
	return pos
}

// commaClauseEnd: the first comma or clause-breaking punctuation at or after from (len(toks) if none).
func commaClauseEnd(si *sentInfo, from int) int {
	for k := from; k < len(si.toks); k++ {
		if t := &si.toks[k]; t.punct && (isComma(t.text) || clauseBreakPunct(t.text)) {
			return k
		}
	}
	return len(si.toks)
}

// questionComplement: what opens the question's content in [from, to): a topic preposition
// (about, عن) or a conditional (whether, if) asks about content the clause states (closed);
// a question word or a relative or free relative pronoun (who, what, how) asks what the answer
// names (open: "Asked who would guarantee the deal, she named Sudan and South Sudan"). ok is
// false when none does.
func questionComplement(si *sentInfo, fw *functionWords, from, to int) (open, ok bool) {
	for k := from; k < to; k++ {
		t := si.tokText(k)
		if fw.topicPrepositions[t] || si.startsAt(catConditional, k) {
			return false, true
		}
		if fw.questionWords[t] || fw.freeRelatives[t] || si.startsAt(catRelPron, k) {
			return true, true
		}
	}
	return false, false
}

// pastParticiple: a lower-case Latin word in -ed ("closed", "signed"): a participle phrase.
func pastParticiple(t string) bool {
	if len(t) < 4 || !strings.HasSuffix(t, "ed") {
		return false
	}
	for _, r := range t {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// attributionIn: a verb of saying starts in [from, to).
func attributionIn(si *sentInfo, from, to int) bool {
	for _, a := range si.hitsOf(catAttrVerb) {
		if a.start >= from && a.start < to {
			return true
		}
	}
	return false
}

// questionStatementOwner: pos lies in a question clause, in the content of a statement its
// owner is named as having made ("Asked about the African Union's statement that four groups
// had signed, he replied: ..."): the question reports that owner's account, which the owner
// speaks. Reported content of no such statement asserts nothing ("Asked about claims that
// seven armed groups signed", "Asked about Houthi claims of a 90-day truce": claims the
// answer may reject). nil when pos is in no such content.
func (ac *articleContext) questionStatementOwner(si *sentInfo, pos int) *schemas.Entity {
	fw := &ac.l.fw
	if len(fw.questionCues) == 0 {
		return nil
	}
	for i := 0; i < pos; i++ {
		h, ok := fw.questionCueAt(si, i)
		if !ok {
			continue
		}
		end, ok := questionClause(si, fw, h)
		if !ok || pos >= end {
			continue
		}
		for k := h.end; k+1 < pos; k++ {
			if !ac.l.statementHeads[si.tokText(k)] || !fw.complementizers[si.tokText(k+1)] {
				continue
			}
			for e := k; e >= k-2 && e > h.end; e-- {
				if m, ok := si.mentionEndingAt(e); ok && !m.demonym && speakerEligible(m) {
					return ac.speakerOf(si, m)
				}
			}
		}
		return nil
	}
	return nil
}
