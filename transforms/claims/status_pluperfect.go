package claims

// pluperfectOfThisTruce: an Arabic pluperfect (كان ... قد + verb) that recaps an earlier step of
// the truce at hand, not an earlier truce: "وكان الاتفاق قد أُبرم في السادس عشر من الشهر الجاري",
// "وكانت ماليزيا قد طرحت مبادرتها يوم الاثنين الماضي", "وكانت حكومة الإقليم قد أدّت دور الوسيط الذي
// أفضى إلى الهدنة". It names no year, and either its subject (between كان and قد) is a definite
// ceasefire, agreement or talks noun, or a definite ceasefire or agreement noun follows the
// particle, or a weekday or a current-month word ("الجاري") dates it within the story. Read
// only when a pluperfect is found.
func pluperfectOfThisTruce(si *sentInfo, fw *functionWords, aux, particle hit) bool {
	for k := range si.toks {
		if y, ok := fourDigitNumber(&si.toks[k]); ok && y >= 1900 && y <= 2100 {
			return false
		}
	}
	if earlierTruceMarked(si, fw) {
		return false
	}
	// Only a weekday inside the pluperfect clause dates it ("قد وقّعا ... يوم الجمعة"): up to
	// the next punctuation (boundaries are not all marked yet here).
	end := particle.end
	for end < len(si.toks) && !si.toks[end].punct {
		end++
	}
	for _, d := range si.hitsOf(catWeekday) {
		if d.start >= aux.start && d.start < end {
			return true
		}
	}
	for k := particle.end; k < len(si.toks); k++ {
		if fw.currentAfter[si.tokText(k)] {
			return true
		}
	}
	for _, c := range []category{catCeasefire, catAgreement, catTalks} {
		for _, h := range si.hitsOf(c) {
			subject := h.start >= aux.end && h.end <= particle.start
			after := h.start >= particle.end && c != catTalks
			if (subject || after) && definiteNoun(si, fw, h) {
				return true
			}
		}
	}
	return false
}

// earlierTruceMarked: the pluperfect sentence marks its truce as an earlier one: a word of the
// lexicon's earlier_truce_words ("الهدنة الأولى", "مماثلاً", "قبل ثلاث سنوات"), or a month or year
// noun followed by a last word ("في أبريل الماضي", "العام الماضي"). Read only when a pluperfect
// is found.
func earlierTruceMarked(si *sentInfo, fw *functionWords) bool {
	for k := range si.toks {
		t := si.tokText(k)
		if fw.earlierTruceWords[t] || fw.yearNouns[t] && si.startsAt(catLast, k+1) {
			return true
		}
	}
	for _, m := range si.hitsOf(catMonth) {
		if si.startsAt(catLast, m.end) {
			return true
		}
	}
	return false
}

// definiteNoun: the noun phrase of hit h is definite: its first word carries the article
// ("الاتفاق", "للهدنة"), or it is a construct whose last word does ("وقف إطلاق النار").
func definiteNoun(si *sentInfo, fw *functionWords, h hit) bool {
	if fw.hasArticlePrefix(si.tokText(h.start)) {
		return true
	}
	return h.end-h.start > 1 && fw.hasArticlePrefix(si.tokText(h.end-1))
}
