package claims

// A side's rival place for the talks, given as the bare object of its verb of saying or listing
// after the talks are placed in the sentence: "Angola has announced a second round in Luanda on
// 3 July; Chad says N'Djamena, on 10 July", "Saturday's follow-up round met in Tripoli, ...,
// even though Turkish officials had announced Istanbul"; or, with no place told, after the talks
// are named before the verb (or in the sentence before) and with a time after the place: "the
// next step: talks. Qatar wants them in Doha a week from today; Iran has named Muscat and early
// September". The verb is one of saying (attribution_verbs) or listing (listing_verbs); its
// subject a name right before it (past two auxiliaries or adverbs), or, verb first, right after
// it with an object preposition before the place («بينما تصر طهران على مسقط»); its object a city
// named right after it, other than the place told, and the clause ends there or goes on with a
// time ("N'Djamena, on 10 July", "Muscat and early September"). The place is the subject's (rule
// venue.rival_object). Not: an object that goes on into a clause of its own ("Chad says
// N'Djamena is unsafe"), a place with no talks named or placed before the verb, the place told
// again, a side that already told the first place.

// rivalVenueObjects adds such rival places to the sentence's drafts.
func (ac *articleContext) rivalVenueObjects(out []draft, si *sentInfo) []draft {
	if !ac.ceasefire || len(si.ents) < 2 {
		return out
	}
	fw := &ac.l.fw
	n := len(out)
	var times []timeExpr
	for v := 1; v < len(si.toks)-1; v++ {
		obj := -1
		if h, ok := si.hitAt(catAttrVerb, v); ok {
			obj = h.end
		} else if si.tokIn(v, classListingVerb, fw.listingVerbs) {
			obj = v + 1
		}
		if obj < 0 || obj >= len(si.toks) {
			continue
		}
		// The place told before the verb: the last venue draft of the sentence before it.
		var told *draft
		for i := 0; i < n; i++ {
			if d := &out[i]; d.topic == "talks.venue" && d.pos < v {
				told = d
			}
		}
		// With no place told, the talks named before the verb and a time after the place:
		// "where their next council meets: the mediators say Kufra on Saturday".
		talksBefore := false
		for _, c := range [...]category{catTalks, catMeeting} {
			for _, h := range si.hitsOf(c) {
				talksBefore = talksBefore || h.end <= v
			}
		}
		if i := si.s.Index; i > 0 && ac.infos[i-1].has[catTalks] {
			talksBefore = true // "the next step: talks. Qatar wants them in Doha ...; Iran has named Muscat"
		}
		if told == nil && !talksBefore {
			continue
		}
		// The verb first, its subject after it, then its object, past an object preposition:
		// «بينما تصرّ طهران على مسقط».
		agent := ""
		if sm, ok := si.mentionAt(obj); ok && sm.start == obj && sm.e.Type == "city" && sm.e.SpeaksFor != "" || ok && sm.start == obj && sm.e.Type != "city" && ac.speakingMention(sm) {
			if next := sm.end; next < len(si.toks) && fw.objectPrepositions[si.tokText(next)] {
				if om, ok := si.mentionAt(next + 1); ok && om.start == next+1 && om.e.Type == "city" {
					agent, obj = sm.e.SpeaksFor, next+1
					if sm.e.Type != "city" {
						agent = ac.ownerID(si, sm)
					}
				}
			}
		}
		m, ok := si.mentionAt(obj)
		if !ok || m.start != obj || m.e.Type != "city" || told != nil && m.e.ID == told.value || m.demonym || m.joint {
			continue
		}
		end := m.end
		if end < len(si.toks) && isComma(si.tokText(end)) {
			end++
		}
		if end < len(si.toks) && !si.toks[end].punct || told == nil {
			if times == nil {
				times = ac.parseTimes(si)
			}
			k := end
			if fw.coordinators[si.tokText(k)] {
				k++
			}
			timed := false
			for _, te := range times {
				// The time ends the clause too ("Bunia on Sunday was calm" places nothing).
				ends := te.end >= len(si.toks) || si.toks[te.end].punct && (told != nil || !isComma(si.tokText(te.end)))
				if k < len(si.toks) && ends && (te.start <= k && k < te.end || te.start == k+1 && !si.toks[k].punct) {
					timed = true
				}
			}
			if !timed {
				continue
			}
		}
		if agent == "" {
			agent = ac.rivalSubjectBefore(si, v)
		}
		if agent == "" || told != nil && agent == told.agent {
			continue
		}
		out = append(out, draft{topic: "talks.venue", value: m.e.ID, pos: m.start, rule: "venue.rival_object", agent: agent})
	}
	return out
}
