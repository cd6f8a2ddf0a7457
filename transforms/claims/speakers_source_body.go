package claims

import "github.com/tanaqud/tanaqud/schemas"

// A body that publishes on its own channel is the article's source, named whole ("Cabinda
// Civic Observatory", "UNSMIL") or with words for its channel and the places it reports on
// (lexicon channel_words: "FLEC-FAC Information Bureau", "OCHA Iraq Flash Update"): the
// article's sentences that attribute nothing are the body's, not an outlet's narration, even
// when its first sentence names no speaker ("The ceasefire has held in most of the province
// for three days", an observatory's bulletin) or describes the body acting ("The Cabinda Civic
// Observatory has obtained a copy of the ceasefire text"). Development sets written by
// different banks give such sentences to the body (cabinda, agadez, sulaymaniyah; frozen
// dumps of mitiga and elfasher read them as the outlet's).

// sourceBody is the body the article's source names as its own channel, else nil: the source's
// words are names and channel words only, exactly one name is a body that can speak
// (statementOwnerKind, no person), the others places; the body belongs to the article's
// theatre or its text names it (the source is read outside the theatre, as a title is).
func (ac *articleContext) sourceBody() *schemas.Entity {
	toks, found, done := ac.x.scanShort(ac.sc, ac.l, ac.a.Source)
	defer done()
	var body *schemas.Entity
	covered := 0
	for covered < len(toks) {
		end, idx := covered, int32(-1)
		for _, h := range found {
			if h.cat == catEntity && h.start == covered && h.end > end {
				end, idx = h.end, h.idx
			}
		}
		if idx < 0 {
			if !toks[covered].punct && !ac.l.fw.channelWords[foldCue(toks[covered].text)] {
				return nil // a word no name holds: an outlet's own name ("Taiz Live")
			}
			covered++
			continue
		}
		switch e := ac.l.entities[idx]; e.Type {
		case "country", "region", "city":
			// a place the channel reports on ("OCHA Iraq Flash Update")
		case "government", "military", "armed_group", "coalition", "organization":
			if !statementOwnerKind(e) || body != nil && body != e {
				return nil
			}
			body = e
		default:
			return nil // a person, an outlet
		}
		covered = end
	}
	if body == nil || body.Country != "" && body.Country != ac.theater && !ac.namedInText(body) {
		return nil
	}
	return body
}
