package claims

// ownStaffNoun: the token at k is a staff noun (lexicon staff_nouns: فرق, فريق, طواقم) carrying a
// pronoun suffix ("أكدت بعثة يولكس أن فرقها تراقب", "وأكدت البعثة أن فرقها ستواصل مراقبة"): the
// body the pronoun stands for watches through its own teams, as "its teams" says in English.
// A bare staff noun ("فرق الإغاثة") or another noun with a suffix ("قواتها") is no such word.
func (ac *articleContext) ownStaffNoun(si *sentInfo, k int) bool {
	t := si.toks[k].text
	if len(ac.l.fw.staffNouns) == 0 || !isArabicWord(t) || !hasAnySuffix(t, ac.l.morph.pronounSuffixes) {
		return false
	}
	for _, v := range si.toks[k].variants() {
		if v != t && ac.l.fw.staffNouns[v] {
			return true
		}
	}
	return false
}
