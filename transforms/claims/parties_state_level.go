package claims

import "github.com/tanaqud/tanaqud/schemas"

// stateOfBodyFacingState: a state body (a prime minister's office, an army, a security
// committee) announcing a truce "with" a state speaks for its own state, so the sides are the
// two states ("the Prime Minister's Office said the ceasefire with Iran", "أعلنت لجنة الأمن
// القومي ... اتفاقاً مع الجانب القيرغيزي"): sides are named at one level, as after "between".
// Facing an armed group ("a ceasefire with the Houthis") the body stays itself.
func (ac *articleContext) stateOfBodyFacingState(body *schemas.Entity, other string) *schemas.Entity {
	g := &ac.x.data.Gazetteer
	if o := g.Entity(other); o == nil || o.Type != "country" {
		return body
	}
	if body.Type != "government" && body.Type != "military" || body.Country == "" || body.Country == other {
		return body
	}
	if c := g.Entity(body.Country); c != nil && c.Type == "country" {
		return c
	}
	return body
}

// oneStateOnly: the names are a state and bodies of that state only ("the Prime Minister's
// Office confirmed that Israel accepted"): one side, not the two sides of a truce. Two bodies of
// one country without the state itself (an army and a rebel force) may well be the two sides.
func (ac *articleContext) oneStateOnly(ids []string) bool {
	g := &ac.x.data.Gazetteer
	state := ""
	for _, id := range ids {
		if e := g.Entity(id); e != nil && e.Type == "country" {
			state = e.ID
		}
	}
	if state == "" || len(ids) < 2 {
		return false
	}
	for _, id := range ids {
		e := g.Entity(id)
		if e == nil || e.ID != state && (e.Country != state || e.Type != "government" && e.Type != "military") {
			return false
		}
	}
	return true
}

// subjectsInClause keeps, of names collected back from the verb at pos (nearest first), those
// in its own clause: a that-word or a verb of saying between a name and the verb leaves the
// name to the clause that reports ("أكدت وزارة الخارجية الروسية اليوم أن قيرغيزستان
// وطاجيكستان اتفقتا": the ministry tells, it does not agree).
func (ac *articleContext) subjectsInClause(si *sentInfo, ms []mention, pos int) []mention {
	for k, m := range ms {
		for i := m.end; i < pos; i++ {
			if si.tokIn(i, classComplementizer, ac.l.fw.complementizers) || si.startsAt(catAttrVerb, i) {
				return ms[:k]
			}
		}
	}
	return ms
}
