package claims

// restrictedCoverageDenied: a negation or denial of a coverage predicate restricted by an
// "only" word right before it ("rejected the idea that the movements are merely covered by the
// army's signature", "is not only covered by the truce") bears on the restriction, not on the
// coverage: the speaker says the subject is covered in more than that way, never that it is left
// out. "not only" after the cue ("covers not only X but also Y") is the trap phrase, read apart.
func restrictedCoverageDenied(si *sentInfo, h hit, negated, denied bool) bool {
	if !negated && !denied {
		return false
	}
	for k := h.start - 1; k >= 0 && k >= h.start-2; k-- {
		if si.startsAt(catOnly, k) {
			return true
		}
		if si.toks[k].punct || si.boundary[k] {
			return false
		}
	}
	return false
}
