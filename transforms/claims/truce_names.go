package claims

import (
	"slices"

	"github.com/tanaqud/tanaqud/schemas"
)

// A war's coverage may call its truce by a name no other coverage uses for a truce: Thai and
// Malaysian coverage of the Deep South's Ramadan truce calls it "the Ramadan peace initiative",
// "the initiative", «المبادرة». Elsewhere "initiative" names a proposal ("an Omani initiative
// that was rejected", «مبادرة أعيان سوق الجمعة لوقف إطلاق النار») or something else (the Black
// Sea Grain Initiative, "on whose initiative the contacts took place"), so the word is no
// lexicon ceasefire noun: it is data of the one war, its gazetteer file's truce_names. The
// names are ceasefire nouns only in an article that names outright (not by a context alias, a
// title or a demonym, nor by a span another file's entity shares) some specific name (a place,
// an armed group, a person: specificEntity) that file defines, as event bodies are
// (mentions_event_body.go). A new war needs no code: its file lists what its coverage calls
// its truce.

// addTruceNames adds every war file's truce_names in language code as ceasefire nouns tagged
// with their file (payload idx: 1 + the index in l.truceFiles).
func (l *language) addTruceNames(code string, g *schemas.Gazetteer) {
	for _, f := range g.TruceNameFiles() {
		names := g.TruceNamesOf(f, code)
		if len(names) == 0 {
			continue
		}
		l.truceFiles = append(l.truceFiles, f)
		for _, n := range names {
			l.m.add(n, payload{cat: catCeasefire, idx: int32(len(l.truceFiles))})
		}
	}
}

// namedTruceFiles are the war files with truce_names whose specific names the article names
// outright (nil: none).
func namedTruceFiles(l *language, infos []*sentInfo) map[string]bool {
	var out map[string]bool
	eachNamedOutright(l, infos, func(idx int32, e *schemas.Entity) {
		f := l.event[idx]
		if f == "" || out[f] || !specificEntity(e.Type, e.SpeaksFor) || !slices.Contains(l.truceFiles, f) {
			return
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[f] = true
	})
	return out
}
