package claims

// saidThatBetween: a verb of saying followed by its complementizer stands between a name read
// back from a set cue and the cue ("غير أن والي البحر الأحمر ... أكد أن الوساطة كانت «حصراً»
// للجنة القومية", "the governor said that the mediation was the committee's alone"): the name
// is who says it, the subject of the verb before the clause, not a member of the set the clause
// names. (A pronoun of that clause standing for the speaker makes them one: withSpeakerPronoun.)
//
// The verb stands right after the name (its subject, maybe past an auxiliary): a name farther
// back belongs to an earlier clause ("ستتوليان، إلى جانب الأمانة العامة لرابطة آسيان، ضمان تنفيذ
// الاتفاق، لافتاً إلى أن فريق المراقبين ...").
func (ac *articleContext) saidThatBetween(si *sentInfo, from, to int) bool {
	for k := max(from, 0); k < to && k < len(si.toks) && k <= from+1; k++ {
		for _, v := range si.hitsOfAt(catAttrVerb, k) {
			for j := v.end; j < to && j <= v.end+1; j++ {
				if si.tokIn(j, classComplementizer, ac.l.fw.complementizers) {
					return true
				}
			}
		}
	}
	return false
}
