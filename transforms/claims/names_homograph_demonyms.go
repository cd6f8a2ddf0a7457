package claims

import "github.com/tanaqud/tanaqud/schemas"

// A demonym may be spelled like a common adjective: المالي, المالية are "Malian" and
// "financial" ("وزير المالية", the finance minister; "الدعم المالي", financial support). The
// lexicon lists such demonyms (homograph_demonyms) and they are added as context-only demonyms:
// they stand for their country only in coverage of it (aliasRank). The country's bare name may
// match the same word through the article and a suffix (مالي in المالية): that match is the
// same adjective, and must not name the country outright.

// shadowedByHomograph: entity hit k of hits (grouped by start) is another name of an entity
// whose homograph demonym matches the very same span: the span is read as that demonym alone.
// The country's bare name is spelled like its indefinite adjective (مالي: Mali, Malian and
// "financial": "مسؤول مالي", "مصدر مالي" outside Mali's coverage are a financial official and
// source). After a preposition ("في مالي", "إلى مالي") the word is no adjective: the name stands.
func shadowedByHomograph(l *language, si *sentInfo, hits []hit, k int) bool {
	h := hits[k]
	if !l.shadowable[h.idx] {
		return false // most names: their entity has no homograph demonym
	}
	if homographDemonym(l, h.idx) || h.start > 0 && si.tokIn(h.start-1, classPreposition, l.fw.prepositions) {
		return false
	}
	for j := k - 1; j >= 0 && hits[j].start == h.start; j-- {
		if sameEntitySpanHomograph(l, hits[j], h) {
			return true
		}
	}
	for j := k + 1; j < len(hits) && hits[j].start == h.start; j++ {
		if sameEntitySpanHomograph(l, hits[j], h) {
			return true
		}
	}
	return false
}

// shadowableNames marks, by catEntity index, the names shadowedByHomograph may hold for: those,
// not themselves homograph demonyms, of an entity that has one. Every entity hit of every
// sentence is asked, and few entities have such a demonym.
func shadowableNames(l *language) []bool {
	has := map[*schemas.Entity]bool{}
	for idx := range l.entities {
		if homographDemonym(l, int32(idx)) {
			has[l.entities[idx]] = true
		}
	}
	out := make([]bool, len(l.entities))
	for idx, e := range l.entities {
		out[idx] = has[e] && !homographDemonym(l, int32(idx))
	}
	return out
}

// sameEntitySpanHomograph: o is a homograph demonym of h's entity over h's span.
func sameEntitySpanHomograph(l *language, o, h hit) bool {
	return o.cat == catEntity && o.end == h.end && l.entities[o.idx] == l.entities[h.idx] && homographDemonym(l, o.idx)
}

// homographDemonym: name idx is a demonym added context-only, which only a homograph demonym is.
func homographDemonym(l *language, idx int32) bool {
	return l.demonym[idx] && l.context[idx]
}
