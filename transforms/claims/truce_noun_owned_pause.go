package claims

import "strings"

// ownedWorkPause: the truce noun hit h is a lexicon work-pause noun ("suspension of operations",
// Manipur's truce) told as a body's own pause of its work: an aid agency's, a company's, a
// facility's. Manipur's coverage writes the truce bare ("a suspension of operations pact",
// "the suspension of operations in Manipur"); the body's own pause shows its owner:
//   - a possessive right before it: "its suspension of operations", "the WFP's suspension of
//     operations";
//   - a work site (lexicon work_sites) owned or determined within four words after it, in its
//     clause: "a suspension of operations at its hospital in Kunduz", "at the mine";
//   - an operator noun (lexicon operator_nouns: company, charity) heading its clause's subject,
//     within eight words before it with no complementizer between: "The mining company
//     announced a suspension of operations".
func ownedWorkPause(l *language, si *sentInfo, h hit) bool {
	fw := &l.fw
	if len(fw.workPauseNouns) == 0 || !fw.workPauseHeads[si.tokText(h.start)] || !workPauseNounAt(fw, si, h) {
		return false
	}
	if h.start > 0 && fw.possessiveDeterminers[si.tokText(h.start-1)] || fw.possessiveBefore(si, h.start) {
		return true
	}
	determined := false
	for j := h.end; j < len(si.toks) && j < h.end+5; j++ {
		if si.toks[j].punct {
			break
		}
		t := si.tokText(j)
		if determined && fw.workSites[t] {
			return true
		}
		determined = determined || fw.possessiveDeterminers[t] || fw.definiteArticles[t] || fw.indefiniteArticles[t]
	}
	for j := h.start - 1; j >= 0 && j >= h.start-8; j-- {
		t := si.tokText(j)
		if si.toks[j].punct || fw.complementizers[t] {
			break
		}
		if fw.operatorNouns[t] {
			return true
		}
	}
	return false
}

// workPauseNounAt: the words of hit h spell a lexicon work-pause noun.
func workPauseNounAt(fw *functionWords, si *sentInfo, h hit) bool {
	var b strings.Builder
	for j := h.start; j < h.end; j++ {
		if j > h.start {
			b.WriteByte(' ')
		}
		b.WriteString(si.tokText(j))
	}
	return fw.workPauseNouns[b.String()]
}
