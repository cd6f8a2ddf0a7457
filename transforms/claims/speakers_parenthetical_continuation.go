package claims

// A verb of going on (lexicon continuation_verbs: "continued", "went on") that is not itself a
// verb of saying reports speech only as a parenthetical after what is said, with a pronoun or
// "the statement" for subject: "\"The only guarantors of this process are Cuba, Norway and
// Venezuela,\" it continued", "..., the statement went on, and prisoners ...". There it is read
// as "it added" (the one quoted before, or the statement's owner); elsewhere it is narration
// ("Fighting continued in the camp", "He went on to meet the envoy", "the talks continued that
// evening"). The subject must follow a comma or a closing quote, and a punctuation mark must
// follow the verb.

// parentheticalContinuation: the continuation hit h is such a parenthetical verb of saying.
func (ac *articleContext) parentheticalContinuation(si *sentInfo, h hit) bool {
	if !ac.l.lex.Grammar.SubjectBeforeVerb || si.startsAt(catAttrVerb, h.start) || h.start < 2 {
		return false // Arabic lists its continuation verbs among the verbs of saying
	}
	if h.end < len(si.toks) && !si.toks[h.end].punct {
		return false // "went on to meet", "continued its shelling", "continued that evening"
	}
	subj := h.start - 1
	if !ac.l.fw.subjectPronouns[si.tokText(subj)] {
		st, ok := ac.statementBefore(si, h.start)
		if !ok {
			return false
		}
		subj = st
	}
	if subj < 1 {
		return false
	}
	b := si.toks[subj-1]
	return b.punct && (isComma(b.text) || isQuote(b.text))
}

// statementBefore: where the statement noun ending right before pos starts.
func (ac *articleContext) statementBefore(si *sentInfo, pos int) (int, bool) {
	for _, h := range hitsStartingIn(si.hitsOf(catStatementNoun), pos-ac.l.longest, pos-1) {
		if h.end == pos {
			return h.start, true
		}
	}
	return 0, false
}
