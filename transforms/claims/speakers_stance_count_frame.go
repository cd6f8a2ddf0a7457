package claims

// A verb of stance whose object is a count of the signatories states its subject's count, as a
// verb of saying does: "The presidency lists five signatory factions: the 3R, the UPC, ...",
// "CODECO counts seven factions". The verbs (listing_verbs among the stance verbs: count, list,
// name; not "saw 40 fighters leave") attribute in this frame only: a name right before the verb as its subject (no copula: not a passive), then
// right after it a number (digits or a number word) and, within two words, a counted noun of
// the signatories (lexicon topics, ceasefire.signatories: factions, groups, fighters). "Kyiv
// counts 40 dead since the truce took effect" counts no signatories and keeps the outlet's
// reading of the rest.

// maxCountedNounGap: words between the number and the counted noun ("five signatory factions").
const maxCountedNounGap = 2

// stanceCountFrame: the stance verb h has a name before it as subject and a count of the
// signatories as its object.
func stanceCountFrame(l *language, si *sentInfo, hits []hit, h hit) bool {
	if h.start == 0 || h.end >= len(si.toks) || h.end-h.start != 1 || !l.fw.listingVerbs[si.tokText(h.start)] || copulaBefore(l, si, h.start) || !nameSubjectBefore(si, hits, h.start) {
		return false
	}
	end := -1
	if si.toks[h.end].number {
		end = h.end + 1
	}
	for _, o := range hits {
		if o.cat == catNumWord && o.start == h.end {
			end = max(end, o.end)
		}
	}
	if end < 0 {
		return false
	}
	for k := end; k < len(si.toks) && k <= end+maxCountedNounGap; k++ {
		if si.toks[k].punct {
			return false
		}
		for _, v := range si.toks[k].variants() {
			if l.fw.countedNounSlots[v] != "" {
				return true
			}
		}
	}
	return false
}
