package claims

// A call verb right before its infinitive marker, with no called-on party between, calls for
// what follows: «ودعا إلى سحب قوات آسام رايفلز من السفوح» (he called for the Assam Rifles'
// withdrawal) is a demand as "called for the withdrawal" is (lexicon modality "call for"), not
// an account of the terms. calledTo asks for the called-on party only where one is named ("دعت
// الحكومة قطر إلى ضمان تنفيذ الاتفاق"); with none, the marker stands right after the verb.

// calledFor: the call verb h is followed at once by an infinitive marker that opens the content
// at pos, a few words in (the marker, then the content's head and its complement: «إلى سحب»,
// «إلى الإفراج عن الأسرى»), with no punctuation or relative pronoun between.
func (ac *articleContext) calledFor(si *sentInfo, h hit, pos int) bool {
	if h.end >= pos || pos-h.end > calledForSpan || !ac.l.fw.infinitiveMarkers[si.tokText(h.end)] || punctIn(si, h.end, pos) {
		return false
	}
	for k := h.end + 1; k < pos; k++ {
		if si.startsAt(catRelPron, k) {
			return false
		}
	}
	return true
}

// calledForSpan bounds the words from the call verb's marker to the content's cue.
const calledForSpan = 4
