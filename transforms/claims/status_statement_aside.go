package claims

import "github.com/tanaqud/tanaqud/schemas"

// statementAsideEnd: the comma at k opens a short aside that only dates or sources the
// statement ("رحبت وزارة الخارجية التركية، في بيان، باتفاق", "welcomed, in a statement on
// Tuesday, the ceasefire", "رحبت الجامعة العربية، الثلاثاء، بالهدنة"): words of a statement or
// its day, closed by a comma within five tokens. It returns the closing comma's index, or -1:
// the verb's object lies past it.
func (ac *articleContext) statementAsideEnd(si *sentInfo, k int) int {
	if !isComma(si.tokText(k)) {
		return -1
	}
	for j := k + 1; j < len(si.toks) && j <= k+6; j++ {
		if isComma(si.tokText(j)) {
			if j == k+1 {
				return -1
			}
			return j
		}
		if si.boundary[j] {
			return -1
		}
		switch {
		case si.startsAt(catReportNoun, j), si.startsAt(catStatementNoun, j), si.startsAt(catWeekday, j), si.startsAt(catRelDay, j):
		case ac.l.fw.dayPrepositions[si.tokText(j)]:
		default:
			return -1
		}
	}
	return -1
}

// ceasefireInCue: the cue names the truce in its own words ("بعد دخول الهدنة حيز التنفيذ"),
// so a clause-break word opening it ("بعد") parts it from no noun.
func ceasefireInCue(si *sentInfo, h hit) bool {
	return len(hitsStartingIn(si.hitsOf(catCeasefire), h.start, h.end-1)) > 0
}

// extensionRightBefore: an extension cue ("تمديد", "توسيع نطاق", "extending") ends right before
// pos, or before an article or object preposition there.
func extensionRightBefore(ac *articleContext, si *sentInfo, cues []hit, pos int) bool {
	for _, c := range cues {
		if ac.l.topicCue[c.idx].Object != "extension" {
			continue
		}
		if c.end == pos || c.end == pos-1 && (ac.l.fw.definiteArticles[si.tokText(pos-1)] || ac.l.fw.objectPrepositions[si.tokText(pos-1)]) {
			return true
		}
	}
	return false
}

// participleOfOtherPlace: an attributive in-force cue (lexicon object "attributive": "الهدنة
// السارية", "وقف إطلاق النار الساري") placed by a locative in a city or region ("الساري في تعز")
// that no earlier sentence names, while earlier sentences place the article in others, names
// another truce ("إن وقف إطلاق النار الساري في تعز لا يعنيهم" in Hodeidah coverage): not this
// one in force. A place named before ("الساري في العاصمة", "في طرابلس" after Tripoli) is this
// truce's.
func (ac *articleContext) participleOfOtherPlace(si *sentInfo, h hit) bool {
	if ac.l.topicCue[h.idx].Object != "attributive" || h.end >= len(si.toks) || !si.startsAt(catLocative, h.end) {
		return false
	}
	var place *schemas.Entity
	for k := h.end + 1; k < len(si.toks) && k <= h.end+2; k++ {
		if m, ok := si.mentionAt(k); ok && (m.e.Type == "city" || m.e.Type == "region") {
			place = m.e
			break
		}
	}
	if place == nil {
		return false
	}
	other := false
	for _, p := range ac.infos {
		if p.s.Index >= si.s.Index {
			break
		}
		for _, m := range p.ents {
			if m.e == place {
				return false
			}
			other = other || m.e.Type == "city" || m.e.Type == "region"
		}
	}
	return other
}
