package claims

import "github.com/tanaqud/tanaqud/schemas"

// heldInPlace: a meeting noun is the subject of a verb of holding that places it: a planned or
// held talks marker (lexicon planned_talks_markers, held_talks_markers: "will be held", "would
// take place", "سيُعقد", "سينعقد", "المقرر") follows it in its clause, maybe past the body whose
// meeting it is ("الاجتماع المقبل للهيئة سيُعقد", "اجتماع لجنة ترسيم الحدود المقرر يوم الخميس
// المقبل سيُعقد"), and a locative with a city or a building comes a few words on, past the day
// ("سيُعقد يوم الاثنين المقبل في بيروت", "سينعقد بعد غد الجمعة في دوشنبه", "the session will be
// held in Baghdad", "would take place in Ramallah"). Such a meeting is held there: it is the
// talks (promoteNamedMeetings reads only a place within a word of the noun). Between the noun
// and the marker no punctuation, city, truce, agreement or talks noun; between the marker and
// the locative at most four words, no place or punctuation among them (the body may follow the
// marker: "الاجتماع المقبل للهيئة سيُعقد"). In a sentence that names no truce or agreement the
// meeting is any body's ("the cabinet's weekly session will be held in Baghdad") unless a body
// of the gazetteer is named before the locative: the committee or commission the truce set up
// (jointBody), not a state's own organ ("the meeting of the parliament").
func heldInPlace(l *language, si *sentInfo, hits []hit, h hit) bool {
	marker := -1                 // the end of the last holding marker seen
	body := namesAgreement(hits) // a truce or agreement named: the meeting is on it
	for k := h.end; k < len(si.toks) && k <= h.end+14; k++ {
		if si.toks[k].punct {
			return false
		}
		for _, o := range hitsStartingAt(hits, k) {
			switch {
			case o.cat == catPlanned || o.cat == catHeldTalks:
				marker = max(marker, o.end)
			case o.cat == catCeasefire || o.cat == catAgreement || o.cat == catTalks || o.cat == catMeeting:
				return false
			case o.cat == catEntity && placeNamed(l.entities[o.idx]):
				return false // "will be held in Erbil or in Baghdad": a place before the locative
			case o.cat == catEntity && jointBody(l.entities[o.idx]):
				body = true // the body whose meeting it is: "الاجتماع المقبل للهيئة"
			case (o.cat == catLocative || venueLocative(l, o)) && k >= marker:
				// The locative: a few words past the marker, a city or a building right after it.
				if marker < 0 || k-marker > 4 || !body {
					return false
				}
				at := o.end
				if at < len(si.toks) && l.fw.definiteArticles[si.tokText(at)] {
					at++
				}
				for _, e := range hitsStartingAt(hits, at) {
					if e.cat == catEntity && (l.entities[e.idx].Type == "city" || venueSite(l.entities[e.idx])) {
						return true
					}
				}
				return false
			}
		}
	}
	return false
}

// placeNamed: a gazetteer entry that names a place (a city, region or country).
func placeNamed(e *schemas.Entity) bool {
	return e.Type == "city" || e.Type == "region" || e.Type == "country"
}

// jointBody: a gazetteer body that meets as a forum of others: a committee, commission or
// coalition (an organization, coalition or government entry) that is no state's own organ
// (role government: a parliament, a cabinet, a ministry) and no armed force.
func jointBody(e *schemas.Entity) bool {
	switch e.Type {
	case "organization", "coalition", "government":
		return e.Role != "government" && e.Role != "armed_opposition" && e.Role != "media"
	}
	return false
}
