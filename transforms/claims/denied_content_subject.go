package claims

// denialGoverns: a denial verb governs the content word at j ("claims", "الأنباء", a free
// relative "ما", "what"): it stands at most eight words before it, a name counting as one word,
// with nothing but its subject between ("رفض الحوثيون الأنباء", "نفى مصدر مسؤول في وزارة
// الدفاع السعودية ما تداولته وسائل إعلام", "نفت مصادر في لجنة الدولة للأمن القومي ما أوردته"):
// a verb-first language names the one who denies between the verb and its object. Punctuation,
// a verb of saying or a complementizer between them opens another clause ("denied the attack
// and said that reports ...").
func denialGoverns(si *sentInfo, j int) bool {
	for d := j - 1; d >= 0 && d >= j-3; d-- {
		if si.boundary[d] {
			return false
		}
		if si.startsAt(catDenial, d) {
			return true
		}
	}
	for k, words := j-1, 0; k >= 0 && words < 8; k, words = k-1, words+1 {
		if m, ok := si.mentionEndingAt(k + 1); ok && m.start < k+1 {
			k = m.start // a name of several words counts as one
		}
		if si.boundary[k] || si.toks[k].punct {
			return false
		}
		// "رفض الاتفاق الذي ... وما": the denial has its object already.
		if si.startsAt(catCeasefire, k) || si.startsAt(catAgreement, k) || si.startsAt(catTalks, k) {
			return false
		}
		if si.startsAt(catDenial, k) {
			return true
		}
		if si.startsAt(catAttrVerb, k) || si.toks[k].w != nil && si.toks[k].w.classes&classComplementizer != 0 {
			return false
		}
	}
	return false
}

// markDeniedFreeRelatives marks a free relative ("ما", "what") as content in a sentence with a
// denial, as a content noun is ("نفى ما تداولته وسائل إعلام عن وساطة قطرية", "denied what Kyrgyz
// media reported about monitors"): whether a denial governs it is denialGoverns' to say. Where
// the subject comes before the verb, the words between the free relative and its verb of saying
// ("what some media reported", "what was said") belong to the content phrase too, so the verb
// sits right after content as "الأنباء التي تحدثت" does.
func markDeniedFreeRelatives(si *sentInfo, fw *functionWords, subjectBeforeVerb bool) {
	for i := range si.toks {
		if !fw.freeRelatives[si.toks[i].text] {
			continue
		}
		si.content[i] = true
		if !subjectBeforeVerb {
			continue
		}
		for k := i + 1; k < len(si.toks) && k <= i+4 && !si.toks[k].punct; k++ {
			if si.startsAt(catAttrVerb, k) {
				for j := i + 1; j < k; j++ {
					si.content[j] = true
				}
				break
			}
		}
	}
}
