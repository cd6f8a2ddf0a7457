package claims

// promoteNamedRounds turns a round noun (lexicon round_nouns: round, جولة) into a talks noun where
// the text names it as a round of talks: by the city it sits in, right before it where modifiers
// come first ("the Addis Ababa round", "the Kingston round") or right after it where they follow
// ("جولة سواكن", "جولة إسطنبول المقبلة"); by its day, a possessive day right before it or one
// modifier before it ("Tuesday's round", "Saturday's follow-up round"); or, definite, by a
// locative and a city right after it ("بعقد الجولة في بورت أو برنس"). News names the round of talks
// so once the talks are known, and the other readings of the word stay out: a round of fighting
// or shelling (a fighting word follows), a minister's regional tour ("جولة إقليمية", "جولة في
// المنطقة": no city named with it), a round fired. A round inside a talks phrase of its own
// ("second round", "round of talks") is that phrase's.
func promoteNamedRounds(l *language, si *sentInfo, hits []hit) []hit {
	for i, h := range hits {
		if h.cat != catRound || insideTalksPhrase(hits, h) || fightingAfterRound(l, si, h) {
			continue
		}
		if cityNamesRound(l, si, hits, h) || dayNamesRound(l, si, hits, h) || definiteRoundPlaced(l, si, hits, h) {
			hits[i].cat = catTalks
		}
	}
	return hits
}

// insideTalksPhrase: a talks noun of the lexicon covers the round noun h ("second round",
// "round of talks", "جولة مفاوضات").
func insideTalksPhrase(hits []hit, h hit) bool {
	for _, o := range hits {
		if o.start > h.start {
			break
		}
		if o.cat == catTalks && o.end >= h.end {
			return true
		}
	}
	return false
}

// fightingAfterRound: a fighting word within three tokens after the round ("the Gaza round of
// fighting", "جولة القتال الأخيرة", "جولة جديدة من التصعيد").
func fightingAfterRound(l *language, si *sentInfo, h hit) bool {
	for k := h.end; k < len(si.toks) && k < h.end+3; k++ {
		if si.toks[k].punct {
			return false
		}
		if si.tokForms(k, formFighting, l.fw.fightingWords) {
			return true
		}
	}
	return false
}

// cityNamesRound: a city names the round, as a modifier right before it ("the Suakin round",
// after an article) or right after it ("جولة سواكن"), by the language's order of modifiers.
func cityNamesRound(l *language, si *sentInfo, hits []hit, h hit) bool {
	for _, e := range hits {
		if e.cat != catEntity || l.entities[e.idx].Type != "city" || l.demonym[e.idx] {
			continue
		}
		if l.lex.Grammar.AdjectiveAfterNoun {
			if e.start == h.end {
				return true
			}
		} else if e.end == h.start && e.start > 0 && l.fw.definiteArticles[si.tokText(e.start-1)] {
			return true
		}
	}
	return false
}

// dayNamesRound: a day marked as the owner stands right before the round, or before one
// modifier of it ("Tuesday's round", "today's round", "Saturday's follow-up round").
func dayNamesRound(l *language, si *sentInfo, hits []hit, h hit) bool {
	for _, d := range hits {
		if d.cat != catWeekday && d.cat != catRelDay || d.end > h.start || h.start-d.end > 4 {
			continue
		}
		j, owner := d.end, hasAnySuffix(si.tokText(d.end-1), l.fw.possessives)
		if !owner && j < h.start && containsWord(l.fw.possessives, si.tokText(j)) {
			j, owner = j+1, true
		}
		if owner && oneModifier(si, j, h.start) {
			return true
		}
	}
	return false
}

// oneModifier: the tokens [from, to) are nothing, one word or one hyphenated word ("follow-up").
func oneModifier(si *sentInfo, from, to int) bool {
	switch to - from {
	case 0:
		return true
	case 1:
		return !si.toks[from].punct
	case 3:
		return !si.toks[from].punct && si.tokText(from+1) == "-" && !si.toks[from+2].punct
	}
	return false
}

// definiteRoundPlaced: a definite round with a locative and a city right after it ("بعقد
// الجولة في بورت أو برنس", "the round in Geneva").
func definiteRoundPlaced(l *language, si *sentInfo, hits []hit, h hit) bool {
	definite := l.fw.hasArticlePrefix(si.tokText(h.start)) || h.start > 0 && l.fw.definiteArticles[si.tokText(h.start-1)]
	if !definite {
		return false
	}
	return placeAfter(l, hits, h.end)
}

// containsWord: w is one of words.
func containsWord(words []string, w string) bool {
	for _, x := range words {
		if x == w {
			return true
		}
	}
	return false
}
