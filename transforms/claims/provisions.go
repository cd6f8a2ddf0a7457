package claims

// slotRules: retained rights, exchanges and humanitarian provisions (polarity per slot).
func (ac *articleContext) slotRules(out []draft, si *sentInfo) []draft {
	if !ac.ceasefire {
		return out
	}
	for _, spec := range []struct {
		ref            topicRef
		topic, yes, no string
	}{
		{refRetainedRights, "ceasefire.retained_rights", "retained", "not_retained"},
		{refExchange, "ceasefire.exchange", "included", "not_included"},
		{refHumanitarian, "ceasefire.humanitarian", "included", "not_included"},
	} {
		// "It commits both sides to letting aid through": a pronoun for the agreement named
		// in the sentence before.
		anaphoric := false
		if spec.topic != "ceasefire.retained_rights" && !ac.ceasefireContext(si) {
			// A sentence about the talks speaks of their agenda, not of the truce.
			if anaphoric = ac.previousNamesAgreement(si) && !si.has[catTalks]; !anaphoric {
				continue
			}
		}
		// One claim per slot: negated if any mention of the slot is ("ملف الأسرى لم يحسم…
		// تبادل الأسرى ليس جزءاً من الاتفاق").
		idx := map[string]int{}
		for _, h := range ac.cuesOf(si, spec.ref) {
			slot := ac.l.topicCue[h.idx].Slot
			if slot == "" {
				continue
			}
			gov, governed := ac.governingInclusion(si, h.start)
			if spec.topic != "ceasefire.retained_rights" && !anaphoric && !governed && !ac.nearCeasefire(si, h.start, 12) {
				continue
			}
			neg := negatedAt(si, h.start) != deniedAt(si, h.start) || negatedAfter(si, h.end) ||
				governed && negatedAt(si, gov.start) != deniedAt(si, gov.start)
			k, seen := idx[slot]
			if !seen {
				idx[slot] = len(out)
				out = append(out, draft{topic: spec.topic, subject: slot, value: spec.yes, pos: h.start, rule: "slot." + slot})
				k = len(out) - 1
			}
			if neg {
				out[k].value, out[k].pos = spec.no, h.start
			}
		}
	}
	return out
}

// governingInclusion is the inclusion verb whose object holds the provision at pos: in the
// same clause, at most 20 tokens before, after a ceasefire or agreement noun in the sentence
// ("ولم يتضمن الاتفاق ... أي بند يتعلق بتبادل الأسرى", "the deal does not include any
// exchange of prisoners").
func (ac *articleContext) governingInclusion(si *sentInfo, pos int) (hit, bool) {
	for _, h := range hitsStartingIn(si.hitsOf(catInclusion), pos-20, pos-1) {
		if h.end <= pos && !si.boundaryIn(h.end, pos) && !isTrapped(si, h) && ac.nearCeasefire(si, h.start, 4) {
			return h, true
		}
	}
	return hit{}, false
}

// withdrawalRule: a force that must withdraw or leave.
func (ac *articleContext) withdrawalRule(out []draft, si *sentInfo) []draft {
	if !ac.ceasefire {
		return out
	}
	force := func(m mention) bool {
		return (m.e.Type == "military" || m.e.Type == "armed_group") && m.e.Role != "jihadist"
	}
	seen := map[string]bool{}
	for _, h := range ac.cuesOf(si, refWithdrawal) {
		// The force is the subject before the verb ("Houthi fighters are to pull back",
		// "يلزم الحوثيين بالانسحاب") or the noun's complement right after it.
		ms := collectBackward(si, h.start, 8, force)
		if len(ms) == 0 {
			ms = collectForward(si, h.end, 3, force, nil)
			if len(ms) > 0 && ms[0].start > h.end+2 {
				ms = nil
			}
		}
		for _, m := range ms {
			if seen[m.e.ID] {
				continue
			}
			seen[m.e.ID] = true
			// The obligation may be negated at its own verb, before the force: "the deal does
			// not require the Houthis to withdraw", "لا يلزم الاتفاق الحوثيين بالانسحاب".
			neg := negatedAt(si, h.start) != deniedAt(si, h.start)
			if !neg && m.end <= h.start {
				neg = negatedAt(si, m.start) || ac.negatedNounSubject(si, m.start)
			}
			v := "required"
			if neg {
				v = "not_required"
			}
			out = append(out, draft{topic: "ceasefire.withdrawal", subject: m.e.ID, value: v, pos: h.start, rule: "withdrawal.cue"})
		}
	}
	return out
}

// negatedNounSubject: the obligation's subject is a negated agreement noun one verb before pos:
// "nothing in the agreement obliged X to leave", "لا شيء في الاتفاق يلزم X بالانسحاب".
func (ac *articleContext) negatedNounSubject(si *sentInfo, pos int) bool {
	for _, n := range hitsStartingIn(si.nouns, pos-2-ac.l.longest, pos-1) {
		if n.cat != catTalks && n.end < pos && pos-n.end <= 1 && negatedAt(si, n.start) {
			return true
		}
	}
	return false
}

// signatoryGroupsRule: named factions that signed ("الفصائل الموقعة ... أحرار الشام ...").
func (ac *articleContext) signatoryGroupsRule(out []draft, si *sentInfo) []draft {
	group := func(m mention) bool {
		return !m.demonym && m.e.Type == "armed_group" && m.e.Role != "jihadist" && !m.context
	}
	for _, h := range ac.cuesOf(si, refSignatoryGroups) {
		ms := collectForward(si, h.end, 8, group, nil)
		if len(ms) == 0 {
			// Subject before the verb, past a relative clause set off by commas: "حركات X
			// الخمس، التي تضم ...، وقّعت على ملحق الاتفاق"; with the names coordinated with it
			// ("Representatives of X, Y and Z signed").
			if k := si.mentionsEndingBy(h.start) - 1; k >= 0 && group(si.ents[k]) && ac.gapTokens(si, si.ents[k].end, h.start) <= 1 && !si.boundaryIn(si.ents[k].end, h.start) {
				ms = nearestGroup(collectBackward(si, h.start, 16, group))
			}
		}
		if len(ms) < 1 {
			continue
		}
		out = append(out, draft{topic: "ceasefire.signatory_groups", members: ac.memberIDs(ms), pos: h.start, rule: "signatory_groups.named"})
		break
	}
	return out
}
