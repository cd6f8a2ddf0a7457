package claims

// relativeSayerAntecedent: a coverage predicate in a relative clause whose subject is the
// relative pronoun past an embedded verb of saying ("the road to the Kouri Bougoudi mining area,
// which the FNRT says is covered by the truce", "Route Nationale 1 north of the capital, which he
// said lay outside the agreement") is about the noun the clause qualifies; whoever says it is
// the speaker, not the subject (the FNRT was read covered). The verb of saying ends right
// before the predicate (past copulas, negations and quote marks), its subject (a name, a pronoun
// or a short noun phrase) stands between it and the relative pronoun, and the antecedent is the
// eligible mention nearest before the pronoun, past a short head noun and a comma, not a
// landmark ("north of the capital"). In Arabic the verb comes first and a complementizer with
// the pronoun («التي تقول الجبهة إنها مشمولة بالهدنة») stands before the predicate.
func (ac *articleContext) relativeSayerAntecedent(si *sentInfo, h hit) (mention, bool) {
	k := ac.l.fw.beforePredicateLead(si, h.start)
	if k < 2 {
		return mention{}, false
	}
	rel := -1
	if ac.l.lex.Grammar.SubjectBeforeVerb {
		say := -1
		for _, v := range hitsStartingIn(si.hitsOf(catAttrVerb), k-2, k) {
			if v.end == k+1 {
				say = v.start
			}
		}
		if say < 2 {
			return mention{}, false
		}
		// The sayer, then the relative pronoun: at most five tokens, no punctuation between.
		for r := say - 1; r >= 0 && r >= say-5; r-- {
			if si.boundary[r] || si.toks[r].punct {
				return mention{}, false
			}
			if si.startsAt(catRelPron, r) {
				rel = r
				break
			}
		}
		if rel < 1 || rel == say-1 {
			return mention{}, false // "which says": the relative pronoun is the sayer
		}
	} else {
		// "كوري بوغودي، التي تقول الجبهة إنها مشمولة بالهدنة": the relative pronoun, the verb
		// of saying right after it, its subject, and a complementizer carrying the pronoun
		// right before the predicate.
		if w := si.tokText(k); !ac.l.fw.complementizers[w] || runeLen(w) <= 2 {
			return mention{}, false
		}
		for r := k - 2; r >= 0 && r >= k-8; r-- {
			if si.boundary[r] || si.toks[r].punct {
				return mention{}, false
			}
			if si.startsAt(catRelPron, r) {
				if len(hitsStartingIn(si.hitsOf(catAttrVerb), r+1, r+1)) == 0 {
					return mention{}, false
				}
				rel = r
				break
			}
		}
		if rel < 1 {
			return mention{}, false
		}
	}
	// The antecedent: the nearest eligible mention before the pronoun, within six tokens.
	for j := si.mentionsEndingBy(rel) - 1; j >= 0; j-- {
		m := si.ents[j]
		if rel-m.end > 6 || si.boundaryIn(m.end, rel) {
			break
		}
		if exclusionSubject(m) && !ac.landmarkPlace(si, m) {
			return m, true
		}
	}
	return mention{}, false
}
