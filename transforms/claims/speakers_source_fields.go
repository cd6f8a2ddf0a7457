package claims

// An unnamed source is often qualified by its field or rank before the state or body that
// makes it its own: "مصدر دبلوماسي جزائري", "مصادر أمنية لبنانية", "مصدر عسكري في اللواء
// 444", "Lebanese security sources". The field words (lexicon source_field_words) stand between
// the source's noun and its qualifier, so the qualifier is looked for past them, on the side
// the language writes it.

// maxSourceFields bounds the field words read ("مصدر عسكري رفيع المستوى": three).
const maxSourceFields = 3

// pastSourceFields is the first token at or after pos that is no source field word (at most
// maxSourceFields skipped): where the qualifier written after the noun starts.
func (ac *articleContext) pastSourceFields(si *sentInfo, pos int) int {
	for n := 0; n < maxSourceFields && pos < len(si.toks) && ac.sourceFieldAt(si, pos); n++ {
		pos++
	}
	return pos
}

// beforeSourceFields is the end of the words before pos that are no source field word (at most
// maxSourceFields skipped back): where the qualifier written before the noun ends.
func (ac *articleContext) beforeSourceFields(si *sentInfo, pos int) int {
	for n := 0; n < maxSourceFields && pos > 0 && ac.sourceFieldAt(si, pos-1); n++ {
		pos--
	}
	return pos
}

// sourceFieldAt: the token at k is a source field word, no punctuation and in no name but a
// source's ("A Yemeni government official": the government is the qualifier, not skipped).
func (ac *articleContext) sourceFieldAt(si *sentInfo, k int) bool {
	if si.toks[k].punct || !ac.l.fw.sourceFieldWords[si.tokText(k)] {
		return false
	}
	if d, ok := si.mentionAt(k); ok && d.e.Type == "source" {
		return true // "مصدر دبلوماسي": a source's own word
	}
	return !inName(si, k)
}
