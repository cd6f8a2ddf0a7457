package claims

import "github.com/tanaqud/tanaqud/schemas"

// statementClauseSubject: the clause opening at from has a statement noun for the subject of its
// first verb ("وحذّر البيان من أن ...", "واعتبر البيان أن ..."): a circumstantial participle
// after it ("، مطالباً جهاز الردع بسحب ...", "، مؤكداً احتفاظ الجيش بحقه") goes on in the
// statement's voice, so its speaker is the statement's owner (named with the noun, else the one
// who issued the statement quoted before), not a name in what the statement says. ok is false
// when the clause opens otherwise; the owner may be nil (carried over).
func (ac *articleContext) statementClauseSubject(si *sentInfo, from int) (*schemas.Entity, bool) {
	if ac.l.lex.Grammar.SubjectBeforeVerb || from+1 >= len(si.toks) || si.toks[from].punct {
		return nil, false
	}
	if !ac.statementStartsAt(si, from+1) || ac.statementOwnerAfter(si, from+1) {
		return nil, false
	}
	if owner := ac.statementBodyNamed(si); owner != nil {
		return owner, true
	}
	return ac.earlierStatementOwner(si.idx), true
}
