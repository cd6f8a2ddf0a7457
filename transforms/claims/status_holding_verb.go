package claims

import "slices"

// holdsAsTruceVerb: a one-word in_force cue that many nouns take (lexicon object "subject":
// "holds", "held") says the truce is in force only as the truce's own intransitive verb. Not
// when the truce word modifies the noun that heads the subject ("Ceasefire talks held in Jeddah",
// "a ceasefire vote held at the Council", "ceasefire negotiators held a round"), nor as a
// passive ("was held up by disputes", "is held hostage"), nor with an object after it ("holds
// the key", "holds both armies responsible"). Only where the subject comes before the verb.
func (ac *articleContext) holdsAsTruceVerb(si *sentInfo, h hit) bool {
	if !ac.l.lex.Grammar.SubjectBeforeVerb || ac.l.topicCue[h.idx].Value != "in_force" {
		return true
	}
	fw := &ac.l.fw
	passive := h.start > 0 && fw.copulas[si.tokText(h.start-1)]
	if h.end-h.start > 1 {
		// A phrase the holding verb opens ("held up"), after a copula, is its passive: "the
		// ceasefire was held up by disputes" was delayed. "is still in place" opens otherwise.
		return !passive || !ac.holdingVerbAt(si, h.start)
	}
	if passive {
		return false
	}
	if !ac.intransitiveAfter(si, h.end) {
		return false
	}
	noun := -1 // where the last truce or deal noun before the cue ends
	for _, c := range [...]category{catCeasefire, catAgreement} {
		for _, n := range si.hitsOf(c) {
			if n.end <= h.start && n.end > noun {
				noun = n.end
			}
		}
	}
	return noun < 0 || ac.truceHeadsSubject(si, noun, h.start)
}

// intransitiveAfter: what follows a verb at p is no object of it: not a determiner, article,
// number, object pronoun or name opening a noun phrase ("holds the key", "holds both armies
// responsible", "held a third round", "holds them"), nor a particle making another verb of it
// ("held up", "held back").
func (ac *articleContext) intransitiveAfter(si *sentInfo, p int) bool {
	if p >= len(si.toks) || si.toks[p].punct {
		return true
	}
	fw := &ac.l.fw
	t := si.tokText(p)
	if fw.definiteArticles[t] || fw.indefiniteArticles[t] || fw.demonstratives[t] || fw.possessiveDeterminers[t] ||
		fw.genericDeterminers[t] || fw.bothWords[t] || fw.objectPronouns[t] || si.toks[p].number ||
		slices.Contains(ac.l.lex.Clitics.CompoundParticles, t) {
		return false
	}
	_, named := si.mentionAt(p)
	return !named
}

// truceHeadsSubject: the truce noun ending at noun heads the subject of the verb at cue: the
// verb follows it at once, or what follows the noun is an auxiliary, a manner adverb, or opens a
// phrase or clause on it ("A ceasefire between X and Y held", "The truce, which began on
// Monday, held", "The truce largely held"). Another word there is the noun the truce word
// modifies ("ceasefire talks", "truce monitors").
func (ac *articleContext) truceHeadsSubject(si *sentInfo, noun, cue int) bool {
	if noun >= cue || si.toks[noun].punct {
		return true
	}
	fw := &ac.l.fw
	t := si.tokText(noun)
	// A manner adverb of six letters or more: "largely", not "rally".
	if fw.perfectAuxiliaries[t] || fw.modalAuxiliaries[t] || len(t) > 5 && fw.mannerAdverb(t) || si.startsAt(catRelPron, noun) || ac.placeOrTimeAt(si, noun) {
		return true
	}
	for _, c := range ac.cuesOf(si, refParties) {
		if c.start == noun {
			return true // "between X and Y"
		}
	}
	return false
}

// placeOrTimeAt: a place or time phrase starts at p with its preposition ("in", "around",
// "along", "on Tuesday", "since", "for"); not a bare month name ("a ceasefire march").
func (ac *articleContext) placeOrTimeAt(si *sentInfo, p int) bool {
	fw := &ac.l.fw
	t := si.tokText(p)
	return si.startsAt(catLocative, p) || fw.truceLocatives[t] || fw.locatingPrepositions[t] || fw.dayPrepositions[t] ||
		fw.sinceWords[t] || fw.timeLeads[t]
}

// truceNounModifiesAfter: the first truce noun in [pos, pos+window] modifies the noun right after
// it, talks, a meeting or a proposal ("helped secure a ceasefire proposal that Israel rejected",
// "ceasefire talks"): what the cue before it names is that thing, not the truce.
func (ac *articleContext) truceNounModifiesAfter(si *sentInfo, pos, window int) bool {
	for _, c := range hitsStartingIn(si.hitsOf(catCeasefire), pos, pos+window) {
		if si.startsAt(catTalks, c.end) || si.startsAt(catMeeting, c.end) {
			return true
		}
		if m, ok := si.hitAt(catModality, c.end); ok && m.start == c.end && ac.l.modality[m.idx] == "proposed" {
			return true
		}
		return false
	}
	return false
}

// holdingVerbAt: a one-word in_force cue many nouns take (lexicon object "subject": "held")
// stands at p.
func (ac *articleContext) holdingVerbAt(si *sentInfo, p int) bool {
	for _, c := range si.hitsOf(catTopicCue) {
		if c.start == p && c.end == p+1 {
			if tc := ac.l.topicCue[c.idx]; tc.Value == "in_force" && tc.Object == "subject" {
				return true
			}
		}
	}
	return false
}
