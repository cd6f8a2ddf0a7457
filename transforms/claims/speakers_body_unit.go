package claims

// A body's unit, office or organ is named by a definite noun phrase with the body after the
// preposition ل: "قال الجناح الإعلامي للجيش الباكستاني", "تعلن القيادة العامة للقوات
// المسلحة", "وقال المكتب الإعلامي لحركة حماس". After a verb of saying (Arabic verb-subject
// order) that phrase is the subject, so the body speaks, though a name behind ل is otherwise
// the addressee ("قال لوكالة الأنباء", "أكد، في تصريح لوكالة الخليج، أن").

// maxUnitWords bounds the unit's noun phrase ("غرفة العمليات المشتركة": three words).
const maxUnitWords = 3

// bodyOfUnit: the mention m, carrying ل, ends a subject phrase that starts at from (right after
// the verb) with a unit noun (lexicon unit_nouns): one to maxUnitWords plain words with the
// definite article (the first may be the
// bare head of a construct, "غرفة العمليات"), no name, no report or time word ("اليوم", "في
// تصريح"), and m is no outlet (a channel after a unit would be told, not speak).
func (ac *articleContext) bodyOfUnit(si *sentInfo, from int, m mention) bool {
	n := m.start - from
	if n < 1 || n > maxUnitWords || m.e.Type == "media" || m.e.Role == "media" {
		return false
	}
	for k := from; k < m.start; k++ {
		t := si.toks[k].text
		if si.toks[k].punct || !isArabicWord(t) || si.startsAt(catReportNoun, k) || si.startsAt(catStatementNoun, k) {
			return false
		}
		if inName(si, k) {
			return false
		}
		if !ac.l.fw.hasArticlePrefix(t) && !(k == from && n > 1) {
			return false
		}
	}
	// The head names a unit ("المكتب", "القيادة", "غرفة"): "قال المبعوث للحكومة السورية" is
	// the envoy telling the government.
	return ac.l.fw.unitNouns[ac.l.fw.withoutArticlePrefix(si.toks[from].text)]
}

// inName: token k is inside a name found in the sentence: the first mention ending after k
// starts at or before it (mentions do not overlap).
func inName(si *sentInfo, k int) bool {
	j := si.mentionsEndingBy(k)
	return j < len(si.ents) && si.ents[j].start <= k
}
