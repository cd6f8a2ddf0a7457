package claims

import "strings"

// headlineColon: a live-blog entry or a flash that names its speaker and a colon before what is
// said ("09:40 - Hamas: 'The truce began at midnight'", "18:20 — المتحدث باسم شرطة الولاية العقيد
// X: القلد لا يشمل ...", "عاجل | مصدر في حرس الحدود الطاجيكي: وقف إطلاق النار ...") quotes that
// speaker from the colon on, as a quotation after a colon does (colonQuotation). The words
// before the colon, past a stamp or label set off by a dash or a bar, are only the speaker's
// name phrase: it ends in a name right at the colon, with no comma, quotation or other colon in
// it. A place ("Kidal: the truce held overnight") and a capital in a dateline ("MOSCOW: ...")
// are no speaker; the ceasefire or a topic noun before the colon ("Truce: ...") names no one.
// A flash label may stand before the speaker's own colon ("عاجل: الخارجية الجزائرية: ...",
// "BREAKING: ..."); an unnamed source may keep its adjectives ("مصدر عسكري:"); the outlet the
// speaker told ("لـ«المشهد العربي»", "للعربية", "to Reuters") and "in his speech" ("في كلمته")
// may close the phrase and are no speaker.
func (ac *articleContext) headlineColon(si *sentInfo, out []attribution) []attribution {
	if strings.IndexByte(si.s.Text, ':') < 0 {
		return out // most sentences: no token walk
	}
	from, colon := 0, -1
	for k := 0; k < len(si.toks) && k <= 16 && colon < 0; k++ {
		switch t := si.toks[k]; {
		case !t.punct:
		case t.text == ":" && k > 0 && si.toks[k-1].number:
			// a clock ("09:40"), part of the stamp
		case t.text == ":" && ac.flashLabel(si, from, k):
			from = k + 1 // "عاجل: الخارجية الجزائرية: ...", "BREAKING: ...": a label, then the speaker
		case t.text == ":":
			colon = k
		case isDash(t.text) || t.text == "|":
			from = k + 1
		case isQuote(t.text) && ac.addresseeQuoteAt(si, k):
			// "الناطق باسم الجبهة X لـ«المشهد العربي»: ...": the outlet addressed, quoted
		case isComma(t.text) || isQuote(t.text) || t.text == "." || t.text == "(" || t.text == ")":
			return out
		}
	}
	if colon <= from || colon-from > 12 || colon+1 >= len(si.toks) {
		return out
	}
	end := ac.headlineNameEnd(si, from, colon)
	var last mention
	found := false
	for _, m := range si.ents {
		if m.start >= from && m.end <= end && !ac.addressee(si, m) {
			last, found = m, true
		}
	}
	if !found || !speakerEligible(last) || last.e.Type == "city" {
		return out
	}
	if last.end != end && !(last.e.Type == "source" && end-last.end <= 2 && !ac.mentionIn(si, last.end, end)) {
		// "مصدر عسكري: ...": an unnamed source and its adjectives; no other name ends short
		return out
	}
	return append(out, attribution{pos: colon, speaker: ac.speakerOf(si, last)})
}

// flashLabel: the words from from up to the colon at k are a flash or section label ("عاجل",
// "BREAKING", "Update") and another colon follows within the headline: one or two words, no
// name among them.
func (ac *articleContext) flashLabel(si *sentInfo, from, k int) bool {
	if k-from < 1 || k-from > 2 || ac.mentionIn(si, from, k) {
		return false
	}
	for i := from; i < k; i++ {
		if si.toks[i].punct || si.toks[i].number {
			return false
		}
	}
	for i := k + 1; i < len(si.toks) && i <= k+13; i++ {
		if si.toks[i].text == ":" {
			return true
		}
		if si.toks[i].punct && !isQuote(si.toks[i].text) && !isDash(si.toks[i].text) {
			return false
		}
	}
	return false
}

// addresseeQuoteAt: the quotation mark at k opens or closes an outlet's name right after a
// preposition of address ("لـ«المشهد العربي»"), with no more than three words inside.
func (ac *articleContext) addresseeQuoteAt(si *sentInfo, k int) bool {
	open := k
	if k > 0 && !ac.addressPrep(si.toks[k-1].text) {
		// a closing mark: find its opening one
		open = -1
		for i := k - 1; i >= 0 && i >= k-4; i-- {
			if isQuote(si.toks[i].text) {
				open = i
				break
			}
		}
		if open < 1 || !ac.addressPrep(si.toks[open-1].text) {
			return false
		}
		return true
	}
	if k == 0 {
		return false
	}
	for i := k + 1; i < len(si.toks) && i <= k+4; i++ {
		if isQuote(si.toks[i].text) {
			return true
		}
	}
	return false
}

// addressPrep: a preposition standing alone before an addressee ("لـ", "to").
func (ac *articleContext) addressPrep(t string) bool {
	return ac.l.fw.addressPreps[foldCue(t)]
}

// headlineNameEnd: where the speaker's name phrase before the colon ends: before an addressee
// ("X لـ«المشهد العربي»:", "X للعربية:", "X to Reuters:") or before "in his speech / in a
// statement" ("ثون في كلمته:").
func (ac *articleContext) headlineNameEnd(si *sentInfo, from, colon int) int {
	end := colon
	if end-1 > from && isQuote(si.toks[end-1].text) {
		for i := end - 2; i > from; i-- {
			if isQuote(si.toks[i].text) {
				if ac.addressPrep(si.toks[i-1].text) {
					return i - 1
				}
				break
			}
		}
	}
	for _, m := range si.ents {
		if m.end == colon && m.start > from && ac.addressee(si, m) {
			return m.start // "مصادر للعربية:"
		}
		if m.end == colon && m.start-1 > from && ac.addressPrep(si.toks[m.start-1].text) {
			return m.start - 1 // "X to Reuters:"
		}
	}
	for _, h := range hitsStartingIn(si.hitsOf(catStatementNoun), from+1, colon-1) {
		if h.end == colon && h.start-1 > from && si.tokIn(h.start-1, classPreposition, ac.l.fw.prepositions) {
			return h.start - 1 // "ثون في كلمته:"
		}
	}
	return end
}
