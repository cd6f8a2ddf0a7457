package claims

import "github.com/tanaqud/tanaqud/schemas"

// demandQualifiers: the at most four tokens in [from, to) between a denial verb and the demand
// word it rejects only determine or qualify that demand, or name who rejects it: an article or
// a generic determiner ("a", "the", "any"), a name or a demonym ("a Kyrgyz demand", "ورفضت
// الحكومة اليمنية مطالبات"), or the withdrawal cue at pos itself ("rejected the withdrawal
// demand"). A verb, a preposition or punctuation between makes the demand another clause's
// ("rejected the claim and repeated its demand").
func (ac *articleContext) demandQualifiers(si *sentInfo, from, to, pos int) bool {
	if to-from > 4 || si.boundaryIn(from, to) {
		return false
	}
	fw := &ac.l.fw
	for k := from; k < to; k++ {
		if m, ok := si.mentionAt(k); ok && m.end <= to {
			k = m.end - 1
			continue
		}
		w := si.tokText(k)
		if k == pos || fw.definiteArticles[w] || fw.indefiniteArticles[w] || si.tokIn(k, classGenericDeterminer, fw.genericDeterminers) {
			continue
		}
		return false
	}
	return true
}

// denialSubject is who the denial verb at pos is said of: the nearest name a speaker can be,
// at most fourteen tokens before it, past an insert set off by commas ("Defence Minister X,
// speaking at a military base, rejected"); nil when none.
func (ac *articleContext) denialSubject(si *sentInfo, pos int) *schemas.Entity {
	ms := collectBackward(si, pos, 14, speakerEligible)
	if len(ms) == 0 || si.boundaryIn(ms[0].end, pos) {
		return nil
	}
	return ms[0].e
}

// rejecterForce is the force of who rejects a withdrawal demand: a person's body, that body's
// army for a government or a state ("our forces" read as ownForce reads them). None for a
// mediator, the UN or a monitor, who reject on nobody's behalf.
func (ac *articleContext) rejecterForce(by *schemas.Entity, h hit) (mention, bool) {
	if by == nil {
		return mention{}, false
	}
	if by.Type == "person" && by.Affiliation != "" {
		by = ac.x.data.Gazetteer.Entity(by.Affiliation)
	}
	if by == nil || by.Role == "mediator" || by.Role == "un" || by.Role == "monitor" {
		return mention{}, false
	}
	f := ac.affiliatedArmy(by)
	if f == nil || !isForce(mention{e: f}) {
		return mention{}, false
	}
	return mention{start: h.start, end: h.end, e: f}, true
}
