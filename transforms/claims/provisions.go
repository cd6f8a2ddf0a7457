package claims

// slotRules: retained rights, exchanges and humanitarian provisions (polarity per slot).
func (ac *articleContext) slotRules(si *sentInfo) []draft {
	if !ac.ceasefire {
		return nil
	}
	var out []draft
	for _, spec := range []struct {
		ref            topicRef
		topic, yes, no string
	}{
		{refRetainedRights, "ceasefire.retained_rights", "retained", "not_retained"},
		{refExchange, "ceasefire.exchange", "included", "not_included"},
		{refHumanitarian, "ceasefire.humanitarian", "included", "not_included"},
	} {
		if spec.topic != "ceasefire.retained_rights" && !ac.ceasefireContext(si) {
			continue
		}
		// One claim per slot: negated if any mention of the slot is ("ملف الأسرى لم يحسم…
		// تبادل الأسرى ليس جزءاً من الاتفاق").
		idx := map[string]int{}
		for _, h := range ac.cuesOf(si, spec.ref) {
			slot := ac.l.topicCue[h.idx].Slot
			if slot == "" {
				continue
			}
			if spec.topic != "ceasefire.retained_rights" && !ac.nearCeasefire(si, h.start, 12) {
				continue
			}
			neg := negatedAt(si, h.start) != deniedAt(si, h.start) || negatedAfter(si, h.end)
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

// withdrawalRule: a force that must withdraw or leave.
func (ac *articleContext) withdrawalRule(si *sentInfo) []draft {
	if !ac.ceasefire {
		return nil
	}
	force := func(m mention) bool {
		return (m.e.Type == "military" || m.e.Type == "armed_group") && m.e.Role != "jihadist"
	}
	var out []draft
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
		v := "required"
		if negatedAt(si, h.start) != deniedAt(si, h.start) {
			v = "not_required"
		}
		for _, m := range ms {
			if seen[m.e.ID] {
				continue
			}
			seen[m.e.ID] = true
			out = append(out, draft{topic: "ceasefire.withdrawal", subject: m.e.ID, value: v, pos: h.start, rule: "withdrawal.cue"})
		}
	}
	return out
}

// signatoryGroupsRule: named factions that signed ("الفصائل الموقعة ... أحرار الشام ...").
func (ac *articleContext) signatoryGroupsRule(si *sentInfo) []draft {
	group := func(m mention) bool {
		return !m.demonym && m.e.Type == "armed_group" && m.e.Role != "jihadist" && !m.context
	}
	var out []draft
	for _, h := range ac.cuesOf(si, refSignatoryGroups) {
		ms := collectForward(si, h.end, 8, group, nil)
		if len(ms) < 1 {
			continue
		}
		out = append(out, draft{topic: "ceasefire.signatory_groups", members: ac.memberIDs(ms), pos: h.start, rule: "signatory_groups.named"})
		break
	}
	return out
}
