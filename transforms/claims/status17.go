package claims

// nameRightAfter: a name (a gazetteer mention) starts at token k: the verb before it takes it
// for its object ("reached Agok"), so the verb is no passive participle.
func (ac *articleContext) nameRightAfter(si *sentInfo, k int) bool {
	_, ok := si.mentionAt(k)
	return ok
}
