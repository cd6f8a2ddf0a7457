package claims

// "X signed the agreement alongside Y": the verb's subject and the names after the alongside
// word both signed ("إن قوات الدعم السريع «وقّعت على اتفاق وقف العدائيات في جوبا إلى جانب الحركة
// الشعبية»", "أن جبهة مورو الإسلامية للتحرير وقّعت على الاتفاق إلى جانب الحكومة الفلبينية",
// "وقد وقّعت التنسيقية على القلد إلى جانب نظارة السندراب وعمودية الهدلاب", "إن الحركة وقّعت على
// الاتفاق إلى جانب المجلس العسكري"). Read alone, the run after the verb gives the partners only
// and the subject before the verb the subject only. A subject the speaker stands for with no
// name ("it had signed alongside Hamas") is signersRule's.

// signersAlongside: the subject of the signing verb at h (a name right before it, or, where the
// verb may come first, right after it) and the names right after an alongside word later in
// its clause; nil when either is missing.
func (ac *articleContext) signersAlongside(si *sentInfo, h hit, group func(mention) bool) []mention {
	signer := func(m mention) bool {
		if m.demonym || m.title || m.place || m.otherEvent || m.joint {
			return false
		}
		switch m.e.Role {
		case "mediator", "monitor", "jihadist", "guarantor_state":
			return false
		}
		return group(m) || m.e.Type == "armed_group" || m.e.Type == "military" || m.e.Type == "government"
	}
	partners := ac.alongsideInClause(si, h.end, signer)
	if len(partners) == 0 {
		return nil
	}
	var subj mention
	found := false
	if k := si.mentionsEndingBy(h.start) - 1; k >= 0 {
		m := si.ents[k]
		found = signer(m) && ac.gapTokens(si, m.end, h.start) <= 1 && !si.boundaryIn(m.end, h.start)
		subj = m
	}
	if !found && !ac.l.lex.Grammar.SubjectBeforeVerb {
		subj, found = si.mentionAt(h.end)
		found = found && signer(subj)
	}
	if !found {
		return nil
	}
	out := []mention{subj}
	for _, p := range partners {
		if p.e.ID != subj.e.ID {
			out = append(out, p)
		}
	}
	return out
}

// alongsideInClause: the names right after an alongside word ("alongside", «إلى جانب»; not a
// bare conjunction or "with", which signedWith reads) within ten words after pos, in its clause.
// A comma may set the alongside phrase off, but one before other words opens another phrase:
// "The Houthis signed the truce, fighting alongside Hamas" names Hamas as an ally in arms.
func (ac *articleContext) alongsideInClause(si *sentInfo, pos int, ok func(mention) bool) []mention {
	for _, a := range hitsStartingIn(si.hitsOf(catAlongside), pos, pos+10) {
		if t := si.tokText(a.start); ac.l.fw.conjunctions[t] || ac.l.fw.comitatives[t] || si.boundaryIn(pos, a.start) || commaIn(si, pos, a.start-1) {
			continue
		}
		if ms := collectForward(si, a.end, 3, ok, nil); len(ms) > 0 && ms[0].start-a.end <= 1 {
			return ms
		}
	}
	return nil
}
