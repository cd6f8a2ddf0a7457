package claims

import (
	"slices"

	"github.com/tanaqud/tanaqud/schemas"
)

// A community, tribe or faction signs through its leaders: "وقّع ناظر السندراب ... وعمدة الهدلاب
// على وثيقة القلد", "لم يوقّع عليه سوى ناظر القبيلة وعمدة العشيرة", "signed by the clan's sheikh and
// the tribe's elders". A person the gazetteer affiliates with an armed group (a nazir, an umda, a
// sheikh, a commander) signs for that group, as persons act for the body they stand for.

// signingGroup: the mention is a signing armed group (group), or a person standing for one of
// the article's war or one the article names: "Hamdan" (an Osbat al-Ansar spokesman, in
// Lebanon) in "Mohamed Hamdan Dagalo signed a decree" signs nothing for a group of another war
// no word of the article is about.
func (ac *articleContext) signingGroup(m mention, group func(mention) bool) bool {
	if group(m) {
		return true
	}
	if m.demonym || m.context || m.e.Type != "person" || m.e.Affiliation == "" {
		return false
	}
	a := ac.x.data.Gazetteer.Entity(m.e.Affiliation)
	return a != nil && group(mention{e: a}) && !ac.groupOfAnotherWar(a)
}

// groupOfAnotherWar: the article is placed in a war (its theatre) and the group belongs to
// another country's, and no mention of the article names the group itself.
func (ac *articleContext) groupOfAnotherWar(a *schemas.Entity) bool {
	return ac.theater != "" && ac.theater != unplaced && a.Country != "" && a.Country != ac.theater && !slices.Contains(ac.namedEntities(), a)
}

// groupSaysItSigned: a non-state armed group says it signed ("the movements say they signed in
// their own right", "أكدت الحركات أنها وقّعت على الاتفاق"): that group is a signatory. A state's
// "we signed" is its own deal-making, read as status, not as a group's signature.
func (ac *articleContext) groupSaysItSigned(si *sentInfo, h hit, sp *schemas.Entity, signer func(mention) bool) bool {
	return sp != nil && sp.Type == "armed_group" && signer(mention{e: sp}) && !negatedAt(si, h.start)
}

// signedWithNoObject: in an article about a ceasefire, a pronoun for who speaks signed with no
// object, a placing preposition or the clause's end right after the verb ("the movements say
// they signed in their own right", "أكدت الحركات أنها وقّعت"): the article's deal. An object
// after the verb ("they signed a trade deal") is another text.
func (ac *articleContext) signedWithNoObject(si *sentInfo, h hit) bool {
	if !ac.ceasefire || !ac.subjectIsSpeaker(si, h.start) {
		return false
	}
	return h.end >= len(si.toks) || si.toks[h.end].punct || ac.l.fw.placingPrepositions[si.tokText(h.end)]
}
