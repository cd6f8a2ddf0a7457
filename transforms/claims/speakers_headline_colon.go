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
		case t.text == ":":
			colon = k
		case isDash(t.text) || t.text == "|":
			from = k + 1
		case isComma(t.text) || isQuote(t.text) || t.text == "." || t.text == "(" || t.text == ")":
			return out
		}
	}
	if colon <= from || colon-from > 12 || colon+1 >= len(si.toks) {
		return out
	}
	var last mention
	found := false
	for _, m := range si.ents {
		if m.start >= from && m.end <= colon {
			last, found = m, true
		}
	}
	if !found || last.end != colon || !speakerEligible(last) || last.e.Type == "city" {
		return out
	}
	return append(out, attribution{pos: colon, speaker: ac.speakerOf(si, last)})
}
