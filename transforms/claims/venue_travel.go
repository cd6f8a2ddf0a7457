package claims

// travelledTalksVenue: a delegation that travels to a city for the talks names their venue ("وصل
// إلى بغداد اليوم وفد ... لبحث مقترح يونامي لوقف القتال"، "سيتوجهون إلى إسطنبول للمشاركة في جولة
// محادثات", "Delegations have arrived in Amman for today's round of talks", "Negotiators are
// expected back in Havana next month for a seventh round"). A verb of travel (lexicon talks.venue
// object "travel": arrived, headed, back; وصل، يتوجه، غادر، يعود) reaches its destination a few
// words on (travelDestination), and the purpose follows it in the sentence: a purpose word
// (object "purpose": for, to attend; للمشاركة في، لحضور) with a talks or meeting noun right
// after it, or a verb of discussing (object "discuss": to discuss; لبحث، للبحث) whose object is
// the truce or the talks. A return home after the talks ("returned to Beirut after the talks",
// "عاد الوفد إلى بيروت لبحث نتائج المحادثات مع الرئيس") has neither, and a negated or conditional
// journey places nothing.
//
// An invitation to a city is the journey asked of the guests (lexicon object "invite": "has
// invited the parties to N'Djamena on 10 July for the second round of talks", "Riyadh says it has
// invited both delegations to Jeddah on April 28", "We invited our Tajik colleagues to Batken;
// the commission meets on Kyrgyz soil"): its purpose may go untold where the sentence speaks of
// the talks or a meeting ("invited the president to Paris for a state visit" does not).
func (ac *articleContext) travelledTalksVenue(out []draft, si *sentInfo, cues []hit) []draft {
	for _, h := range cues {
		o := ac.l.topicCue[h.idx].Object
		if o != "travel" && o != "invite" || negatedAt(si, h.start) || deniedAt(si, h.start) || conditionalVenue(si, h.start) {
			continue
		}
		m, ok := ac.travelDestination(si, h)
		if !ok || !ac.travelPurpose(si, cues, m.end) && !(o == "invite" && (si.has[catTalks] || si.has[catMeeting])) {
			continue
		}
		return append(out, draft{topic: "talks.venue", value: m.e.ID, pos: m.start, rule: "venue.travel_to_talks"})
	}
	return out
}

// travelDestination: the city a journey at h reaches: a placing preposition ("to", "in", "at",
// "إلى", "في") within eight tokens after the verb, in its clause (past its subject: "يتوجه وفد
// إدارة خاتمة غداً إلى أديس أبابا"; past a building: "arrived at the foreign ministry in Amman"),
// then the city within three tokens ("إلى العاصمة العمانية"). No departure: "غادر بيروت" names
// where the journey starts.
func (ac *articleContext) travelDestination(si *sentInfo, h hit) (mention, bool) {
	for k := h.end; k < len(si.toks) && k <= h.end+8; k++ {
		if k > h.end && (si.boundary[k] || si.toks[k].punct) {
			break
		}
		if !ac.l.fw.placingPrepositions[si.tokText(k)] && !ac.isVenueLocative(si, k+1) {
			continue
		}
		for n := si.firstMentionFrom(k + 1); n < len(si.ents); n++ {
			m := si.ents[n]
			if m.start > k+4 || punctIn(si, k+1, m.start) {
				break
			}
			if m.e.Type == "city" && !m.demonym {
				return m, true
			}
		}
	}
	return mention{}, false
}

// travelPurpose: after the destination, within the sentence's next fourteen tokens and before
// any clause break, a purpose word with a talks or meeting noun at most four tokens after it
// ("for today's round of talks", "للمشاركة في جولة محادثات", "لحضور جولة مفاوضات"), or a verb
// of discussing with the truce, an agreement or the talks at most six tokens after it ("لبحث تمديد
// الهدنة", "to discuss the ceasefire"). A time lead between ("after", "بعد") makes the talks the
// journey's occasion past, not its purpose.
func (ac *articleContext) travelPurpose(si *sentInfo, cues []hit, from int) bool {
	for _, p := range cues {
		obj := ac.l.topicCue[p.idx].Object
		if obj != "purpose" && obj != "discuss" || p.start < from || p.start > from+14 || clausePunctIn(si, from, p.start) || ac.timeLeadIn(si, from, p.start) {
			continue
		}
		if obj == "purpose" && (nounWithin(si, p.end, 4, catTalks) || nounWithin(si, p.end, 4, catMeeting) && meetingOnTheTruce(si)) {
			return true
		}
		if obj == "discuss" && nounWithin(si, p.end, 6, catCeasefire, catAgreement, catTalks) {
			return true
		}
	}
	return false
}

// meetingOnTheTruce: a meeting noun is the talks' only in a sentence that names the truce, an
// agreement or talks ("for a meeting on extending the truce"); bare, it is any body's session ("travelled
// to Geneva for a session of the Human Rights Council", "للمشاركة في اجتماعات الجمعية العامة").
func meetingOnTheTruce(si *sentInfo) bool {
	return si.has[catCeasefire] || si.has[catAgreement] || si.has[catTalks]
}

// nounWithin: a noun of one of the categories starts within n tokens after pos, with no
// punctuation before it.
func nounWithin(si *sentInfo, pos, n int, cats ...category) bool {
	for _, c := range cats {
		for _, h := range hitsStartingIn(si.hitsOf(c), pos, pos+n) {
			if !punctIn(si, pos, h.start) {
				return true
			}
		}
	}
	return false
}

// timeLeadIn: a time lead ("after", "since", "بعد") lies in [from, to).
func (ac *articleContext) timeLeadIn(si *sentInfo, from, to int) bool {
	for k := from; k < to && k < len(si.toks); k++ {
		if ac.l.fw.timeLeads[si.tokText(k)] {
			return true
		}
	}
	return false
}
