package claims

// agreedSpan: a term participle (lexicon term_participles: agreed, stipulated, المتفق,
// المنصوص) follows the unit of a span right away (end is the token after the unit): "the
// ninety days agreed in Juba", «بـ"التسعين يوماً المتفق عليها في مسقط"». The span is told as
// the term the parties set, in an article about a truce, though no truce noun or duration
// word stands beside it. A span agreed for another thing ("the 30 days agreed for the
// withdrawal", a goal preposition after the participle, or after its "upon", «عليها») is that
// thing's deadline.
func (ac *articleContext) agreedSpan(si *sentInfo, end int) bool {
	fw := &ac.l.fw
	if end >= len(si.toks) || !si.tokIn(end, classTermParticiple, fw.termParticiples) {
		return false
	}
	for k := end + 1; k < len(si.toks) && k <= end+2; k++ {
		t := si.tokText(k)
		if fw.goalPrepositions[t] {
			return false
		}
		if !fw.objectPrepositions[t] && !fw.topicPrepositions[t] {
			break // "upon", «عليها»: the participle's own preposition; look one further
		}
	}
	return true
}
