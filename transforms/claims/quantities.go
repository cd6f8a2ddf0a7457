package claims

// numberRules: signatories per slot (fighters, factions) and the duration in days.
func (ac *articleContext) numberRules(si *sentInfo) []draft {
	nums := ac.parseNumbers(si)
	if len(nums) == 0 {
		return nil
	}
	var out []draft
	signCue := false
	for _, h := range ac.cuesOf(si, refSignatories) {
		if ac.l.topicCue[h.idx].Slot == "" {
			signCue = true
		}
	}
	for _, ne := range nums {
		// The counted noun follows the number, possibly after من ("60 ألفاً من المقاتلين").
		for k := ne.end; k <= ne.end+1 && k < len(si.toks); k++ {
			if slot, ok := ac.slotAt(si, "ceasefire.signatories", k); ok && slot != "" {
				if signCue || ac.ceasefireContext(si) {
					out = append(out, draft{topic: "ceasefire.signatories", subject: slot, value: numericValue(ne.low, ne.high), low: ne.low, high: ne.high, pos: ne.start, rule: "signatories.count"})
				}
				break
			}
			if k == ne.end && si.tokText(k) != "من" && si.tokText(k) != "of" {
				continue
			}
		}
		if h, ok := si.hitAt(catDurUnit, ne.end); ok && ac.ceasefireContext(si) && len(ac.cuesOf(si, refDuration)) > 0 {
			days := ac.l.durUnits[h.idx]
			lo, hi := ne.low*days, ne.high*days
			if days == 30 { // a month is 28 to 31 days
				lo, hi = ne.low*28, ne.high*31
			}
			out = append(out, draft{topic: "ceasefire.duration", value: numericValue(lo, hi), low: lo, high: hi, pos: ne.start, rule: "duration.count"})
		}
	}
	return out
}

// slotAt returns the slot of a topic cue starting at token k.
func (ac *articleContext) slotAt(si *sentInfo, topic string, k int) (string, bool) {
	for _, h := range si.hitsOf(catTopicCue) {
		if h.start == k && ac.l.topicCue[h.idx].topic == topic {
			return ac.l.topicCue[h.idx].Slot, true
		}
	}
	return "", false
}
