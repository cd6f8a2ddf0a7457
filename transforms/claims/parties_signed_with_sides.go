package claims

// signedTruceSides: the two signers of "X signed a truce with Y" are the truce's sides only when
// each can be a side of the war (a government, an army, an armed group, a coalition or a state
// that mediates nothing: not "Sudan's army signed a memorandum with the United Nations") and
// what they signed is no deal of another kind ("signed a mining deal with the United States,
// days after the ceasefire with M23": the first agreement noun after the verb, qualified as
// another deal's).
func (ac *articleContext) signedTruceSides(si *sentInfo, h hit, ids []string) bool {
	for _, id := range ids {
		e := ac.x.data.Gazetteer.Entity(id)
		if e == nil || e.Role == "mediator" || e.Role == "guarantor_state" || e.Role == "jihadist" {
			return false
		}
		switch e.Type {
		case "government", "military", "armed_group", "coalition", "country":
		default:
			return false
		}
	}
	for _, a := range si.hitsOf(catAgreement) {
		if a.start >= h.end {
			return !ac.otherDealQualified(si, a) // the first agreement noun after the verb
		}
	}
	return true
}
