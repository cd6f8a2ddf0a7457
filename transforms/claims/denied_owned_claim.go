package claims

import "slices"

// ownedClaimOwner: the cue at pos stands, not negated, in content a denial or a dismissal
// dismisses, and that content noun has a named owner marked as such ("Kalonji rejected
// CODECO's claim that 40 detainees would be freed", "contradicting Viv Ansanm's claim that the
// mediators had promised both"): besides the denier's negated reading, the content is the
// owner's own account, said by the owner, not hedged, as a denied figure with its account named
// is (gold README, stop 24: two claims). It returns the owner's id, "" when the content has no
// owner ("rejected reports that", "rejected Houthi claims that": the denier's alone).
func (ac *articleContext) ownedClaimOwner(si *sentInfo, pos int) string {
	id, _ := ac.ownedClaimAt(si, pos)
	return id
}

// ownedClaimAt is ownedClaimOwner with the start of the owner's mention, before which the
// denier's verb stands ("rejected | CODECO's claim").
func (ac *articleContext) ownedClaimAt(si *sentInfo, pos int) (string, int) {
	if negatedAt(si, pos) {
		return "", -1
	}
	return ac.contentOwnerAt(si, pos)
}

// ownedExclusions: a coverage reading in a denied owned claim («رفضت الحكومة مزاعم دمشق بأن
// عشائر الهرمل خارج الاتفاق», "rejecting Damascus's claim that the Hermel clans are outside
// the deal") is read as the owner's (exclusions.go leaves the denial aside there:
// ownedContentBefore); its speaker is the owner, whatever the sentence's speaker.
func (ac *articleContext) ownedExclusions(ds []draft, si *sentInfo) {
	for i := range ds {
		if ds[i].topic != "ceasefire.exclusions" || ds[i].agent != "" {
			continue
		}
		if o, _ := ac.contentOwnerAt(si, ds[i].pos); o != "" {
			ds[i].agent = o
		}
	}
}

// contentOwnerAt: the speaking owner of the denied content whose clause holds pos, and the
// start of its mention ("", -1 when none).
func (ac *articleContext) contentOwnerAt(si *sentInfo, pos int) (string, int) {
	if si.content == nil || !deniedAt(si, pos) && !deniedProvision(si, pos) {
		return "", -1
	}
	for j := pos - 1; j > 0 && j >= pos-deniedContentReach; j-- {
		if si.boundary[j] {
			return "", -1
		}
		if !si.content[j] {
			continue
		}
		k := ac.contentOwnerMention(si, j, pos)
		if k < 0 || si.ents[k].demonym || si.ents[k].e.Type == "media" {
			return "", -1
		}
		// A capital acting for its state ("Sanaa's claim", "Damascus's claim") speaks for it;
		// another place owns no claim.
		e := ac.speakerOf(si, si.ents[k])
		if e != nil && (e.Type == "city" || e.Type == "region") && e.SpeaksFor != "" {
			e = ac.x.data.Gazetteer.Entity(e.SpeaksFor)
		}
		if e == nil || e.Type == "city" || e.Type == "region" {
			return "", -1
		}
		return e.ID, si.ents[k].start
	}
	return "", -1
}

// contentOwnerMention: the index in si.ents of the named owner of the content noun at j, whose
// clause holds the cue at pos: a name with its possessive before the noun ("CODECO's claim",
// "the Houthis' claim"), or a name right after it in the genitive, the content's complementizer
// right after the name (lexicon complementizers: «مزاعم الحوثيين بأن», «ادعاءات كوديكو أن»).
// -1 when none.
func (ac *articleContext) contentOwnerMention(si *sentInfo, j, pos int) int {
	if len(ac.l.fw.possessives) > 0 && j > 0 {
		t := si.tokText(j - 1)
		owner := j // the name ends with its possessive ("CODECO's") ...
		if t == "'" || t == "’" || slices.Contains(ac.l.fw.possessives, t) {
			owner = j - 1 // ... or the possessive stands alone ("the Houthis' claim")
		} else if !hasAnySuffix(t, ac.l.fw.possessives) {
			owner = -1
		}
		if owner >= 0 {
			if k := si.mentionsEndingBy(owner) - 1; k >= 0 && si.ents[k].end >= owner-1 && si.ents[k].end <= owner {
				return k
			}
			return -1
		}
	}
	m, ok := si.mentionAt(j + 1)
	if !ok || m.start != j+1 || m.end >= pos || !ac.l.fw.complementizers[si.tokText(m.end)] {
		return -1
	}
	for k := range si.ents {
		if si.ents[k].start == m.start && si.ents[k].end == m.end {
			return k
		}
	}
	return -1
}

// denierPos: where the denier's negated reading of an owned claim whose owner's mention starts
// at from is said: the denial verb before the owner ("rejected", "dismissed the"), so the
// sentence's speaker, not the owner, says it; from itself when no denial verb stands within
// three tokens before it.
func denierPos(si *sentInfo, from int) int {
	for _, h := range hitsStartingIn(si.hitsOf(catDenial), from-3, from-1) {
		return h.start
	}
	return from
}

// ownedClaim is the owner's reading of one slot: its subject, cue and owner.
type ownedClaim struct {
	subject, owner string
	pos            int
}

// ownedClaimDrafts appends, for each slot key whose cue lies in a denied owned claim, the
// owner's positive reading (value yes) said by the owner, in key order.
func ownedClaimDrafts(out []draft, owned map[string]ownedClaim, topic, yes string) []draft {
	for _, key := range sortedKeys(owned) {
		o := owned[key]
		out = append(out, draft{topic: topic, subject: o.subject, value: yes, pos: o.pos, agent: o.owner, rule: "slot." + o.subject + ".owned_claim"})
	}
	return out
}
