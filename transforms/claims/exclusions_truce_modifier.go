package claims

// An inclusion cue whose truce noun only qualifies the noun after it has that noun as its
// object, not the truce: "Hamas said it was concerned by the ceasefire violations", "The RSF
// said it is concerned by the truce's fragility" say nothing of what the truce covers (the
// English "concerned by" is also a worry). The truce noun qualifies the next one when it is
// marked possessive or a breach word (lexicon breach_words) follows it.

// truceObjectQualifies: the object right after the cue h (past an article or demonstrative) is
// a truce noun qualifying the noun after it.
func (ac *articleContext) truceObjectQualifies(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	for k := h.end; k < len(si.toks) && k <= h.end+2; k++ {
		if c, ok := si.hitAt(catCeasefire, k); ok && c.start == k {
			return fw.possessiveBefore(si, c.end) || c.end < len(si.toks) && fw.breachWords[si.tokText(c.end)]
		}
		if w := si.tokText(k); !fw.definiteArticles[w] && !fw.demonstratives[w] {
			return false
		}
	}
	return false
}
