package claims

// pauseAfter: a duration cue ("for", "لمدة") opens right at pos, after a cessation of fire:
// "ceased firing for an hour on Monday to collect their dead" is a pause in the fighting.
func (ac *articleContext) pauseAfter(si *sentInfo, pos int) bool {
	for _, c := range ac.cuesOf(si, refDuration) {
		if tc := ac.l.topicCue[c.idx]; c.start == pos && tc.Object != "after" && tc.Value != "increment" && tc.Value != "deadline" {
			return true
		}
	}
	return false
}

// possessiveDay: a day without a clock time marked as an owner ("Saturday's exchange of fire",
// "yesterday's shelling"): it dates the noun after it, not the truce's start.
func (ac *articleContext) possessiveDay(si *sentInfo, te timeExpr) bool {
	if te.clock || te.midnight || te.end <= 0 {
		return false
	}
	fw := &ac.l.fw
	return hasAnySuffix(si.tokText(te.end-1), fw.possessives) || fw.possessiveAt(si, te.end)
}

// fightingAfter: a lexicon fighting word follows pos in its clause ("held fire on Monday to
// let ambulances through, then resumed shelling", "توقف إطلاق النار ساعات ثم تجددت
// الاشتباكات"): the fire ceased for a while, the fighting went on. A new reported clause ("had
// ceased firing at midnight, and that Israeli strikes were a breach") is another account.
func (ac *articleContext) fightingAfter(si *sentInfo, pos int) bool {
	for k := pos; k < len(si.toks) && !si.boundary[k]; k++ {
		if si.tokIn(k, classComplementizer, ac.l.fw.complementizers) {
			return false
		}
		if ac.fightingWordAt(si, k) {
			return true
		}
	}
	return false
}
