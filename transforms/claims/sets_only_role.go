package claims

// onlyOfListFor is onlyOfList for the role cue h, leaving out an "only" word that restricts a
// role, not who holds it (onlyQualifiesRole).
func (ac *articleContext) onlyOfListFor(si *sentInfo, h hit, topic string, from, to int) bool {
	for _, o := range si.hitsOf(catOnly) {
		if o.start < from || o.start >= to || ac.onlyQualifiesRole(si, h, topic, o) {
			continue
		}
		if ac.onlyOfList(si, o.start, o.start+1) {
			return true
		}
	}
	return false
}

// onlyQualifiesRole: the "only" word o restricts what a holder does, not who holds it:
//   - an adverb of degree (lexicon role_only_adverbs: merely) right before the cue, past a copula
//     or an article ("Italy merely hosted the talks", "The emir merely
//     hosted the meetings", "Malaysia is merely a host"): a host and no more, not the only host;
//   - in a language whose adjectives follow their noun, an "only" word right after another
//     role's cue before this one («هي الوسيط الوحيد والضامن لتنفيذ بنود الاتفاق»): the only
//     mediator, and a guarantor. After the last of coordinated cues it may qualify them all
//     («هي الوسيط والضامن الوحيد», myanmar mm_006): that stays exclusive for both.
func (ac *articleContext) onlyQualifiesRole(si *sentInfo, h hit, topic string, o hit) bool {
	if o.end <= h.start && o.end-o.start == 1 && ac.l.fw.roleOnlyAdverbs[si.tokText(o.start)] {
		k := o.end
		for k < h.start && k < o.end+2 && (ac.l.fw.copulas[si.tokText(k)] || ac.l.fw.indefiniteArticles[si.tokText(k)] || ac.l.fw.definiteArticles[si.tokText(k)]) {
			k++
		}
		if k == h.start {
			return true
		}
	}
	if ac.l.lex.Grammar.AdjectiveAfterNoun && o.end <= h.start {
		for k := max(0, o.start-4); k < o.start; k++ {
			if ac.otherRoleCueEnd(si, k, topic) == o.start {
				return true
			}
		}
	}
	return false
}
