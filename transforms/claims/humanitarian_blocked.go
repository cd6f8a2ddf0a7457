package claims

// blockedBefore: a blocking word (lexicon blocking_words: "منعت", "blocked", "prevented") stands
// at most four tokens before the humanitarian cue h, in its clause ("ومنعت القوات الإسرائيلية
// إدخال المواد الطبية", "troops blocked the entry of aid"): what is reported is a blockade on the
// ground, no term of the truce. The verb's subject may stand between where it follows the verb.
func (ac *articleContext) blockedBefore(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	for k := h.start - 1; k >= 0 && k >= h.start-4; k-- {
		if si.boundary[k] || si.toks[k].punct {
			return false
		}
		if t := si.tokText(k); fw.blockingWords[t] || fw.blockingWords[fw.withoutConjunction(t)] {
			return !negatedAt(si, k) // "لا تمنع إدخال المساعدات" lets it in
		}
	}
	return false
}
