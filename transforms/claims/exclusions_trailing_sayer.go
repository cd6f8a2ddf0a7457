package claims

// withoutTrailingSayers drops from a coverage cue's object list a name that is the subject of
// a trailing tag of saying: set off by a comma and followed by its verb ("The truce covers
// Kobani, the SDF said", "covers the Zamzam camp, the RSF said", "covers Goma and Masisi, M23
// said"). The group says the truce covers the places; it is not one of them.
func (ac *articleContext) withoutTrailingSayers(si *sentInfo, subs []mention) []mention {
	keep := subs[:0:0]
	for _, m := range subs {
		if !ac.sayerOfTrailingTag(si, m) {
			keep = append(keep, m)
		}
	}
	return keep
}

// sayerOfTrailingTag: a verb of saying starts right after m, and a comma stands right before m,
// past an article ("..., the SDF said").
func (ac *articleContext) sayerOfTrailingTag(si *sentInfo, m mention) bool {
	if !si.startsAt(catAttrVerb, m.end) {
		return false
	}
	k := m.start - 1
	if k >= 0 && ac.l.fw.definiteArticles[si.tokText(k)] {
		k--
	}
	return k >= 0 && isComma(si.tokText(k))
}
