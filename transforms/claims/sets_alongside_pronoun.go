package claims

import "slices"

// An alongside phrase may end on a pronoun for a body named earlier in the sentence («مشيرةً
// إلى أن الاتحاد الأفريقي ضامن ثانٍ إلى جانبها», Qatar named before; «الذي رعته الإيغاد بوساطة
// كينية ويضمنه الاتحاد الأفريقي إلى جانبها»; "MINUSCA says it will monitor alongside them",
// ECCAS observers named before): that body shares the role, as a name after the phrase would
// (alongsideAfterObject).

// alongsidePronoun: the alongside phrase a ends on a pronoun: a pronoun suffix on its last word
// («إلى جانبها», «معهم») or an object pronoun right after it ("alongside them").
func (ac *articleContext) alongsidePronoun(si *sentInfo, a hit) bool {
	fw := &ac.l.fw
	if hasAnySuffix(si.tokText(a.end-1), fw.objectSuffixes) {
		return true
	}
	return a.end < len(si.toks) && fw.objectPronouns[si.tokText(a.end)] && (a.end+1 == len(si.toks) || si.toks[a.end+1].punct)
}

// alongsidePronounMembers adds to members the body the pronoun of an alongside phrase after the
// cue and its members (ms) stands for. A pronoun never stands for its clause's own subject (the
// cue's members, who speaks: "MINUSCA says it will monitor alongside them"), nor for a demonym
// («بوساطة كينية») or a generic voice ("observers" read as analysts): it is the nearest other
// name before them, within 20 tokens. When that name is no member (a side: "the army and the RSF
// signed it; the AU will monitor it alongside them"), or is who speaks without being one of the
// clause's members ("Kenya said the AU would monitor the truce alongside it": Kenya, or the sides,
// not a body named before Kenya), nothing is added. The body is added to the
// members, not to the list read at the cue: an "only" word by it ("أن تكون قطر الضامن الوحيد")
// qualifies another clause.
func (ac *articleContext) alongsidePronounMembers(si *sentInfo, h hit, ms []mention, members []string, member func(mention) bool) []string {
	a, ok := ac.alongsideAfter(si, h, ms)
	if !ok || !ac.alongsidePronoun(si, a) {
		return members
	}
	anchor, _ := spanWith(h.start, h.end, ms)
	sp := ac.bodyOf(ac.speakerAt(si.s.Index, h.start))
	for k := si.mentionsEndingBy(anchor) - 1; k >= 0; k-- {
		m := si.ents[k]
		if anchor-m.end > 20 {
			return members
		}
		if m.demonym || m.e.Type == "source" {
			continue
		}
		if sp != nil && ac.bodyOf(m.e).ID == sp.ID || isSpeakerMention(si, m, ac.l.lex.Grammar.SubjectBeforeVerb, ac.l.longest) {
			if !slices.Contains(members, ac.memberID(m)) {
				// "Qatar, which hosted the talks, said MONUSCO would monitor the truce
				// alongside them": who speaks is no member of the clause, so the pronoun is
				// who speaks or the sides; no name before them is.
				return members
			}
			continue
		}
		if !member(m) {
			return members
		}
		return appendSorted(members, ac.memberID(m))
	}
	return members
}
