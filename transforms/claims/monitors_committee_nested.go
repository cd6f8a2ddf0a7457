package claims

import "github.com/tanaqud/tanaqud/schemas"

// A monitoring body whose gazetteer name takes its membership phrase in ("the joint committee of
// police, army and native administration", "a committee of jirga elders and KP government
// officials", "لجنة مشتركة من الشرطة والقوات المسلحة والإدارة الأهلية"): the one mention covers
// the names of the members, which selectEntities drops as overlapped. The phrase still says who
// sits on the committee, so they are its members all the same.

// membersInsideName: the names matched inside body m's own span after a membership word
// (lexicon membership_words) past the span's first word, the longest first and none
// overlapping, each resolved as selectEntities resolves a span (aliasRank), that pass member
// or are a government, force or armed group: inside the body's own name a side's government or
// army is one that sits on it ("of jirga elders and KP government officials"), not one the
// committee watches. nil when m's span holds no membership word or no name.
func (ac *articleContext) membersInsideName(si *sentInfo, m mention, member func(mention) bool) []mention {
	p := -1
	for k := m.start + 1; k < m.end-1; k++ {
		if ac.l.fw.membershipWords[si.tokText(k)] {
			p = k + 1
			break
		}
	}
	if p < 0 {
		return nil
	}
	var out []mention
	present := countriesNamed{l: ac.l, infos: ac.infos}
	lastEnd := p
	for k, h := range si.entHits {
		if h.start < lastEnd || h.end > m.end || h.start == m.start && h.end == m.end {
			continue
		}
		best, bestRank := -1, 0
		for j := k; j < len(si.entHits) && si.entHits[j].start == h.start && si.entHits[j].end == h.end; j++ {
			if r := aliasRank(ac.l, si.entHits[j].idx, ac.theater, &present); r > bestRank {
				best, bestRank = j, r
			}
		}
		if best < 0 {
			continue
		}
		b := si.entHits[best]
		o := mention{start: b.start, end: b.end, e: ac.l.entities[b.idx], context: ac.l.context[b.idx], demonym: ac.l.demonym[b.idx], qualified: ac.l.qualified[b.idx]}
		if o.e == m.e || !member(o) && !(sidesBody(o.e) && !o.demonym) {
			continue
		}
		out = append(out, o)
		lastEnd = b.end
	}
	return out
}

// sidesBody: a government, a force or an armed group: a body that may sit on a joint committee
// though it is no third party (setMember).
func sidesBody(e *schemas.Entity) bool {
	switch e.Type {
	case "government", "military", "armed_group":
		return true
	}
	return false
}
