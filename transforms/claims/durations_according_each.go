package claims

// Two spans of the truce in one sentence, each followed by whose account it is: «ثلاثة أيام
// بحسب وزارة الداخلية، وأسبوعاً بحسب الرئاسي», «لمدة ثلاثة أشهر بحسب الوسيط الجزائري، وشهر واحد
// فقط بحسب نيامي», "ninety days according to the mediators, and a month according to Niamey".
// A bare unit joined to the sentence by a coordinator (a separate one or a prefix: «وأسبوعاً»)
// and followed by its own attribution preposition (accordingAfterSpan) is a span of one unit
// when a span before it in the sentence has an attribution of its own naming another side: the
// second side's length, though no duration cue governs it (rule duration.according_each). Not:
// a unit with no attribution of its own, nor one the same side gives ("three days according to
// the ministry, and a week according to the ministry's spokesman" names one side twice only when
// both resolve alike), nor one not coordinated ("a week according to X" alone is a date's frame
// as often as a span).

// rivalAccordingUnit: the id of the side whose span the bare unit h is, "" when none.
func (ac *articleContext) rivalAccordingUnit(si *sentInfo, h hit) string {
	fw := &ac.l.fw
	if !ac.ceasefire || len(si.hitsOf(catDurUnit)) < 2 {
		return ""
	}
	w, k := si.tokText(h.start), h.start-1
	if k > 0 && fw.indefiniteArticles[si.tokText(k)] {
		k-- // "and a month according to Niamey"
	}
	joined := fw.withoutConjunction(w) != w || k >= 0 && (fw.coordinators[si.tokText(k)] || fw.disjunctions[si.tokText(k)])
	if !joined {
		return ""
	}
	side := ac.accordingAfterSpan(si, h.end)
	if side == "" {
		return ""
	}
	for _, u := range si.hitsOf(catDurUnit) {
		if u.end > h.start {
			break
		}
		if first := ac.accordingAfterSpan(si, u.end); first != "" && first != side {
			return side
		}
	}
	return ""
}
