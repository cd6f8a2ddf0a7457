package claims

// subjectGroup is nearestGroup for the subjects of an agreeing verb, read past hyphenated
// qualifiers: "Niger's military government and the Tuareg-led FLAA rebels have agreed", "the
// government and the PKK/YPG-led SDF". A glued compound (word, hyphen, word: "Tuareg-led",
// "Iran-backed") before a name qualifies it: its words do not widen the gap between two
// subjects, and a name inside it ("Iran" of "Iran-backed Houthi rebels") is a backer, no
// subject (compoundQualifier). ms is collected backwards, nearest first.
func subjectGroup(si *sentInfo, ms []mention) []mention {
	kept := ms[:0:0]
	for _, m := range ms {
		if !compoundQualifier(si, m) {
			kept = append(kept, m)
		}
	}
	for k := 1; k < len(kept); k++ {
		if kept[k-1].start-kept[k].end-gluedCompoundTokens(si, kept[k].end, kept[k-1].start) > 3 {
			return kept[:k]
		}
	}
	return kept
}

// gluedCompoundTokens counts the tokens in [from, to) that belong to glued hyphenated compounds
// ("Tuareg-led": three tokens, no space around the hyphen).
func gluedCompoundTokens(si *sentInfo, from, to int) int {
	n := 0
	for k := from + 1; k+1 < to; k++ {
		h := &si.toks[k]
		if h.text == "-" && h.start == si.toks[k-1].end && si.toks[k+1].start == h.end && !si.toks[k+1].punct && !si.toks[k-1].punct {
			n += 3
			k += 1
		}
	}
	return n
}
