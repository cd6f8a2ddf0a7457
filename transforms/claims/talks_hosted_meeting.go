package claims

// remoteMeeting is the payload index of a meeting noun of lexicon remote_meeting_nouns (a video
// call): a meeting held nowhere; other meeting nouns have 0.
const remoteMeeting = 1

// hostedMeeting: a verb of hosting governs the meeting noun h ("احتضنت العاصمة السورية دمشق
// اليوم الاثنين اجتماعات", "بعد لقاءات احتضنتها العاصمة طرابلس", "at meetings it hosted on
// October 16", "the emir hosted the meetings at his palace"), in a sentence that names the
// truce or an agreement: the meetings are the talks the host holds, as hosted talks are
// (venueRule's host cue: "تستضيف مسقط جولة مشاورات"). The verb stands before the noun in its
// clause (its subject and a time may come between, up to six words, no punctuation), or right
// after it (a relative pronoun or an object pronoun between, up to two words). A meeting hosted
// in a sentence naming no truce nor agreement is any body's ("Doha hosted a meeting on
// investment"), and a
// meeting held nowhere (lexicon remote_meeting_nouns: "a video call hosted by Moscow") is
// convened by its host, not held in it.
func hostedMeeting(l *language, si *sentInfo, hits []hit, h hit) bool {
	t := l.topicOfRef[refTalksVenue]
	if t < 0 {
		return false
	}
	if h.idx == remoteMeeting {
		return false // "a video call hosted by Moscow": held nowhere (lexicon remote_meeting_nouns)
	}
	for _, c := range hits {
		if c.cat != catTopicCue || int(l.cueTopic[c.idx]) != t || l.topicCue[c.idx].Object != "host" {
			continue
		}
		var from, to int
		switch {
		case c.end <= h.start && h.start-c.end <= 6:
			from, to = c.end, h.start
		case c.start >= h.end && c.start-h.end <= 2:
			from, to = h.end, c.start
		default:
			continue
		}
		clear := true
		for k := from; k < to; k++ {
			if si.toks[k].punct {
				clear = false
				break
			}
		}
		for _, b := range hits {
			if b.cat == catClauseBreak && b.start >= from && b.start < to {
				clear = false // "hosted the summit, and meetings ...": another clause
			}
		}
		if clear {
			return true
		}
	}
	return false
}
