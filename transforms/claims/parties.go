package claims

import (
	"sort"
)

// partiesRule: "بين X و Y" after a ceasefire or agreement noun.
func (ac *articleContext) partiesRule(out []draft, si *sentInfo) []draft {
	if !ac.ceasefireContext(si) {
		return out
	}
	party := func(m mention) bool {
		if m.demonym {
			return false
		}
		switch m.e.Type {
		case "government", "military", "armed_group", "coalition":
			return m.e.Role != "jihadist"
		}
		return false
	}
	for _, h := range ac.cuesOf(si, refParties) {
		if ac.l.topicCue[h.idx].Object == "with" {
			// "أعلنت الحكومة التوصل إلى اتفاق لوقف إطلاق النار ... مع جماعة الحوثي": the
			// announcing side and the side named after "with".
			m, ok := si.mentionAt(h.end)
			sp := ac.speakerAt(si.s.Index, h.start)
			if !ok || !party(m) || sp == nil || !ac.nearCeasefire(si, h.start, 10) {
				continue
			}
			side := mention{e: sp}
			if sp.Type == "person" && sp.Affiliation != "" {
				if a := ac.x.data.Gazetteer.Entity(sp.Affiliation); a != nil {
					side.e = a
				}
			}
			if party(side) && side.e.ID != m.e.ID {
				members := []string{m.e.ID, side.e.ID}
				sort.Strings(members)
				out = append(out, draft{topic: "ceasefire.parties", members: members, pos: h.start, rule: "parties.with_speaker", inferred: true})
			}
			continue
		}
		if ac.sponsorshipObject(si, h) != "ceasefire.mediators" || !ac.nearCeasefire(si, h.start, 8) {
			continue
		}
		ms := collectForward(si, h.end, 3, party, nil)
		members := ac.memberIDs(ms)
		if len(members) < 2 {
			continue
		}
		out = append(out, draft{topic: "ceasefire.parties", members: members, pos: h.start, rule: "parties.between"})
	}
	// "The Houthis and the government agreed to a ceasefire": the subjects of the agreement.
	for _, h := range ac.cuesOf(si, refStatus) {
		if ac.l.topicCue[h.idx].Value != "agreed" || ac.l.topicCue[h.idx].Object != "" || !ac.nearCeasefire(si, h.start, 8) {
			continue
		}
		members := ac.memberIDs(nearestGroup(collectBackward(si, h.start, 12, party)))
		if len(members) < 2 {
			// Verb-subject order: "توصل الجيش وقوات الدعم السريع إلى اتفاق" names the
			// sides right after the verb.
			if ms := collectForward(si, h.end, 3, party, nil); len(ms) > 0 && ms[0].start == h.end {
				members = ac.memberIDs(ms)
			}
		}
		if len(members) >= 2 {
			out = append(out, draft{topic: "ceasefire.parties", members: members, pos: h.start, rule: "parties.subjects"})
		}
	}
	return out
}
