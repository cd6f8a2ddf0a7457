package claims

// longerNameAfterArticle: hit h, the k-th, starts with a definite article ("the Aïr", a place)
// and a longer name of another entity starts right after that article and runs past h's end
// ("the Aïr and Azawagh Liberation Front": the Front, not the mountains and a stray "and
// Azawagh Liberation Front"). The article belongs to the longer name, which selectEntities
// then takes; taking the short one leaves the longer name unread, so the sides of "between
// Niger's government and the Aïr and Azawagh Liberation Front" and its speaker were lost.
func longerNameAfterArticle(si *sentInfo, l *language, k int, h hit) bool {
	if h.end-h.start < 2 || !l.fw.definiteArticles[si.tokText(h.start)] {
		return false
	}
	for j := k + 1; j < len(si.entHits) && si.entHits[j].start <= h.start+1; j++ {
		o := si.entHits[j]
		if o.start == h.start+1 && o.end > h.end && l.entities[o.idx] != l.entities[h.idx] && !l.context[o.idx] && !l.demonym[o.idx] {
			return true
		}
	}
	return false
}
