package claims

import (
	"path"
	"slices"

	"github.com/tanaqud/tanaqud/schemas"
)

// A body made for one truce (a joint monitoring committee of South Kordofan, a mediation
// committee) is named by a generic name («آلية المراقبة», "the committee", "the mediators") only
// in coverage of that truce. Another truce of the same country has its own mechanism: a Darfur
// article's «آلية المراقبة» is not Kordofan's commission. Which truce an article covers shows in
// its specific names (specificEntity: places, armed groups, persons; countries, governments and
// armies are every truce's of the country): when it names those of another event of the body's
// country and none of the body's own, the generic name is only a description, which may still
// refer back to a body the article named (contextAliasesReferBack) and otherwise names nobody.
// An event whose file defines no specific name gives nothing to judge by: its body keeps the
// alias.

// commonGazetteerFile holds the entities every event shares (the UN, the African Union).
const commonGazetteerFile = "common.json"

// eventFile is the gazetteer file of the event that defined e, "" for the shared file or an
// entity loaded from no file.
func eventFile(g *schemas.Gazetteer, e *schemas.Entity) string {
	src := g.SourceFile(e.ID)
	if src == "" || path.Base(src) == commonGazetteerFile {
		return ""
	}
	return path.Base(src)
}

// eventBody: e is a body an event makes (a committee, a commission, a mechanism, a mediation):
// an organization or a coalition, not the UN nor an outlet, which outlast any one truce; or a
// class of armed men an event's file knows only by generic names (describedClass).
func eventBody(e *schemas.Entity) bool {
	return (e.Type == "organization" || e.Type == "coalition") && e.Role != "un" && e.Role != "media" || describedClass(e)
}

// describedClass: an armed group the file gives no name of its own, only generic descriptions
// as context aliases ("smuggling gangs", «الخارجين عن القانون»): a class of men one truce
// covers or leaves out, not a body with a name. Another truce of the same country has its own
// smugglers and outlaws: in its coverage the description names nobody of this file's (kufra's
// «لا يشمل ... عصابات التهريب والخارجين عن القانون» is not Ras Ajdir's).
func describedClass(e *schemas.Entity) bool {
	if e.Type != "armed_group" {
		return false
	}
	for _, ns := range e.Aliases {
		if len(ns) > 0 {
			return false
		}
	}
	return len(e.ContextAliases) > 0
}

// specificEventFiles are the event files that define some specific name (specificEntity).
func specificEventFiles(g *schemas.Gazetteer) map[string]bool {
	out := map[string]bool{}
	for i := range g.Entities {
		e := &g.Entities[i]
		if f := eventFile(g, e); f != "" && specificEntity(e.Type, e.SpeaksFor) {
			out[f] = true
		}
	}
	return out
}

// namedEvent is an event file some specific name of the article comes from, with the country
// that name belongs to.
type namedEvent struct{ file, country string }

// otherEventCovered: the article names outright (not by a context alias, a title or a demonym,
// nor by a span another country's entity shares) specific names of another event of country
// than file's, and none of file's own.
func (c *countriesNamed) otherEventCovered(file, country string) bool {
	if !c.eventsDone {
		c.eventsDone = true
		l := c.l
		eachNamedOutright(l, c.infos, func(idx int32, e *schemas.Entity) {
			if !specificEntity(e.Type, e.SpeaksFor) {
				return
			}
			if ev := (namedEvent{l.event[idx], l.home[idx]}); ev.file != "" && !slices.Contains(c.events, ev) {
				c.events = append(c.events, ev)
			}
		})
	}
	other := false
	for _, ev := range c.events {
		if ev.file == file {
			return false
		}
		other = other || ev.country == country
	}
	return other
}

// dropOtherEventBodies removes the mentions still read as another event's body once context
// aliases have referred back (contextAliasesReferBack): a description that refers to no body
// the article named names nobody.
func dropOtherEventBodies(infos []*sentInfo) {
	for _, si := range infos {
		if !slices.ContainsFunc(si.ents, func(m mention) bool { return m.otherEvent }) {
			continue
		}
		si.ents = slices.DeleteFunc(si.ents, func(m mention) bool { return m.otherEvent })
		si.indexMentions()
	}
}
