package claims

// A finite verb of signing this truce (lexicon cue flag "signing": "signed", "initialled", "put
// their signatures on", "وقّع", "أُبرم") says that it was signed, whoever the sentence names as
// signers and whether or not their list is exhaustive (shared gold convention, settled in stop
// 18): "Only two parties signed the Doha agreement", "وقّعه طرفان فقط", "لم يوقّعه سوى الجيش
// والبيشمركة" are the speaker's agreed. A noun of signing ("its signatories are", "تحمل تواقيع")
// is no such verb, and the usual exceptions stand (negation, hedge, an earlier truce, a demand).

// signingCue: the status cue at h is a finite verb of signing or concluding the text.
func (ac *articleContext) signingCue(h hit) bool {
	return ac.l.topicCue[h.idx].Signing
}

// exceptiveSignature: a negated signing verb followed in its clause, within four tokens past
// its object, by an exception word ("الاتفاق لم يوقّعه سوى الجيش والبيشمركة", "لم يوقّع على
// الاتفاق إلا فصيلان"): "none signed it but X" is "only X signed it", an agreement asserted.
func (ac *articleContext) exceptiveSignature(si *sentInfo, h hit) bool {
	if !ac.signingCue(h) || ac.l.topicCue[h.idx].Value != "not_agreed" {
		return false
	}
	for _, x := range hitsStartingIn(si.hitsOf(catExceptOnly), h.end, h.end+4) {
		if !si.boundaryIn(h.end, x.start) && !si.trap[x.start] && ac.truceObjectOnly(si, h.end, x.start) {
			return true
		}
	}
	return false
}

// truceObjectOnly: what stands in [from, to) after a signing verb is nothing (its object a
// suffix: "لم يوقّعه سوى"), or an object preposition, articles and the truce or agreement noun
// ("لم يوقّع على الاتفاق إلا"): "ولم يوقع على العريضة سوى عشرة نواب" signed a petition.
func (ac *articleContext) truceObjectOnly(si *sentInfo, from, to int) bool {
	fw := &ac.l.fw
	for k := from; k < to; k++ {
		t := si.tokText(k)
		if fw.objectPrepositions[t] || fw.definiteArticles[t] || fw.indefiniteArticles[t] {
			continue
		}
		n, ok := si.hitAt(catCeasefire, k)
		if !ok {
			n, ok = si.hitAt(catAgreement, k)
		}
		if !ok || n.start != k {
			return false
		}
		k = n.end - 1
	}
	return true
}

// objectlessSignature: an affirmative signing verb that closes its clause, with its signers
// before it, in an article about a truce ("The Gojjam, Gondar, Wollo and Shewa commands of Fano
// have all signed,", "Only two groups, those operating in the Wollo and Gondar areas, have
// signed.", "the African Union's statement that four groups had signed"): what they signed is
// the truce the article is about, so the sentence needs no truce noun of its own. The subject
// is a name or a counted phrase right before the verb, or the verb follows a perfect auxiliary
// ("have signed"); not negated, denied, asked, made a condition or hedged, and the sentence
// before names no draft, proposal or earlier year's text. Only where the subject comes before
// the verb: an Arabic verb of signing takes its object (a suffix, "على الاتفاق"), and a bare
// وقع closing a clause is "occurred".
func (ac *articleContext) objectlessSignature(si *sentInfo, h hit) bool {
	if !ac.ceasefire || !ac.l.lex.Grammar.SubjectBeforeVerb || !ac.signingCue(h) || ac.l.topicCue[h.idx].Value != "agreed" {
		return false
	}
	if h.end < len(si.toks) && !si.toks[h.end].punct && !ac.anotherVerbAfterSigning(si, h.end) {
		return false
	}
	if h.end < len(si.toks) && si.toks[h.end].punct && !isComma(si.tokText(h.end)) && !si.boundary[h.end] && !isQuote(si.toks[h.end].text) {
		return false // "signed-" or a colon: the object may follow
	}
	if negatedAt(si, h.start) || deniedAt(si, h.start) || questionSentence(si) || si.has[catConditional] {
		return false
	}
	if m, _ := ac.modalityCue(si, h.start); m != "asserted" {
		return false
	}
	if !ac.perfectAuxiliaryBefore(si, h.start) && !ac.namedSubjectBefore(si, h.start) {
		return false
	}
	// "More than 300 doctors have signed,", "The four banks have all signed,": with no name
	// in its clause before the verb and no signer noun as its subject ("three fronts", "four
	// groups"), who signed is not of the truce (a petition, a loan).
	if !ac.mentionIn(si, clauseStart(si, h.start), h.start) && !ac.signerNounBefore(si, h.start) {
		return false
	}
	return si.s.Index == 0 || !ac.otherTextNamed(ac.infos[si.s.Index-1])
}

// anotherVerbAfterSigning: the signing verb ending at p closes its clause before a coordinated
// predicate or that-clause: "and" right after it, then another that-clause or no object of the
// signing (no article, determiner, number, pronoun or name: intransitiveAfter) — "seven groups
// had signed and called the holdouts a handful of criminals" (bamenda bm_006), "She said seven
// groups had signed and that the observation mechanism had logged 17 violations" (bm_034); not
// "signed and the army".
func (ac *articleContext) anotherVerbAfterSigning(si *sentInfo, p int) bool {
	t := si.tokText(p)
	if t == "-" || !ac.l.fw.conjunctions[t] || p+1 >= len(si.toks) || si.toks[p+1].punct {
		return false
	}
	return si.tokIn(p+1, classComplementizer, ac.l.fw.complementizers) || ac.intransitiveAfter(si, p+1)
}

// perfectAuxiliaryBefore: a perfect auxiliary ("have", "had") stands before pos, past "all" or
// "both" ("have all signed"), with nothing negating it.
func (ac *articleContext) perfectAuxiliaryBefore(si *sentInfo, pos int) bool {
	fw := &ac.l.fw
	for k := pos - 1; k >= 0 && k >= pos-3 && !si.boundary[k]; k-- {
		w := si.tokText(k)
		if fw.perfectAuxiliaries[w] {
			return true
		}
		if fw.auxiliaries[w] != plainAux && !fw.bothWords[w] {
			return false
		}
	}
	return false
}

// signingNotOfTheTruce: an agreeing verb that states no signature of this truce: one foreseen or
// demanded by a modal auxiliary right before it ("Hamas will sign the deal on Thursday", "must
// sign", "ستوقّع"), one in a sentence whose only agreement is of another kind ("signed a
// separate deal on prisoners", "وقّع الطرفان على اتفاق منفصل لتبادل الأسرى"), or a signing verb
// whose subject is fighting: Arabic وقع is also "occurred" ("اشتباكات محدودة فقط وقعت قرب
// الحديدة", "وقعت اشتباكات").
func (ac *articleContext) signingNotOfTheTruce(si *sentInfo, h hit) bool {
	return ac.foreseenAt(si, h.start) || ac.otherDealOnly(si) || ac.signingCue(h) && ac.fightingSubject(si, h)
}

// fightingSubject: a fighting word stands right after the verb at h, or within three words
// before it with no punctuation between: the verb's subject.
func (ac *articleContext) fightingSubject(si *sentInfo, h hit) bool {
	if h.end < len(si.toks) && ac.fightingWordAt(si, h.end) {
		return true
	}
	for k := h.start - 1; k >= 0 && k >= h.start-3 && !si.boundary[k] && !si.toks[k].punct; k-- {
		if ac.fightingWordAt(si, k) {
			return true
		}
	}
	return false
}

// mentionIn: a name (an entity of the gazetteer) starts in [from, to).
func (ac *articleContext) mentionIn(si *sentInfo, from, to int) bool {
	for _, m := range si.ents[si.firstMentionFrom(from):] {
		if m.start >= to {
			return false
		}
		return true
	}
	return false
}

// signerNounBefore: a signer noun (lexicon signer_nouns: "fronts", "groups") ends the subject
// right before pos, past a perfect auxiliary and "all" or "both" ("three fronts have all signed").
func (ac *articleContext) signerNounBefore(si *sentInfo, pos int) bool {
	fw := &ac.l.fw
	for k := pos - 1; k >= 0 && k >= pos-4 && !si.boundary[k] && !si.toks[k].punct; k-- {
		if w := si.tokText(k); fw.signerNouns[w] {
			return true
		} else if !fw.perfectAuxiliaries[w] && !fw.bothWords[w] && fw.auxiliaries[w] != plainAux {
			return false
		}
	}
	return false
}
