package claims

import "strings"

// relDayByArticle: the one-word relative day hit h is written with an article its lexicon form
// lacks ("الغد" for غد) and no day part or day noun leads it. As the genitive of a noun it names
// a paper, a channel or a party ("صحيفة الغد", "قناة الغد", "تيار الغد"), not tomorrow; the day is
// "صباح الغد", "ظهر يوم الغد" (a day part or day noun first), or the lexicon's own forms.
func (ac *articleContext) relDayByArticle(si *sentInfo, h hit) bool {
	if h.end-h.start != 1 || int(h.idx) >= len(ac.l.relDayForms) {
		return false
	}
	t := si.tokText(h.start)
	if t == ac.l.relDayForms[h.idx] {
		return false
	}
	article := false
	for _, p := range ac.l.fw.nounPrefixes {
		if strings.HasPrefix(t, p) && !strings.HasPrefix(ac.l.relDayForms[h.idx], p) {
			article = true
			break
		}
	}
	if !article || h.start == 0 {
		return article
	}
	prev := si.tokText(h.start - 1)
	_, part := ac.l.fw.dayParts[prev]
	return !part && !ac.l.fw.dayPrepositions[prev] && !ac.l.fw.noon[prev]
}
