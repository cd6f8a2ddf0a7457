package claims

// dismissedContent: the cue at pos lies in reported content, a content noun or a free relative
// before it in its clause ("reports that a ceasefire had been signed", "ما يُتداول عن توقيع
// اتفاق"), whose predicate after it dismisses it (lexicon dismissals: "were baseless", "are
// premature", "لا أساس له من الصحة", "عارية عن الصحة"): the content is denied as a denial verb
// governing it would deny it. The dismissal stands in the cue's clause, with no verb of saying
// between them ("reports of shelling are false, and the army said the truce held" keeps the
// army's own claim).
func dismissedContent(si *sentInfo, pos int) bool {
	if !si.has[catDismissal] || si.content == nil {
		return false
	}
	dismissed := false
	for _, d := range si.hitsOf(catDismissal) {
		if d.start > pos && d.start-pos <= deniedContentReach && !si.boundaryIn(pos, d.start) &&
			len(hitsStartingIn(si.hitsOf(catAttrVerb), pos+1, d.start-1)) == 0 {
			dismissed = true
			break
		}
	}
	if !dismissed {
		return false
	}
	for k := pos - 1; k >= 0 && k >= pos-deniedContentReach; k-- {
		if si.boundary[k] {
			return false
		}
		if si.content[k] {
			return true
		}
	}
	return false
}
