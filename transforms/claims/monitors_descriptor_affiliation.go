package claims

// withoutDescriptorAffiliation drops a body that only describes another member it is the
// affiliation of, in an appositive beside that member's name: "MINUSCA, the U.N. mission, will
// monitor", "بعثة الأمم المتحدة «مينوسكا» ستتولى مراقبة الهدنة". The descriptor's name
// qualifies a head noun (the mission, بعثة) that is the named member itself; the parent body
// is no monitor of its own. Coordinated ("the UN and MINUSCA") both stay.
func (ac *articleContext) withoutDescriptorAffiliation(si *sentInfo, ms []mention) []mention {
	if len(ms) < 2 {
		return ms
	}
	// Filtered into a new slice (mentionsExcept): every name stays readable as the
	// described one while the others are tested.
	return mentionsExcept(ms, func(m mention) bool {
		for _, o := range ms {
			if o.e.Affiliation != "" && o.e.Affiliation == m.e.ID && ac.descriptorBeside(si, m, o) {
				return true
			}
		}
		return false
	})
}

// descriptorBeside: the name m describes o, the body it is the affiliation of, set beside it
// with only commas, articles, quotes or parentheses between, three tokens at most: "MINUSCA,
// the U.N. mission," (the gazetteer's "U.N. mission" is the UN), "بعثة الأمم المتحدة «مينوسكا»",
// "the U.N. mission (MINUSCA)".
func (ac *articleContext) descriptorBeside(si *sentInfo, m, o mention) bool {
	var from, to int
	if o.end <= m.start {
		from, to = o.end, m.start
	} else if m.end <= o.start {
		from, to = m.end, o.start
	} else {
		return false
	}
	if to-from > 3 {
		return false
	}
	for i := from; i < to; i++ {
		w := si.tokText(i)
		if !(isComma(w) || isQuote(w) || w == "(" || w == ")" || ac.l.fw.definiteArticles[w]) {
			return false
		}
	}
	return true
}
