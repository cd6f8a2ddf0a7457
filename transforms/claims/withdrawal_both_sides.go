package claims

import (
	"slices"

	"github.com/tanaqud/tanaqud/schemas"
)

// bothSidesForces reads a withdrawal that names no force of its own but both sides at once
// (lexicon both_sides), up to sixteen tokens before the cue in the reported content or right
// after it, where the phrase stands for the sides' forces: with a force noun ("سحب مقاتلي
// الطرفين", "forces of both sides"), as the subject of their agreement ("both sides agreed to
// pull heavy weapons back"), or as the object of a negated obligation ("لا تُلزم أياً من الطرفين
// بسحب قوات"). The truce's two sides (truceSides) are meant, each as its force (a government's
// or a state's army); nothing unless exactly two forces result. Not what both sides discussed
// ("بحث الطرفان سحب الأسلحة"), nor a third party's call on them ("The UN urged both sides to
// pull back"): the sides are asked, no term is stated.
func (ac *articleContext) bothSidesForces(si *sentInfo, h hit) []mention {
	if len(ac.l.fw.bothSides) == 0 || ac.demandedAt(si, h.start) {
		return nil
	}
	at, end := ac.bothSidesIn(si, max(ac.contentStart(si, h.start), h.start-16), min(h.end+4, len(si.toks)))
	if at < 0 || si.boundaryIn(min(end, h.end), max(at, h.start)) {
		return nil
	}
	// "both forces", "القوتين": the phrase names the forces itself (a dual force noun), as the
	// withdrawal verb's subject: only modal or auxiliary words between ("Both forces will pull
	// back", "القوتين ستنسحبان"), not another verb ("Both forces discussed pulling back").
	dual := si.startsAt(catDualForce, at) && ac.onlyAuxiliariesIn(si, end, h.start)
	if !dual && !ac.forceHead(si, at-1) && !ac.forceHead(si, at-2) && !ac.forceHead(si, end) && !ac.agreedAfter(si, end) && !ac.negatedObligation(si, h.start) &&
		!ac.armedMenOfBothSides(si, at) && !ac.obligedSides(si, at, h) && !ac.sidesAreTo(si, end, h) && !ac.sidesPossessiveForce(si, end) {
		return nil
	}
	if ms := ac.sidesForces(at, end); ms != nil {
		return ms
	}
	return ac.unnamedSidesAt(at, end)
}

// sidesForces: the truce's two sides (truceSides), each as its force (a government's or a
// state's army), spanning [at, end); else the article's two armed groups (twoArmedGroups); nil
// unless exactly two forces result.
func (ac *articleContext) sidesForces(at, end int) []mention {
	var out []mention
	for _, id := range ac.truceSides() {
		f := ac.x.data.Gazetteer.Entity(id)
		if !ownArmedSide(f) {
			f = ac.affiliatedArmy(f) // "Somalia's federal government and the Jubaland administration": Jubaland's own forces
		}
		if f == nil || !isForce(mention{e: f}) && !ownArmedSide(f) || len(out) > 0 && out[0].e == f {
			continue
		}
		out = append(out, mention{start: at, end: end, e: f})
	}
	if len(out) != 2 {
		out = ac.twoArmedGroups(at, end)
	}
	if len(out) != 2 {
		return nil
	}
	return out
}

// ownArmedSide: a government that fights its state's army (a regional administration, role
// armed_opposition) has forces of its own; its country's army is the other side's.
func ownArmedSide(e *schemas.Entity) bool {
	return e != nil && e.Type == "government" && e.Role == "armed_opposition"
}

// twoArmedGroups: where no parties are read, the article's two armed groups when it names
// exactly two outright (no jihadist, mediator or third party, no context alias): a clash of two
// militias in one city ("Radaa and the 444 Brigade ... Both forces will pull back"). A person
// speaking for a group names it («لم يوقّع عليه سوى ناظر السندراب وعمدة الهدلاب ... إخلاء
// الشوارع من مسلحي الطرفين»). Their mentions span [at, end).
func (ac *articleContext) twoArmedGroups(at, end int) []mention {
	var out []mention
	for _, si := range ac.infos {
		for _, m := range si.ents {
			g := ac.groupOf(m)
			if m.context || g == nil || g.Role == "jihadist" || g.Role == "mediator" || thirdParty(g.Role) {
				continue
			}
			if !slices.ContainsFunc(out, func(o mention) bool { return o.e == g }) {
				out = append(out, mention{start: at, end: end, e: g})
			}
		}
	}
	if len(out) != 2 {
		return nil
	}
	return out
}

// bothSidesIn is the start and end of the first both-sides phrase in [from, to), or -1.
func (ac *articleContext) bothSidesIn(si *sentInfo, from, to int) (int, int) {
	for k := max(from, 0); k < to; k++ {
		for _, p := range ac.l.fw.bothSides {
			if k+len(p) <= to && tokensAt(si, k, p) {
				return k, k + len(p)
			}
		}
	}
	return -1, -1
}

// agreedAfter: an agreeing status cue starts at pos or one token later ("both sides agreed",
// "both sides have agreed").
func (ac *articleContext) agreedAfter(si *sentInfo, pos int) bool {
	for _, c := range hitsStartingIn(ac.cuesOf(si, refStatus), pos, pos+1) {
		if ac.l.topicCue[c.idx].Value == "agreed" && !negatedAt(si, c.start) {
			return true
		}
	}
	return false
}

// onlyAuxiliariesIn: every token in [from, to) is a modal or perfect auxiliary, a copula or a
// negation ("will", "must", "have to" is not one), at most three.
func (ac *articleContext) onlyAuxiliariesIn(si *sentInfo, from, to int) bool {
	if to-from > 3 {
		return false
	}
	fw := &ac.l.fw
	for k := from; k < to; k++ {
		t := si.tokText(k)
		if !fw.modalAuxiliaries[t] && !fw.perfectAuxiliaries[t] && !fw.copulas[t] && !fw.negations[t] {
			return false
		}
	}
	return true
}
