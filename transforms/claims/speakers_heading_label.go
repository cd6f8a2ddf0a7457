package claims

// An explainer's fact line opens on a label and a colon ("Guarantors: Qatar and the African
// Union, according to Doha; the FNRT names Qatar alone", «الضامنون: قطر والاتحاد الأفريقي،
// بحسب الدوحة»): a claim read at the label (the label is its cue) is the line's, and the
// source named after what the line states speaks it; the colon parts the label from its value,
// not one clause from another. Only a label of at most three words with no punctuation, no
// name and no verb of saying opening the sentence counts (not a dateline "SRINAGAR/JAMMU: ...",
// whose claims lie after the colon anyway, nor "Kabul says: ...").

// headingLabelColon: the index of the colon closing a label that opens the sentence, or -1.
func (ac *articleContext) headingLabelColon(si *sentInfo) int {
	for c := 1; c <= 3 && c < len(si.toks); c++ {
		if !si.toks[c].punct {
			continue
		}
		if si.tokText(c) != ":" {
			return -1
		}
		for k := 0; k < c; k++ {
			if si.toks[k].punct || si.startsAt(catAttrVerb, k) {
				return -1
			}
			if _, named := si.mentionAt(k); named {
				return -1
			}
		}
		return c
	}
	return -1
}
