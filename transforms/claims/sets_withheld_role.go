package claims

// roleWithheld: the role cue names nobody because the sentence withholds the role rather than
// giving it. Two constructions, both left by roleRefused, which stops at a verb of saying and
// looks for a denial only:
//   - the cue is the predicate of a description that is refused, negated or held back
//     (withheldDescription: "An IGAD spokesman declined to describe the bloc as a mediator",
//     "stopped short of describing the sultanate as a guarantor", "ورفض كاشونغ وصف المجلس بأنه
//     ضامن للاتفاق", "رفض وصف إيران بالوسيط");
//   - the cue is a role under "any" in a negated or denied sentence (anyRoleNegated: "ولم
//     تشر المفوضة إلى أي دور ضامن للاتحاد", "نفت، في وقت سابق، أي وساطة لطرف ثالث").
func (ac *articleContext) roleWithheld(si *sentInfo, h hit) bool {
	return ac.withheldDescription(si, h) || ac.anyRoleNegated(si, h)
}

// withheldDescription: a naming verb (lexicon naming_verbs: describe, call, وصف) stands at most
// seven words before the cue in its clause, with no truce, deal or talks noun between, and the
// verb is refused, negated or held back (descriptionWithheldAt). "He described Qatar as the
// mediator" keeps Qatar, and so does a naming verb with a conjunction glued on ("ونفى ذلك ووصف
// قطر بالوسيط"): it opens a predicate of its own.
func (ac *articleContext) withheldDescription(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	if len(fw.namingVerbs) == 0 || !namingVerbBefore(si, h.start) {
		return false
	}
	for k, words := h.start-1, 0; k >= 0 && words < 7; k, words = k-1, words+1 {
		if m, ok := si.mentionEndingAt(k + 1); ok {
			k = m.start
		}
		if t := si.tokText(k); fw.definiteArticles[t] || fw.indefiniteArticles[t] {
			words--
		}
		if si.boundary[k] || si.toks[k].punct {
			return false
		}
		if si.startsAt(catCeasefire, k) || si.startsAt(catAgreement, k) || si.startsAt(catTalks, k) {
			return false
		}
		if fw.coordinators[si.tokText(k)] && !joinsNames(si, k) {
			return false // "avoided mentioning Turkey and thanked Egypt as mediator": a predicate of its own
		}
		if fw.questionWords[si.tokText(k)] {
			return false // "did not describe how Qatar brokered the deal": an embedded question of its own
		}
		if t := si.tokText(k); fw.namingVerbs[t] {
			return ac.descriptionWithheldAt(si, k)
		} else if fw.namingVerbs[fw.withoutConjunction(t)] {
			return false
		}
	}
	return false
}

// namingVerbBefore: a token before end is a naming verb, by its word's classes (a token with no
// word entry counts as one). withheldDescription finds a description withheld only at such a
// token, so without one it need not walk back testing each word against five sets.
func namingVerbBefore(si *sentInfo, end int) bool {
	for k := range min(end, len(si.toks)) {
		if w := si.toks[k].w; w == nil || w.classes&classNamingVerb != 0 {
			return true
		}
	}
	return false
}

// joinsNames: the coordinator at k stands between two names ("describe Qatar and Egypt as
// mediators"), not between two predicates.
func joinsNames(si *sentInfo, k int) bool {
	_, before := si.mentionEndingAt(k)
	_, after := si.mentionAt(k + 1)
	return before && after
}

// descriptionWithheldAt: what stands right before the naming verb at k refuses, negates or
// holds it back: a denial, a negation or a withholding phrase (lexicon withholding_verbs:
// "declined to", "stopped short of", "امتنع عن") ending at most four words before it, with only
// the verb's subject and the phrase's link word between ("refused to describe", "ورفض كاشونغ
// وصف", "وامتنعت الوزارة عن وصف"). A silence ("did not mention Qatar as a mediator", a negation
// trap elsewhere) asserts the role no more than a negation. Punctuation, a coordinator or a verb
// of saying between starts another predicate ("denied the report and described Qatar as the
// mediator").
func (ac *articleContext) descriptionWithheldAt(si *sentInfo, k int) bool {
	fw := &ac.l.fw
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if si.boundary[j+1] && j+1 < k || si.toks[j].punct || fw.coordinators[si.tokText(j)] {
			return false
		}
		for _, c := range [...]category{catNegation, catDenial} {
			for _, n := range hitsStartingIn(si.hitsOf(c), j-2, j) {
				if n.end == j+1 {
					return true
				}
			}
		}
		if ac.withholdingEndingAt(si, j+1) {
			return true
		}
		if si.startsAt(catAttrVerb, j) {
			return false
		}
	}
	return false
}

// withholdingEndingAt: a withholding phrase, whole or without its last word (its link: "to",
// "of", "عن", which may follow the verb's subject), ends right before token end; its first word
// may carry a glued conjunction ("وامتنعت").
func (ac *articleContext) withholdingEndingAt(si *sentInfo, end int) bool {
	for _, p := range ac.l.fw.withholdingVerbs {
		if ac.l.fw.tokensEndingAt(si, end, p) || len(p) > 1 && ac.l.fw.tokensEndingAt(si, end, p[:len(p)-1]) {
			return true
		}
	}
	return false
}

// anyRoleNegated: a generic determiner ("any", "أي") opens the role phrase, right before the cue
// or before a role noun right before it ("أي دور ضامن", "any mediating role") or before a role
// noun linked to the cue by a preposition ("أي دور لها في الوساطة", "أي دور قطري في الوساطة",
// roleNounBefore), and a negation or denial stands earlier in the sentence: the role is what
// nobody holds.
func (ac *articleContext) anyRoleNegated(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	k := h.start - 1
	if k >= 0 && fw.roleNouns[si.tokText(k)] {
		k--
	} else if r := ac.roleNounBefore(si, h.start); r >= 0 {
		if ac.cueQualifiedAfter(si, h) {
			return false // «لم يكن لتركيا أي دور في الوساطة التي قادتها قطر ومصر»: the mediation's own holders are affirmed
		}
		k = r - 1
	}
	if !si.tokIn(k, classGenericDeterminer, fw.genericDeterminers) {
		return false
	}
	// A negation trap is counted: "ولم تشر إلى أي دور ضامن" (a silence) names nobody either.
	return len(hitsStartingIn(si.hitsOf(catNegation), 0, k-1)) > 0 || len(hitsStartingIn(si.hitsOf(catDenial), 0, k-1)) > 0
}

// roleNounBefore: the position of a role noun ("دور", "role") whose phrase reaches the cue at pos
// through a preposition ("في", "in"), past at most two words or one name qualifying it ("دور
// لها", "دور قطري", "دور للحكومة المصرية"); -1 when none. Punctuation ends the phrase.
func (ac *articleContext) roleNounBefore(si *sentInfo, pos int) int {
	fw := &ac.l.fw
	k := pos - 1
	if !si.tokIn(k, classPreposition, fw.prepositions) {
		return -1
	}
	for words := 0; k-1 >= 0 && words < 3; words++ {
		k--
		if m, ok := si.mentionEndingAt(k + 1); ok && m.start < k {
			k = m.start // a name of two words counts as one
		}
		if si.toks[k].punct || si.boundary[k] {
			return -1
		}
		if fw.roleNouns[si.tokText(k)] {
			return k
		}
	}
	return -1
}

// cueQualifiedAfter: the cue h is qualified right after it by a relative clause or a name or
// demonym («في الوساطة التي قادتها قطر», "in the mediation led by Qatar", «في الوساطة
// القطرية»): the role word before it is another's role in that mediation, whose own holders the
// sentence names.
func (ac *articleContext) cueQualifiedAfter(si *sentInfo, h hit) bool {
	if h.end >= len(si.toks) {
		return false
	}
	if _, named := si.mentionAt(h.end); named || si.startsAt(catRelPron, h.end) {
		return true
	}
	return ac.passiveAgentWord(si, h.end+1) // "led by Qatar"
}
