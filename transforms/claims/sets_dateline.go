package claims

// datelineName: m is the city of the article's dateline ("ADDIS ABABA, July 15 (TSW) -",
// «أديس أبابا (ونا) -»): the first name of the first sentence, a city, punctuation right
// after it and the dateline's dash within the next few tokens. It tells where the report was
// filed, and names no mediator, guarantor or sponsor, however near a role word comes after
// the dash («أعلن الاتحاد الأفريقي، في بيان صدر باسم الوسطاء», elfasher ef_026). A city opening
// the sentence as its subject ("Doha, which mediated the truce, said") has no dash after it.
func datelineName(si *sentInfo, m mention) bool {
	if si.s.Index != 0 || m.start != 0 || m.e.Type != "city" || m.end >= len(si.toks) || !si.toks[m.end].punct {
		return false
	}
	for k := m.end; k < len(si.toks) && k <= m.end+9; k++ {
		switch si.tokText(k) {
		case "-", "–", "—":
			return true
		}
	}
	return false
}
