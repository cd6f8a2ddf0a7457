package claims

import "github.com/tanaqud/tanaqud/schemas"

// A government or army named as a side of the truce is that side, though its gazetteer entry
// speaks for its state: "the ceasefire between the Pakistani government and the TTP" has the
// sides pakistani_government and ttp, as "Yemen's government and the Houthis", "the Colombian
// government and the ELN", "Afghanistan's Taliban government" are written: a side is the body
// the text names as one, not the state its entry speaks for. speaks_for still serves where the
// entry acts (a speaker, a mediator: "the Islamic Emirate brokered"), and a capital or a seat
// named as a side still stands for its state ("بين أنقرة وقسد").

// sideIDs: the ids of the sides or signers ms names.
func (ac *articleContext) sideIDs(ms []mention) []string {
	return ac.membersBy(ms, ac.sideID)
}

// sideID: a government or army of a state keeps its own id; anything else resolves as a set
// member does (memberID).
func (ac *articleContext) sideID(m mention) string {
	if ac.stateBody(m.e) {
		return m.e.ID
	}
	return ac.memberID(m)
}

// stateBody: an army, or a government by its name (lexicon government_nouns: "the Pakistani
// government", "Government of India"), whose entry speaks for a state. A ministry, an office or
// a seat ("the Home Ministry", "the Kremlin") stands for its state, and a broker's body agrees
// and signs as its state.
func (ac *articleContext) stateBody(e *schemas.Entity) bool {
	if e.SpeaksFor == "" || e.Role == "mediator" || e.Role == "guarantor_state" {
		return false
	}
	if s := ac.x.data.Gazetteer.Entity(e.SpeaksFor); s == nil || s.Type != "country" {
		return false
	}
	switch e.Type {
	case "military":
		return true
	case "government":
		for _, n := range ac.l.fw.governmentNouns {
			if ac.nameHasNoun(e, n) {
				return true
			}
		}
	}
	return false
}
