package claims

// truceNamedBy: m names the truce it stands before, in a language whose modifiers precede their
// noun ("the Jenin truce, an arrangement between Palestinians, does not apply to Israeli
// operations", "the sect is not covered by the Zamfara truce", "the Hodeidah deal excludes
// AQAP"): a truce merely named by its place or party says nothing of that place or party being
// covered or left out.
func (ac *articleContext) truceNamedBy(si *sentInfo, m mention) bool {
	if ac.l.lex.Grammar.AdjectiveAfterNoun || m.demonym {
		return false
	}
	return si.startsAt(catCeasefire, m.end) || si.startsAt(catAgreement, m.end)
}
