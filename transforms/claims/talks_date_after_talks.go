package claims

// A day told with what came of the talks, the talks named after it past a posterior word
// (lexicon posterior_words), dates that outcome, not the talks: "signed a ceasefire for the
// oil-rich enclave of Cabinda on Thursday after four days of talks in São Tomé" (cabinda's
// wire lead, three outlets), "The 60-day cessation ... was signed on Tuesday after talks in
// Nairobi" (southsudan), "وقّع الطرفان الاتفاق يوم الخميس بعد محادثات في الدوحة". The talks
// began days before; their date is not that of the signing.

// dayBeforePriorTalks: the talks noun nearest after the day [start, end), within eight tokens,
// follows a posterior word that stands between them with no punctuation or other clause break
// around it, and no talks noun stands before the day in its clause (the talks it would date are
// only those it follows).
func (ac *articleContext) dayBeforePriorTalks(si *sentInfo, start, end int) bool {
	if len(ac.l.fw.posteriorWords) == 0 {
		return false
	}
	for _, h := range si.hitsOf(catTalks) {
		if h.end <= start && !boundaryIn(si, h.end, start) {
			return false // "talks on Thursday after ...": the talks the day dates come first
		}
	}
	for _, h := range si.hitsOf(catTalks) {
		if h.start < end {
			continue
		}
		if h.start-end > 8 || punctIn(si, end, h.start) {
			return false
		}
		// The time expression may have taken the word in ("يوم الخميس بعد": بعد also opens
		// "بعد غد"), so the scan starts inside it; the posterior word may itself break the
		// clause (بعد is a clause break), nothing else between may.
		for k := start + 1; k < h.start; k++ {
			if ac.l.fw.posteriorWords[si.tokText(k)] {
				return !boundaryIn(si, max(end, k+1), h.start) && (k <= end || !boundaryIn(si, end, k))
			}
		}
		return false
	}
	return false
}
