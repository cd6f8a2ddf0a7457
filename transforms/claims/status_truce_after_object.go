package claims

// truceAfterOfOther: a "truce_after" cue ("since the start of the", "منذ بدء", "welcomed the
// entry into force of") has for its object another thing than this truce. The truce noun
// past it lies beyond a comma ("since the start of the war, three truces have collapsed": the
// cue's object was the war), or a year other than the article's closes the noun ("منذ بدء هدنة
// عام 2019": an earlier truce). A hyphen ("one week into the 90-day truce") or quotes around
// the noun («الهدنة») are no break.
func (ac *articleContext) truceAfterOfOther(si *sentInfo, h hit, window int) bool {
	nouns := hitsStartingIn(si.hitsOf(catCeasefire), h.end, h.end+window)
	if len(nouns) == 0 {
		return false
	}
	c := nouns[0] // the first truce noun after the cue: the one its object would be
	if si.boundaryIn(h.end, c.start) {
		return false // truceNounAfter rules this out already
	}
	return commaIn(si, h.end, c.start) || ac.otherYearAfter(si, c.end, 3)
}

// otherYearAfter: a four-digit year other than the article's within n tokens from pos, in the
// clause (the article undated: any year).
func (ac *articleContext) otherYearAfter(si *sentInfo, pos, n int) bool {
	pub, dated := ac.published()
	for k := pos; k < len(si.toks) && k < pos+n && !si.boundary[k]; k++ {
		if y, ok := fourDigitNumber(&si.toks[k]); ok && y > 1900 && y < 2100 && (!dated || y != pub.Year()) {
			return true
		}
	}
	return false
}
