package claims

// A right whose object is a terrorist target is the right to fight terrorism, as one whose
// object is a named jihadist group is (jihadistWithin): "retains the right to act against any
// terrorist threat", "retains its right to strike terrorist targets anywhere", «تحتفظ بحقها في
// ضرب الأهداف الإرهابية». Not a right to answer attacks that someone calls terrorist ("the right
// to respond to terrorist attacks"): the designation must head the cue's object.

// terrorObject: a designation word (lexicon designations: terrorist, إرهابي) starts the object of
// the right cue ending at end (a cue may end on its preposition: "right to act against"): right
// after it or after a determiner (any, the, أي), with nothing else between.
func (ac *articleContext) terrorObject(si *sentInfo, end int) bool {
	fw := &ac.l.fw
	k := end
	if w := si.tokText(k); k < len(si.toks) && (fw.genericDeterminers[w] || fw.definiteArticles[w] || fw.indefiniteArticles[w]) {
		k++
	}
	// Arabic writes the target noun before its adjective: «الأهداف الإرهابية».
	return si.startsAt(catDesignation, k) || k+1 < len(si.toks) && !si.toks[k].punct && !si.toks[k].number && si.startsAt(catDesignation, k+1) && ac.l.lex.Grammar.AdjectiveAfterNoun
}
