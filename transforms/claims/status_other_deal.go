package claims

import (
	"slices"

	"github.com/tanaqud/tanaqud/schemas"
)

// dealWithOtherBody: the signing or agreeing cue h is negated or denied, and what is (not)
// signed is a deal "with" bodies the article never names as a side of its truce ("نفى أن تكون
// الوحدات قد وقّعت أي اتفاق مع حكومة إقليم كردستان" in an article on a truce between the units
// and the army, "we have not signed any agreement with the regional government"): another deal
// is denied, so the sentence states neither the truce's status nor who signed it. A deal denied
// with the truce's other side ("... أي اتفاق مع الجيش") is the truce itself denied; and when the
// article names no sides, nothing tells the two apart.
// Only a negated or denied cue with a partner after "with" pays for the article's sides.
func (ac *articleContext) dealWithOtherBody(si *sentInfo, h hit) bool {
	if !negatedAt(si, h.start) && !deniedAt(si, h.start) && !deniedClause(si, h.start) {
		return false
	}
	partners := ac.comitativePartners(si, h.end)
	if len(partners) == 0 {
		return false
	}
	sides := ac.truceSides()
	if len(sides) == 0 {
		return false
	}
	for _, m := range partners {
		if ac.sideOfTruce(m, sides) {
			return false
		}
	}
	return true
}

// comitativePartners: the names that can be a side right after a "with" (مع) in the cue's
// clause ("signed any agreement with X and Y"), as signedWith reads them.
func (ac *articleContext) comitativePartners(si *sentInfo, end int) []mention {
	return ac.partnersAfterWith(si, end, func(m mention) bool {
		return ac.canBeSide(si, m) || !m.demonym && m.e.Type == "city" && m.e.SpeaksFor != ""
	})
}

// sideOfTruce: the partner is one of the sides, a unit of one, or a state body of a side's
// state ("the Iraqi government" for a truce the Iraqi army signed).
func (ac *articleContext) sideOfTruce(m mention, sides []string) bool {
	g := &ac.x.data.Gazetteer
	for _, id := range ac.memberIDs([]mention{m}) {
		if slices.Contains(sides, id) {
			return true
		}
		e := g.Entity(id)
		if e == nil {
			continue
		}
		if e.Affiliation != "" && slices.Contains(sides, e.Affiliation) {
			return true
		}
		if state := partyState(g, e); state != "" && slices.ContainsFunc(sides, func(s string) bool {
			se := g.Entity(s)
			return se != nil && partyState(g, se) == state
		}) {
			return true
		}
	}
	return false
}

// truceSides: the ids of the sides the article names for its truce (what partiesRule reads in
// any of its sentences, and the two states' armies), sorted; once per article.
func (ac *articleContext) truceSides() []string {
	if ac.truceSidesDone {
		return ac.truceSideIDs
	}
	ac.truceSidesDone = true
	var ids []string
	for _, si := range ac.infos {
		if si.bg || len(si.toks) == 0 || ac.earlierYear(si) {
			continue // no claims about this truce there
		}
		for _, d := range ac.partiesRule(nil, si) {
			ids = append(ids, d.members...)
		}
	}
	ids = appendEntityIDs(ids, ac.articleSides())
	slices.Sort(ids)
	ac.truceSideIDs = slices.Compact(ids)
	return ac.truceSideIDs
}

func appendEntityIDs(ids []string, es []*schemas.Entity) []string {
	for _, e := range es {
		ids = append(ids, e.ID)
	}
	return ids
}

// participleOfOtherDeal: a participle of concluding (lexicon concluding_participles: المبرم,
// الموقع, signed) ending the cue right after a generic agreement noun, no truce noun, is another deal when
// what follows it gives that deal its own object or partner: a topic preposition or a purpose
// prefix on a noun that is no truce noun ("الاتفاق الموقع لتصدير الغاز", "the agreement signed
// on grain exports"), or a "with" naming no side of the truce ("الاتفاق المبرم مع صندوق النقد
// الدولي": an unnamed body, or a named one that is no side when the article names sides).
// "اتفاق وقف إطلاق النار المبرم مع ..." and "الاتفاق المبرم مع الحوثيين" (a side) keep theirs.
func (ac *articleContext) participleOfOtherDeal(si *sentInfo, h hit) bool {
	fw := &ac.l.fw
	// The participle ends the cue, alone or after its noun ("الاتفاق الموقع").
	p := h.end - 1
	if !fw.concludingParticiples[si.tokText(p)] || h.end >= len(si.toks) {
		return false
	}
	if !ac.hitEndsBefore(si, catAgreement, p) || ac.hitEndsBefore(si, catCeasefire, p) {
		return false
	}
	t := si.tokText(h.end)
	switch {
	case fw.topicPrepositions[t]:
		return h.end+1 < len(si.toks) && !si.toks[h.end+1].punct && !truceNounAfter(si, h.end+1, 2)
	case hasAnyPrefix(t, fw.dealObjectPrefixes) && len([]rune(t)) > 4:
		return !truceNounAfter(si, h.end, 1)
	case fw.comitatives[t]:
		partners := ac.comitativePartners(si, h.end)
		if len(partners) == 0 {
			// No body a side can be right after "with": a named entity there is another kind.
			_, named := si.mentionAt(h.end + 1)
			return !named && h.end+1 < len(si.toks) && !si.toks[h.end+1].punct && !fw.objectPronouns[si.tokText(h.end+1)]
		}
		sides := ac.truceSides()
		return len(sides) > 0 && !slices.ContainsFunc(partners, func(m mention) bool { return ac.sideOfTruce(m, sides) })
	}
	return false
}

// hitEndsBefore: a hit of category c (an agreement noun, a ceasefire noun) ends right before
// pos.
func (ac *articleContext) hitEndsBefore(si *sentInfo, c category, pos int) bool {
	for _, h := range hitsStartingIn(si.hitsOf(c), pos-ac.l.longest, pos-1) {
		if h.end == pos {
			return true
		}
	}
	return false
}

// otherDealSubject: the deal or truce noun nearest before the status cue h, a few words back in
// its clause, is an agreement noun of another kind (lexicon other_deal_qualifiers: "the grain
// deal in force since July", "the customs agreement has collapsed", "الاتفاق التجاري الساري"):
// the cue tells that deal's status, not the truce's. In a language whose verb comes first the
// noun right after the cue is its subject too ("دخل الاتفاق التجاري حيز التنفيذ"). A truce noun
// there ("the ceasefire agreement in force") keeps it.
func (ac *articleContext) otherDealSubject(si *sentInfo, h hit) bool {
	last, agreement := hit{start: -1}, false
	next, nextAgreement := hit{start: len(si.toks)}, false
	for _, c := range [...]category{catCeasefire, catAgreement} {
		for _, n := range si.hitsOf(c) {
			if n.end <= h.start && n.end > last.end {
				last, agreement = n, c == catAgreement
			}
			if n.start >= h.end && n.start < next.start {
				next, nextAgreement = n, c == catAgreement
			}
		}
	}
	if agreement && h.start-last.end <= 3 && !si.boundaryIn(last.end, h.start) && ac.otherDealQualified(si, last) {
		return true
	}
	return !ac.l.lex.Grammar.SubjectBeforeVerb && nextAgreement && next.start-h.end <= 1 && ac.otherDealQualified(si, next)
}
