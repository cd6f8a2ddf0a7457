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
		if !freeRelativeAt(si, fw, i) {
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

// freeRelativeAt: token i is a free relative, bare or with a conjunction clitic ("وما يُتداول
// عن ...", as "ما يُتداول"): the clitic joins the sentence to the one before, the relative
// still opens reported content.
func freeRelativeAt(si *sentInfo, fw *functionWords, i int) bool {
	if si.tokIn(i, classFreeRelative, fw.freeRelatives) {
		return true
	}
	t := si.tokText(i)
	r := fw.withoutConjunction(t)
	return r != t && fw.freeRelatives[r]
}

// freeRelativeBeyondItsPhrase: the denied content found at k is a free relative's ("ما تردد عن
// ...", "what the coalition said about ...") and pos lies past its phrase: a free relative names
// no noun whose clause holds the cue, so what it denies ends with the object of the topic
// preposition after its verb of saying, within freeRelativeReach words (a name counting as one;
// "ما تداولته وسائل إعلام عن وساطة قطرية"), or within that reach of the free relative when no
// such preposition follows. A cue further on belongs to a clause coordinated with the denial
// ("نفى ما تردد عن انسحاب قواتهم وشكر سلطنة عمان على وساطتها", "denied what the coalition said
// about shelling and thanked Oman for mediating the truce").
func freeRelativeBeyondItsPhrase(si *sentInfo, k, pos int) bool {
	f := -1
	for j := k; j >= 0 && j >= k-4 && si.content[j]; j-- {
		if si.toks[j].w != nil && si.toks[j].w.classes&classFreeRelative != 0 {
			f = j
			break
		}
	}
	if f < 0 {
		return false
	}
	from := f
	for j := f + 1; j < len(si.toks) && j <= f+6 && !si.toks[j].punct; j++ {
		if si.toks[j].w != nil && si.toks[j].w.classes&classTopicPreposition != 0 {
			from = j
			break
		}
	}
	words := 0
	for j := from + 1; j < pos; j++ {
		if m, ok := si.mentionAt(j); ok && m.start == j {
			j = m.end - 1 // a name of several words counts as one
		}
		words++
	}
	return words >= freeRelativeReach
}

// freeRelativeReach bounds the words between a free relative's topic preposition (or the free
// relative itself) and a cue its denial reaches.
const freeRelativeReach = 5
