package claims

// asReportedAgent: a time the sentence sets aside is another's account when a clause of report
// names whose it is right after it ("starts at midnight, not at 6 p.m. as the PA announced",
// "لا منتصف الليل كما أعلن مكتب المبعوث", "لا من الساعة الثامنة كما ورد في بيان الرئاسي"): a
// marker (lexicon as_reported_markers) at most one comma or quote after the time, a verb of
// saying or report (attribution_verbs, as_reported_verbs) within three words, and a body or
// person named before the clause ends. The speaker denies the time; the named one stated it.
// Returns that one's id.
func (ac *articleContext) asReportedAgent(si *sentInfo, end int) (string, bool) {
	fw := &ac.l.fw
	k := end
	for k < len(si.toks) && k <= end+1 && si.toks[k].punct && (isComma(si.tokText(k)) || isQuote(si.tokText(k))) {
		k++
	}
	if k >= len(si.toks) || !fw.asReportedMarkers[si.tokText(k)] {
		return "", false
	}
	// "as the mediators announced": the one mediator the article names (coalitionNamedBy).
	for _, h := range ac.cuesOf(si, refMediators) {
		if h.start > k && h.start <= k+2 && (si.startsAt(catAttrVerb, h.end) || fw.asReportedVerbs[si.tokText(h.end)]) {
			if e := ac.coalitionNamedBy(si, h.end); e != nil {
				return e.ID, true
			}
		}
	}
	verb := false
	for i := k + 1; i < len(si.toks) && i <= k+6; i++ {
		if t := si.toks[i]; t.punct && !isQuote(t.text) {
			return "", false
		}
		if i <= k+3 && (si.startsAt(catAttrVerb, i) || fw.asReportedVerbs[si.tokText(i)]) {
			verb = true
		}
		m, ok := si.mentionAt(i)
		if !ok {
			continue
		}
		switch {
		case m.e.Type == "city" && m.e.SpeaksFor != "" && !m.place:
			return m.e.SpeaksFor, true // "as Kabul announced": the state it speaks for
		case m.e.Type == "city" || m.e.Type == "region" || m.demonym:
			return "", false
		case m.e.Type == "country" && verb && !ac.reportVerbEndsAt(si, m.start):
			return "", false // "كما يروّج الإعلام الباكستاني": the country qualifies the noun before it
		}
		if !verb {
			// "as the PA announced": the name may come before its verb, within three words.
			for j := m.end; j < len(si.toks) && j <= m.end+2; j++ {
				if si.startsAt(catAttrVerb, j) || fw.asReportedVerbs[si.tokText(j)] {
					return m.e.ID, true
				}
			}
			return "", false
		}
		return m.e.ID, true
	}
	return "", false
}

// reportVerbEndsAt: a verb of saying or report (attribution_verbs, as_reported_verbs) ends right
// before token i ("كما أعلنت باكستان", "as Pakistan announced").
func (ac *articleContext) reportVerbEndsAt(si *sentInfo, i int) bool {
	if i > 0 && ac.l.fw.asReportedVerbs[si.tokText(i-1)] {
		return true
	}
	for _, h := range si.hitsOf(catAttrVerb) {
		if h.end == i {
			return true
		}
	}
	return false
}
