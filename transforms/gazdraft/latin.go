package gazdraft

import (
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
)

// nameParticles join the parts of a name written in lower case ("al-Shura", "Saif al-Nasr",
// "Awlad bin Ali"); true: also without a hyphen ("bin Ali"), false: only with one ("as-Sadr":
// "as Radaa" is "such as Radaa").
var nameParticles = map[string]bool{"al": true, "el": true, "ad": false, "ash": false, "as": false, "at": false, "az": false, "an": false, "ar": false,
	"bin": true, "ibn": true, "bint": true, "ben": true, "abu": true, "de": true, "du": true, "da": true, "la": true, "le": true, "van": true, "von": true, "der": true}

// openers are the punctuation after which a word is capitalized as the first of a clause.
var openers = map[string]bool{`"`: true, "“": true, "«": true, ":": true, "-": true, "—": true, "–": true, "'": true, "‘": true}

// latinSpans finds the capitalized spans of an English sentence that no gazetteer name covers.
func latinSpans(lc *langCues, s *sentence, outletClaim bool) []occurrence {
	var out []occurrence
	toks := s.Tokens
	cap := func(k int) bool { return k < len(toks) && !toks[k].Punct && startsUpper(toks[k].Text) }
	hyphen := func(k int) bool { // "-" at k joins the words around it with no space
		return k+1 < len(toks) && k > 0 && toks[k].Text == "-" && s.offs[k-1][1] == s.offs[k][0] && s.offs[k][1] == s.offs[k+1][0]
	}
	// particleAt: a lower-case name particle at k leads on to a capitalized word ("al-Nasr").
	particleAt := func(k int) int {
		if free, ok := nameParticles[s.lower(k)]; ok && k < len(toks) {
			if hyphen(k+1) && cap(k+2) {
				return k + 2
			}
			if free && cap(k+1) {
				return k + 1
			}
		}
		return -1
	}
	for k := 0; k < len(toks); {
		start := k
		if j := particleAt(k); j >= 0 {
			k = j
		} else if !cap(k) {
			k++
			continue
		}
		end := k + 1
		for {
			switch {
			case hyphen(end) && cap(end+1):
				end += 2
				continue
			case hyphen(end) && particleAt(end+1) >= 0:
				end = particleAt(end+1) + 1
				continue
			case cap(end) && !possessive(toks[end-1].Text):
				end++
				continue
			case particleAt(end) >= 0:
				end = particleAt(end) + 1
				continue
			case (s.lower(end) == "of" || s.lower(end) == "for") && headCue(lc, s.lower(end-1)):
				// "Social Council of the Tebu Tribes": of after a body's head noun.
				j := end + 1
				if s.lower(j) == "the" {
					j++
				}
				if cap(j) {
					end = j + 1
					continue
				}
			}
			break
		}
		k = end
		out = append(out, latinOccurrence(lc, s, start, end, outletClaim)...)
	}
	return out
}

// bare is a word without its possessive and its abbreviation period ("Tuesday's", "Sept.").
func bare(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"), ".")
}

// possessive: the word ends in 's ("Kufra's main market"): the name ends there.
func possessive(w string) bool { return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") }

// headCue: w heads the name of a body ("council", "battalion") in the after-cue data.
func headCue(lc *langCues, w string) bool {
	for _, c := range lc.after[w] {
		if c.PartOfName && c.Type != "region" && c.Type != "city" {
			return true
		}
	}
	return false
}

func cueOf(cues []schemas.DraftCue, pred func(schemas.DraftCue) bool) (schemas.DraftCue, bool) {
	for _, c := range cues {
		if pred(c) {
			return c, true
		}
	}
	return schemas.DraftCue{}, false
}

// latinOccurrence trims the span [a, b) of titles, calendar words and generic words, reads its
// type from the cues around it, and returns it unless a gazetteer name covers it.
func latinOccurrence(lc *langCues, s *sentence, a, b int, outletClaim bool) []occurrence {
	o := occurrence{initial: a == 0 || openers[s.Tokens[a-1].Text]}
	// A title before the name: "Colonel Saleh Bugharara", "spokesman Omar Qadiri", "Gen. X",
	// "Foreign Minister X"; calendar and generic words at the edges ("July", "Libyan").
	honorific := func(c schemas.DraftCue) bool { return c.Honorific }
	isTitle := func(k int) bool { _, ok := cueOf(lc.before[bare(s.lower(k))], honorific); return ok }
	if isTitle(b - 1) {
		return nil // a title with no name ("Chadian President", "the Prime Minister")
	}
	// A title's own qualifiers before it ("Communication Minister X"): part of the title.
	first := a
	for k := a + 1; k < b-1 && k < a+4; k++ {
		if isTitle(k) {
			a = k
			break
		}
	}
	titled := false
	var titleCue schemas.DraftCue
	for a < b {
		w := bare(s.lower(a))
		if c, ok := cueOf(lc.before[w], honorific); ok {
			if !titled {
				titleCue, o.cue = c, w
			}
			titled = true
		} else if !(lc.calendar[w] || lc.generic[s.lower(a)] && !s.covered[a] || s.Tokens[a].Punct || titled && len(lc.before[w]) > 0) {
			break
		}
		a++
		o.initial = false
	}
	if titled {
		o.typ, o.title = titleCue.Type, s.text(first, a)
	} else if t := titleBefore(s, a); t >= 0 {
		if c, ok := cueOf(lc.before[bare(s.lower(t))], honorific); ok {
			o.typ, o.cue, o.title = c.Type, bare(s.lower(t)), s.text(t, a)
		}
	}
	for b > a && (lc.calendar[bare(s.lower(b-1))] || s.Tokens[b-1].Punct) {
		b--
	}
	if a >= b || s.resolved(a, b) {
		return nil
	}
	// The part outside the gazetteer's names is only generic words ("Awlad Suleiman Elders"):
	// a known name with a common noun.
	onlyGeneric := true
	for k := a; k < b; k++ {
		w := strings.TrimSuffix(strings.TrimSuffix(s.lower(k), "'s"), "’s")
		if !s.covered[k] && !s.Tokens[k].Punct && !lc.generic[w] && len(lc.after[w]) == 0 {
			onlyGeneric = false
		}
	}
	if onlyGeneric {
		return nil
	}
	// The cue that ends the span ("Subul al-Salam Battalion") or follows it ("Tebu gunmen").
	last := strings.TrimSuffix(strings.TrimSuffix(s.lower(b-1), "'s"), "’s")
	if c, ok := cueOf(lc.after[last], func(c schemas.DraftCue) bool { return true }); ok && o.typ == "" && b-a > 1 {
		o.typ, o.cue = c.Type, last // capitalized, the cue is part of the name ("Social Council of Libyan Tribes")
	} else if c, ok := cueOf(lc.after[s.lower(b)], func(c schemas.DraftCue) bool { return !c.PartOfName || c.Type != "person" }); ok && o.typ == "" {
		o.typ, o.cue = c.Type, s.lower(b)
	}
	// "the town of X", "the Tebu tribe of ...".
	if o.typ == "" && s.lower(a-1) == "of" {
		if c, ok := cueOf(lc.before[s.lower(a-2)], func(c schemas.DraftCue) bool { return !c.Honorific && !c.Office }); ok {
			o.typ, o.cue = c.Type, s.lower(a-2)
		}
	}
	// "fighting in Umm Hizra", "near Ain Sabra": placed by a preposition, a place (the weakest
	// guess: cues above win).
	if o.typ == "" && lc.placing[s.lower(a-1)] {
		o.typ, o.cue = "city", s.lower(a-1)
	}
	// "Hassan Wardako, head of the Tebu social council".
	if o.typ == "" && s.lower(b) == "," {
		// (Only an office: an honorific after the comma opens another person's name, "the
		// DGMOs, Lieutenant General X of India and ...".)
		if c, ok := cueOf(lc.before[s.lower(b+1)], func(c schemas.DraftCue) bool { return c.Office }); ok {
			o.typ, o.cue = c.Type, s.lower(b+1)
			o.title = s.text(b+1, min(b+6, len(s.Tokens)))
		}
	}
	// The speaker of a claim the extractor gave to the outlet: "X said", "said X", "according to X".
	o.speaker = outletClaim && (s.attributionAt(b, false) || s.attributionAt(a, true) ||
		s.lower(b) == "," && o.typ == "person" && attributionWithin(s, b, 8))
	o.words = nil
	for k := a; k < b; k++ {
		if !s.Tokens[k].Punct {
			o.words = append(o.words, s.Tokens[k].Text)
		}
	}
	o.name = strings.TrimSuffix(strings.TrimSuffix(s.text(a, b), "'s"), "’s")
	if len(o.words) == 0 {
		return nil
	}
	return []occurrence{o}
}

// titleBefore is the token of a title right before the name at a ("Colonel X", "Gen. X",
// "spokesman X"), or -1.
func titleBefore(s *sentence, a int) int {
	switch {
	case a >= 2 && s.Tokens[a-1].Text == "." && !s.Tokens[a-2].Punct:
		return a - 2
	case a >= 1 && !s.Tokens[a-1].Punct:
		return a - 1
	}
	return -1
}

// attributionWithin: a verb of saying starts within n tokens after k.
func attributionWithin(s *sentence, k, n int) bool {
	for _, a := range s.Attributions {
		if a.Start > k && a.Start <= k+n {
			return true
		}
	}
	return false
}
