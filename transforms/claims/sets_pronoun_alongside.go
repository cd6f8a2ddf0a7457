package claims

// A role whose subject is a pronoun, with a partner named alongside: «أكدت مجموعة شرق أفريقيا
// ... أنها «ضامن لاتفاق وقف إطلاق النار في إيتوري إلى جانب الاتحاد الأفريقي»» (ituri it_034),
// «لكنه أكد أنها «شاركت في الوساطة إلى جانب أنغولا»» (Kigali named before; bangui bg_030),
// «أن جوبا «ليست طرفاً في الاتفاق» لكنها تدعمه بصفتها ضامناً إلى جانب الخرطوم» (abyei ab_008),
// «تقول إنها وقّعت على الاتفاق إلى جانب جبهة» (agadez ag_014 reads the signing). The partner
// holds the role, and so does the body the pronoun stands for: read alone, the list names the
// partner only, a shorter list that stands as a false side beside the full one. The member
// tests leave the pronoun's body out (it is often who speaks), and a name subject is read by
// the alongside branch of setCues.

// pronounSubjectAlongside adds to members the partners named in an alongside phrase after the
// cue h and the body a pronoun subject before the cue stands for, when the clause's subject is
// such a pronoun. Guarantors and mediators only (monitors have their own alongside readings).
func (ac *articleContext) pronounSubjectAlongside(si *sentInfo, h hit, t string, members []string, named func(mention) bool) []string {
	if t != "ceasefire.guarantors" && t != "ceasefire.mediators" {
		return members
	}
	partners := ac.alongsideInClause(si, h.end, named)
	if len(partners) == 0 {
		return members
	}
	k, ok := ac.pronounSubjectBefore(si, h)
	if !ok {
		return members
	}
	ref := ac.alongsideSubjectReferent(si, h, k, partners)
	if ref == "" {
		return members
	}
	for _, p := range partners {
		members = appendSorted(members, ac.memberID(p))
	}
	return appendSorted(members, ref)
}

// pronounSubjectBefore: the token carrying the subject pronoun of the cue's clause, within five
// words before the cue: a complementizer or a clause break with a pronoun suffix («أنها»,
// «لكنها») or a subject pronoun («هي»). Verbs and prepositions may stand between («أنها «شاركت
// في الوساطة»», «لكنها تدعمه بصفتها ضامناً»), quotation marks too; a name, punctuation, a
// sentence boundary or a negation ends the search: the subject is that name, or no pronoun.
func (ac *articleContext) pronounSubjectBefore(si *sentInfo, h hit) (int, bool) {
	for k := h.start - 1; k >= 0 && k >= h.start-5; k-- {
		t := si.tokText(k)
		if isQuote(si.toks[k].text) {
			continue
		}
		if si.toks[k].punct || si.boundary[k+1] && k+1 < h.start {
			return 0, false
		}
		if _, named := si.mentionEndingAt(k + 1); named {
			return 0, false
		}
		if si.startsAt(catNegation, k) && !si.trap[k] {
			return 0, false
		}
		if ac.l.fw.subjectPronouns[t] || ac.pronounOrCarrier(t) && t != "" {
			return k, true
		}
		if si.startsAt(catClauseBreak, k) && hasAnySuffix(t, ac.l.fw.objectSuffixes) {
			return k, true
		}
		if ac.l.fw.complementizers[t] || si.startsAt(catAttrVerb, k) {
			return 0, false // "أن شاركت": the clause opens with no pronoun
		}
	}
	return 0, false
}

// alongsideSubjectReferent: the body the pronoun at k stands for: the nearest name before it in the
// sentence, within 25 words, that may hold a role (setMember), past demonyms, persons, the
// theatre, a name qualifying the truce («لاتفاق أفريقيا الوسطى») and the partners themselves;
// with no such name, the speaker's body when it may hold the role. "" when none.
func (ac *articleContext) alongsideSubjectReferent(si *sentInfo, h hit, k int, partners []mention) string {
	for j := si.mentionsEndingBy(k) - 1; j >= 0; j-- {
		m := si.ents[j]
		if k-m.end > 25 {
			break
		}
		if m.demonym || m.e.Type == "source" || m.e.Type == "person" || ac.memberID(m) == ac.theater || ac.namesTheTruce(si, m) || truceQualifier(ac, si, m) {
			continue
		}
		if !setMember(m) {
			continue
		}
		id := ac.memberID(m)
		for _, p := range partners {
			if ac.memberID(p) == id {
				return ""
			}
		}
		return id
	}
	sp := ac.bodyOf(ac.speakerAt(si.s.Index, h.start))
	if sp == nil || !setMember(mention{e: sp}) {
		return ""
	}
	id := ac.memberID(mention{e: sp})
	for _, p := range partners {
		if ac.memberID(p) == id {
			return ""
		}
	}
	return id
}

// truceQualifier: the name right after a truce or agreement noun qualifies it ("لاتفاق أفريقيا
// الوسطى", "the Doha agreement"): a place or state naming the deal, no referent.
func truceQualifier(ac *articleContext, si *sentInfo, m mention) bool {
	for _, cat := range []category{catCeasefire, catAgreement} {
		for _, c := range si.hitsOf(cat) {
			if c.end == m.start {
				return true
			}
		}
	}
	return false
}
