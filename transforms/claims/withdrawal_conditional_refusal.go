package claims

// conditionalRefusal: a refused withdrawal (a negated or staying cue: "لن تنسحب", "will not
// pull back", "باقية") bounded, later in its clause, by a condition or a time the speaker sets
// ("as long as PKK fighters are in the area", "ما دامت عناصر حزب العمال موجودة", "قبل ذلك", "إلا
// بعد دمجهم في الجيش", "إلا بأمر من القائد العام") states the speaker's condition, not what the
// truce requires (gold: a condition, a trap). The bound must follow the cue within twelve
// tokens of its clause, no punctuation but quote marks between.
func (ac *articleContext) conditionalRefusal(si *sentInfo, h hit) bool {
	bounds := ac.l.fw.conditionBounds
	if len(bounds) == 0 {
		return false
	}
	end := min(clauseEnd(si, h.end), h.end+12, len(si.toks))
	for k := h.end; k < end; k++ {
		if si.toks[k].punct && !si.quoteAt(k) {
			return false // «لا يتضمن أي انسحاب»، وأن ...: the bound is another clause's
		}
		if phraseAt(si, k, bounds) > 0 {
			return true
		}
		// a bound glued to a conjunction: "وما دامت"
		if t := ac.l.fw.withoutConjunction(si.tokText(k)); t != si.tokText(k) {
			for _, b := range bounds {
				if len(b) > 0 && b[0] == t && tokensAt(si, k+1, b[1:]) {
					return true
				}
			}
		}
	}
	return false
}
