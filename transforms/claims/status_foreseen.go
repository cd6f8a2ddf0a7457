package claims

// foreseenAt: the verb at pos is in the future: a modal auxiliary right before it, at most one
// manner adverb between ("will collapse", "would quickly collapse", "سوف تنهار"), or an Arabic future
// prefix on it ("ستنهار"). A collapse foreseen ("the truce will collapse the moment a missile is
// fired") is a warning, not a state of the truce.
func (ac *articleContext) foreseenAt(si *sentInfo, pos int) bool {
	fw := &ac.l.fw
	if pos < len(si.toks) && fw.futureVerb(fw.withoutConjunction(si.tokText(pos))) {
		return true
	}
	for k := pos - 1; k >= 0 && k >= pos-2; k-- {
		w := si.tokText(k)
		if fw.modalAuxiliaries[w] {
			return true
		}
		if k == pos-1 && fw.mannerAdverb(w) {
			continue
		}
		break
	}
	return false
}

// truceNounAfter: a ceasefire noun (not an agreement noun) starts within window tokens after
// pos, in its clause: "the entry into force this morning of the ceasefire".
func truceNounAfter(si *sentInfo, pos, window int) bool {
	for _, c := range hitsStartingIn(si.hitsOf(catCeasefire), pos, pos+window) {
		if !si.boundaryIn(pos, c.start) {
			return true
		}
	}
	return false
}

// extensionObjectAfter: an extension cue (lexicon status cue of object "extension": "extend",
// "تمديد") starts at most two tokens after an agreeing verb ending at end, or ten after an object
// preposition, in its clause: "agreed to extend", "agreed on an extension", "وافقت على تمديد".
func (ac *articleContext) extensionObjectAfter(si *sentInfo, cues []hit, end int) bool {
	for _, c := range cues {
		if ac.l.topicCue[c.idx].Object != "extension" || c.start < end || si.boundaryIn(end, c.start) {
			continue
		}
		// "agreed to a ceasefire and to extend the talks": the truce itself is agreed first.
		if len(hitsStartingIn(si.hitsOf(catCeasefire), end, c.start-1)) > 0 {
			continue
		}
		// A verb-first clause puts its subject between: "وافقت الفصائل في عين الحلوة اليوم على
		// تمديد": then the object preposition opens the extension.
		if c.start-end <= 2 || c.start-end <= 10 && c.start > 0 && ac.l.fw.objectPrepositions[si.tokText(c.start-1)] {
			return true
		}
	}
	return false
}
