package claims

import (
	"slices"
	"sort"
	"strings"
)

// setMember: who can guarantee, mediate, monitor or sponsor.
func setMember(m mention) bool {
	switch m.e.Type {
	case "country", "organization", "coalition":
		return true
	case "city", "person":
		return m.e.SpeaksFor != "" || m.e.Affiliation != ""
	}
	return false
}

// memberID resolves capitals and persons to the state or body they stand for.
func (ac *articleContext) memberID(m mention) string {
	if m.e.SpeaksFor != "" {
		return m.e.SpeaksFor
	}
	if m.e.Type == "person" && m.e.Affiliation != "" {
		return m.e.Affiliation
	}
	return m.e.ID
}

func (ac *articleContext) memberIDs(ms []mention) []string {
	out := make([]string, 0, len(ms))
	for _, m := range ms {
		if len(m.e.Members) > 0 {
			out = append(out, m.e.Members...) // a coalition stands for its members
			continue
		}
		out = append(out, ac.memberID(m))
	}
	sort.Strings(out)
	return slices.Compact(out) // sorted and distinct, as the keys of a set
}

// setRules: guarantors, mediators, monitors and talks sponsors. Sponsorship words (برعاية,
// mediation) attach to the ceasefire or to the talks, whichever noun is nearer.
func (ac *articleContext) setRules(out []draft, si *sentInfo) []draft {
	seen := map[int]bool{}
	for _, ref := range []topicRef{refGuarantors, refMonitors, refMediators, refTalksSponsors} {
		topic := topicRefNames[ref]
		for _, h := range ac.cuesOf(si, ref) {
			if seen[h.start] {
				continue
			}
			seen[h.start] = true
			t := topic
			if topic == "ceasefire.mediators" || topic == "talks.sponsors" {
				t = ac.sponsorshipObject(si, h)
				if t == "" {
					continue
				}
			} else if !ac.ceasefireContext(si) && !(topic == "ceasefire.monitors" && ac.ceasefire) {
				continue
			}
			if topic == "ceasefire.monitors" && (ac.aidBefore(si, h.start) || ac.aidAfter(si, h.end)) {
				continue // monitors of aid or evacuations, not of the ceasefire
			}
			if negatedAt(si, h.start) {
				continue
			}
			member := func(m mention) bool {
				// "U.S. mediators announced": a name qualifying the cue noun is a member,
				// though a verb of saying follows.
				return setMember(m) && ac.memberID(m) != ac.theater && (m.end == h.start || !isSpeakerMention(si, m, ac.l.lex.Grammar.SubjectBeforeVerb, ac.l.longest))
			}
			with := ac.isWithCue(si, h)
			if with {
				member = func(m mention) bool { return m.e.Type == "country" && m.e.ID != ac.theater }
			}
			// A locative ends the list: "الوسطاء السعوديون والأميركيون في منبر جدة" names
			// where they met, not another member.
			ms := collectForward(si, h.end, 4, member, func(i int) bool {
				_, loc := si.hitAt(catLocative, i)
				return loc
			})
			if len(ms) > 0 && ac.gapTokens(si, h.end, ms[0].start) > 2 {
				ms = nil // a place named later in the clause is not the sponsor
			}
			if len(ms) > 0 {
				if _, along := si.hitAt(catAlongside, ms[0].start-2); along || ac.alongsideBefore(si, ms[0].start) {
					// "عمان ستضمن الاتفاق إلى جانب الأمم المتحدة", "X had brokered the truce and would act
					// as its guarantors alongside Y": the subject too.
					ms = append(ms, nearestGroup(collectBackward(si, h.start, 20, member))...)
				}
			}
			if len(ms) == 0 && !with {
				ms = nearestGroup(collectBackward(si, h.start, 14, member))
				// "X will work with Y and Z to guarantee": X is a member too.
				if len(ms) > 0 && ac.withBefore(si, ms[len(ms)-1].start) {
					ms = append(ms, nearestGroup(collectBackward(si, ms[len(ms)-1].start-1, 6, member))...)
				}
			}
			members := ac.memberIDs(ms)
			if with {
				// "محادثات مع تركيا وإيران": the speaker's state sponsors with them.
				if t != "talks.sponsors" || len(ms) == 0 || ms[0].start != h.end {
					continue
				}
				if st := ac.speakerState(si, h.start); st != "" {
					members = ac.memberIDs(ms)
					members = appendSorted(members, st)
				}
			}
			if len(members) == 0 {
				continue
			}
			exh := onlyInClause(si, clauseStart(si, h.start), clauseEnd(si, h.end))
			out = append(out, draft{topic: t, members: members, exhaustive: exh, pos: h.start, rule: "set." + strings.TrimPrefix(strings.TrimPrefix(t, "ceasefire."), "talks.")})
		}
	}
	return out
}

// sponsorshipObject decides whether a sponsorship cue is about the ceasefire or the talks:
// whichever noun is nearest (the first in token order on a tie).
func (ac *articleContext) sponsorshipObject(si *sentInfo, h hit) string {
	nouns := si.nouns
	bestK, bestDist := -1, 1<<30
	consider := func(k int) {
		c := nouns[k]
		// A noun behind an attribution after the cue belongs to the source's description
		// ("under X sponsorship, according to diplomats familiar with the plans").
		if c.start >= h.end && ac.attributionBetween(si, h.end, c.start) {
			return
		}
		d := c.start - h.end
		if d < 0 {
			d = h.start - c.end
		}
		if d < 0 {
			d = 0
		}
		if d < bestDist || d == bestDist && k < bestK {
			bestK, bestDist = k, d
		}
	}
	// Of the nouns after the cue the first is nearest; before it, a noun starting more than
	// longest+bestDist tokens back is further than the best (nouns are in start order).
	after := sort.Search(len(nouns), func(k int) bool { return nouns[k].start >= h.end })
	if after < len(nouns) {
		consider(after)
	}
	for k := after - 1; k >= 0 && nouns[k].start+ac.l.longest >= h.start-bestDist; k-- {
		consider(k)
	}
	if bestK < 0 {
		return ""
	}
	if nouns[bestK].cat == catTalks {
		return "talks.sponsors"
	}
	return "ceasefire.mediators"
}

// attributionBetween: an attribution phrase or verb starts in [from, to).
func (ac *articleContext) attributionBetween(si *sentInfo, from, to int) bool {
	return len(hitsStartingIn(si.hitsOf(catAttrPrep), from, to-1)) > 0 || len(hitsStartingIn(si.hitsOf(catAttrVerb), from, to-1)) > 0
}

// isWithCue: the sponsorship cue is the preposition "with" (مع), which needs a named state.
func (ac *articleContext) isWithCue(si *sentInfo, h hit) bool {
	return h.end-h.start == 1 && ac.l.fw.comitatives[si.tokText(h.start)]
}

// speakerState: the state or body the speaker at pos stands for.
func (ac *articleContext) speakerState(si *sentInfo, pos int) string {
	sp := ac.speakerAt(si.s.Index, pos)
	if sp == nil {
		return ""
	}
	switch {
	case sp.SpeaksFor != "":
		return sp.SpeaksFor
	case sp.Type == "country":
		return sp.ID
	case sp.Affiliation != "":
		if a := ac.x.data.Gazetteer.Entity(sp.Affiliation); a != nil && a.Type == "country" {
			return a.ID
		}
	case sp.Country != "" && sp.Type == "government":
		return sp.Country
	}
	return ""
}

func appendSorted(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	xs = append(xs, x)
	sort.Strings(xs)
	return xs
}

// isSpeakerMention: the mention is who says the sentence ("…, the Omani foreign ministry said").
func isSpeakerMention(si *sentInfo, m mention, subjectFirst bool, longest int) bool {
	if subjectFirst {
		// "..., the ministry said"
		return len(si.hitsOfAt(catAttrVerb, m.end)) > 0 || len(si.hitsOfAt(catAttrVerb, m.end+1)) > 0
	}
	// "قالت الوزارة": a verb ending where the name starts began at most longest tokens before.
	for s := max(m.start-longest, 0); s < m.start; s++ {
		for _, h := range si.hitsOfAt(catAttrVerb, s) {
			if h.end == m.start {
				return true
			}
		}
	}
	return false
}

// alongsideBefore: "إلى جانب", "along with" ends right before pos; a bare conjunction or "with"
// (and, مع) does not count.
func (ac *articleContext) alongsideBefore(si *sentInfo, pos int) bool {
	for _, h := range si.hitsOf(catAlongside) {
		if t := si.tokText(h.start); h.end == pos && !ac.l.fw.conjunctions[t] && !ac.l.fw.comitatives[t] {
			return true
		}
	}
	return false
}

// withBefore: the preposition with/مع sits right before pos.
func (ac *articleContext) withBefore(si *sentInfo, pos int) bool {
	return ac.l.fw.comitatives[si.tokText(pos-1)]
}

// aidBefore: a humanitarian cue just before pos ("إدخال المساعدات ... بإشراف الأمم المتحدة").
func (ac *articleContext) aidBefore(si *sentInfo, pos int) bool {
	for _, h := range ac.cuesOf(si, refHumanitarian) {
		if h.end <= pos && pos-h.end <= 5 {
			return true
		}
	}
	return false
}

// aidAfter: a humanitarian cue follows soon after pos ("مراقبين يكلفون الإشراف على عمليات إجلاء").
func (ac *articleContext) aidAfter(si *sentInfo, pos int) bool {
	for _, h := range ac.cuesOf(si, refHumanitarian) {
		if h.start >= pos && h.start-pos <= 6 {
			return true
		}
	}
	return false
}
