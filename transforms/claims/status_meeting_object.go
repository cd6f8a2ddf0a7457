package claims

// Agreeing to meet is no truce: "Kosovo and Serbia agreed to attend a conference in Brussels
// after the truce", "agreed to hold a meeting in Geneva after the ceasefire", "agreed to talks
// on a ceasefire". The truce named later dates the meeting or is its topic; those who agree
// are the meeting's, not the truce's parties.

// meetingObjectAfter: the agreeing verb ending at end takes an object preposition or "to" and
// then a talks or meeting noun, right away or past one verb and articles ("to attend a
// conference", "to hold talks", "على عقد اجتماع"), with no ceasefire noun coordinated after it
// ("agreed to talks and a ceasefire" agrees to both). A time lead or a second word between
// ("signed on Tuesday after talks in Nairobi") leaves the truce the verb's.
func (ac *articleContext) meetingObjectAfter(si *sentInfo, end int) bool {
	fw := &ac.l.fw
	if t := si.tokText(end); !fw.objectPrepositions[t] && !fw.infinitiveMarkers[t] {
		return false
	}
	verb := false
	for k := end + 1; k < len(si.toks) && !si.boundary[k] && !si.toks[k].punct; k++ {
		if si.startsAt(catCeasefire, k) || si.startsAt(catAgreement, k) {
			return false
		}
		if si.startsAt(catTalks, k) || si.startsAt(catMeeting, k) {
			return !ac.coordinatedCeasefireAfter(si, k+1, 6)
		}
		t := si.tokText(k)
		if fw.definiteArticles[t] || fw.indefiniteArticles[t] {
			continue
		}
		if verb || fw.timeLeads[fw.withoutConjunction(t)] {
			return false
		}
		if _, named := si.mentionAt(k); named {
			return false
		}
		verb = true
	}
	return false
}
