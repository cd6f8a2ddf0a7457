package claims

import (
	"sort"

	"github.com/tanaqud/tanaqud/schemas"
)

// sidesWithUs: "between us and X" after the truce ("الاتفاق أُبرم بيننا وبين الحزب العربي
// الديمقراطي", "the deal was made between us and the RSF") names two sides: the body the
// speaker acts for, which the pronoun stands for, and X, a side or a political body named
// right after the conjunction. Nothing when no one is quoted (the outlet is no side), when the
// speaker brokers, or when the phrase is negated or denied ("there is no agreement between us
// and X").
// With self (a third-person or reflexive pronoun: "أعلنت وزارة الدفاع أن الاتفاق المبرم بينها
// وبين جهاز الردع", "The defence ministry presents the deal as one between itself and Radaa")
// the pronoun stands for the body who speaks, else for the side named nearest before the cue in
// its clause.
func (ac *articleContext) sidesWithUs(si *sentInfo, h hit, side func(mention) bool, self bool) []string {
	if ac.sponsorshipObject(si, h) != "ceasefire.mediators" || !ac.nearCeasefire(si, h.start, 8) || negatedAt(si, h.start) || ac.deniedAt(si, h.start) || deniedBeforeQuote(si, h.start) {
		return nil
	}
	us := ac.bodyOf(ac.speakerAt(si.s.Index, h.start))
	if self && us == nil {
		if before := collectBackward(si, h.start, 12, side); len(before) > 0 {
			us = before[0].e
		}
	}
	if us == nil || !side(mention{e: us}) || ac.brokerState(mention{e: us}) {
		return nil
	}
	other := func(m mention) bool {
		return side(m) || !m.demonym && m.e.Type == "organization" && m.e.Role == "other"
	}
	ms := collectForward(si, h.end, 2, other, nil)
	if len(ms) == 0 || ms[0].start > h.end+2 {
		return nil
	}
	them := ac.sideID(ms[0])
	if them == us.ID {
		return nil
	}
	members := []string{them, us.ID}
	sort.Strings(members)
	return members
}

// deniedBeforeQuote: a denial governs pos. Inside a quote, only one in the quote before pos or
// one whose content the quote is, right before it with no comma between ("نفى دقاق أن يكون
// «الاتفاق أُبرم بيننا وبين X»"): the speaker's own words after a comma are not what an earlier
// denial denies ("ردّ دقاق على نفي الحزب، معتبراً أن «الاتفاق أُبرم بيننا وبين الحزب»" answers it).
func deniedBeforeQuote(si *sentInfo, pos int) bool {
	q := -1
	for k := pos - 1; k >= 0 && q < 0; k-- {
		if isQuote(si.toks[k].text) {
			q = k
		}
	}
	if q < 0 {
		return deniedClauseWithin(si, pos, 20)
	}
	if len(hitsStartingIn(si.hitsOf(catDenial), q+1, pos-1)) > 0 {
		return true
	}
	for _, d := range hitsStartingIn(si.hitsOf(catDenial), q-8, q-1) {
		if !si.boundaryIn(d.end, q) && !commaIn(si, d.end, q) {
			return true
		}
	}
	return false
}

// bodyOf: the body a person speaks for (its affiliation), else the entity itself.
func (ac *articleContext) bodyOf(e *schemas.Entity) *schemas.Entity {
	if e != nil && e.Type == "person" && e.Affiliation != "" {
		if a := ac.x.data.Gazetteer.Entity(e.Affiliation); a != nil {
			return a
		}
	}
	return e
}
