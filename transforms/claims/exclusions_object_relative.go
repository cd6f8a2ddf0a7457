package claims

// withoutObjectRelatives drops from the cue's object list (collected from from) the names a
// relative clause on an object holds: a relative pronoun (which, where, who, الذي, التي, حيث)
// after a listed name opens a description of that object ("does not extend to the eastern Daraa
// countryside, where tribal fighters have regrouped", "لا تشمل جيش أراكان الذي يقاتل القوات
// الحكومية في ولاية راخين", "لا يشمل ولاية النيل الأزرق، حيث تنتشر أيضاً قوات الحركة الشعبية"):
// what it names is neither covered nor left out by the cue. The list goes on past the comma that
// closes the clause only where a coordinator or a negation opens the next member ("the EMC,
// which is not part of the talks, nor the Comuneros del Sur", "Sinune, where the army has
// checkpoints, and Khanasor"); anything else after it («فهو محصور في جنوب كردفان») is another
// statement.
func (ac *articleContext) withoutObjectRelatives(si *sentInfo, from int, subs []mention) []mention {
	keep := subs[:0:0]
	for _, m := range subs {
		inside, after, comma := ac.objectRelativeBefore(si, from, m.start)
		if inside {
			continue
		}
		if after && !ac.listGoesOn(si, comma+1) {
			break
		}
		keep = append(keep, m)
	}
	return keep
}

// objectRelativeBefore walks back from pos to from: inside when a relative pronoun after a
// listed name opens pos's clause with no comma between; after when one comma (at comma) closes
// such a clause before pos.
func (ac *articleContext) objectRelativeBefore(si *sentInfo, from, pos int) (inside, after bool, comma int) {
	comma = -1
	first := si.firstMentionFrom(from)
	for k := pos - 1; k > from; k-- {
		t := &si.toks[k]
		if t.punct && clauseBreakPunct(t.text) {
			return false, false, -1
		}
		if t.punct && isComma(t.text) {
			if comma >= 0 {
				return false, false, -1
			}
			comma = k
			continue
		}
		if si.startsAt(catRelPron, k) && !si.trap[k] && first < si.firstMentionFrom(k) { // a name listed before k
			return comma < 0, comma >= 0, comma
		}
	}
	return false, false, -1
}

// listGoesOn: the token at k opens another member of a list: a coordinator ("and", a word with
// the conjunction prefix و) or a negation ("nor", "ولا").
func (ac *articleContext) listGoesOn(si *sentInfo, k int) bool {
	if k >= len(si.toks) {
		return false
	}
	return ac.l.fw.coordinators[si.tokText(k)] || si.startsAt(catNegation, k) || hasAnyPrefix(si.tokText(k), ac.l.fw.conjunctionPrefixes)
}
