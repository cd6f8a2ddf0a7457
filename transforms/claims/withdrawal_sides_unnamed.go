package claims

import "github.com/tanaqud/tanaqud/schemas"

// BothSides is the subject of a withdrawal stated of both sides at once ("Fighters on both
// sides are to withdraw 500 metres", «انسحاب الطرفين مسافة خمسة كيلومترات», "requires gunmen
// of both tribes to pull back") in an article that names neither side: a short item, a quote
// box, an explainer that assumes the reader knows the war. The article alone cannot say whose
// forces are meant; the comparison can, from the parties the other articles of its event name
// (compare.SideTally.Resolve), and writes one claim per side (the gold's convention: one line per
// party): pipelines/eval and the Beam job (transforms/disagree.ResolveSides) both do. An
// article that names the sides gets their forces directly (sidesForces).
const BothSides = "@both_sides"

// bothSidesEntity stands for the two unnamed sides as the subject of a withdrawal.
var bothSidesEntity = &schemas.Entity{ID: BothSides, Type: "armed_group", Role: "other"}

// unnamedSidesAt: the both-sides phrase spanning [at, end) as the BothSides subject, when the
// article reads no side of the truce (truceSides: no parties claim, no side of a construction naming them) and no pair of armed groups (sidesForces
// tried both): where it names the sides but cannot map them to forces, the phrase is left
// unread rather than sent to the event's parties. One side named in passing ("Houthi gunmen",
// "the Houthis also cite Oman") names no parties: the event's are meant.
func (ac *articleContext) unnamedSidesAt(at, end int) []mention {
	if len(ac.truceSides()) > 0 {
		return nil
	}
	return []mention{{start: at, end: end, e: bothSidesEntity}}
}

// SideForce is the force that withdraws for the party id (a ceasefire.parties member): the
// party itself when it is a force or a government with forces of its own (a regional
// administration fighting its state's army), else the one army affiliated with it, with the
// body it is affiliated with, or of its country ("yemeni_government" → "yemeni_army", "kdp" →
// "unit_80"); "" when none is known. The comparison resolves BothSides with it.
func (x *Extractor) SideForce(id string) string {
	e := x.data.Gazetteer.Entity(id)
	if e == nil {
		return ""
	}
	if isForce(mention{e: e}) || ownArmedSide(e) || localJihadist(mention{e: e}) {
		return e.ID
	}
	// An armed group that is no force here (a global network) has no army to lend: its
	// country's army is the other side's, or nobody's.
	if e.Type == "armed_group" {
		return ""
	}
	f := x.armyAffiliated[e.ID]
	if f == nil && e.Affiliation != "" {
		f = x.armyAffiliated[e.Affiliation]
	}
	if f == nil {
		country := e.ID
		if e.Type != "country" {
			country = e.Country
		}
		f = x.armyOf[country]
	}
	if f == nil || !isForce(mention{e: f}) {
		return ""
	}
	return f.ID
}
