package claims

import "strings"

// withdrawnNotForce: a transitive withdrawal verb (lexicon object "withdrawn": "سيسحب",
// "تسحب") whose object right after it is an Arabic word without the article that is neither a
// force head, bare or with a pronoun suffix ("قواته", "عناصرها"), nor a force's name: what is
// withdrawn is recognition, an ambassador, a bill or trust ("سيسحبون اعترافهم بالمبعوث",
// "ستسحب سفيرها", "ستسحب مشروع القانون"), no force. A definite object ("سحب البوارج" may name
// warships no force head lists), a determiner ("لن تسحب أي وحدة"), a preposition or nothing
// after the verb leaves it to the rule's other readings.
func (ac *articleContext) withdrawnNotForce(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	if ac.l.topicCue[h.idx].Object != "withdrawn" {
		return false
	}
	k := h.end
	if k >= len(si.toks) || si.toks[k].punct || si.toks[k].number || fw.genericDeterminers[si.tokText(k)] {
		return false
	}
	t := si.tokText(k)
	if !isArabicWord(t) || fw.prepositions[t] || fw.hasArticle(t) || ac.forceHead(si, k) {
		return false
	}
	if m, ok := si.mentionAt(k); ok && (isForce(m) || localJihadist(m) || m.demonym) {
		return false
	}
	for _, suf := range fw.pronounSuffixes {
		if stem, ok := strings.CutSuffix(t, suf); ok && stem != "" && ac.forceStem(stem) {
			return false
		}
	}
	return true
}

// forceStem: a noun stem left by a pronoun suffix is a force head or armed men, as it stands
// ("قوات" of "قواتها", "مسلحي" of "مسلحيهما"), or with its construct ta restored to the ta
// marbuta and the article the lexicon lists it with ("أسلحت" of "أسلحتها": الأسلحة, "سحب
// أسلحتها الثقيلة").
func (ac *articleContext) forceStem(stem string) bool {
	fw := &ac.l.fw
	if fw.forceHeads[stem] || fw.armedMen[stem] {
		return true // "قواتها", "مسلحيهما"
	}
	ta := ac.l.lex.Clitics.TaMarbuta
	if len(ta) < 2 {
		return false
	}
	base, ok := strings.CutSuffix(stem, foldCue(ta[0]))
	if !ok || base == "" {
		return false
	}
	base += foldCue(ta[1])
	if fw.forceHeads[base] {
		return true
	}
	for _, a := range fw.articles {
		if fw.forceHeads[a+base] {
			return true
		}
	}
	return false
}
