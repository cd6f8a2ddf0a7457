package claims

// A long subject before a negated coverage predicate: "Russian instructors of the Africa Corps
// serving with the FACA under bilateral cooperation are not covered by the agreement", "Fighters
// of the Africa Corps deployed near the mines in Bria are not covered". The subject is the group or
// place the noun phrase opening the clause names first; a name inside its modifier (a
// participle or relative clause: "serving with the FACA", "deployed near ... Bria") is no
// subject. The passive branch of exclusionRule looks only a few words back from the predicate,
// so it found nothing, or the modifier's place.

// longSubjectHead: the cue h is a predicate with a copula, auxiliary or negation right before
// it; the content's clause opens, at most four words before it, with an eligible name m0 whose
// noun phrase runs to the predicate with no comma, boundary, other cue or verb of saying, and at
// least three words of modifier between the subject's names and the predicate. m0 opens the
// subject (opensSubject); names coordinated with it are subjects too; it is no place a locating
// preposition puts a common noun in ("The fighting in Bria is not covered").
func (ac *articleContext) longSubjectHead(si *sentInfo, h hit) ([]mention, bool) {
	fw := &ac.l.fw
	p := h.start
	for k := h.start - 1; k >= 0 && k >= h.start-3; k-- {
		t := si.tokText(k)
		if !fw.copulas[t] && !fw.negations[t] && fw.auxiliaries[t] == 0 && !fw.modalAuxiliaries[t] {
			break
		}
		p = k
	}
	if p == h.start {
		return nil, false
	}
	from := ac.contentStart(si, h.start)
	if from >= p || si.boundaryIn(from, p) || punctIn(si, from, p) {
		return nil, false
	}
	var m0 mention
	found := false
	for k := si.firstMentionFrom(from); k < len(si.ents) && si.ents[k].start < p; k++ {
		if m := si.ents[k]; exclusionSubject(m) {
			m0, found = m, true
			break
		}
	}
	if !found || m0.start-from > 4 || ac.locatedBefore(si, m0) {
		return nil, false
	}
	if !ac.opensSubject(si, from, m0) {
		return nil, false
	}
	// "Fighters of the Africa Corps and the 3R based near Bria": the names coordinated with
	// m0 are subjects too.
	heads := []mention{m0}
	for last := m0; ; {
		k := last.end
		if ac.forceHead(si, k) {
			k++
		}
		if !fw.coordinators[si.tokText(k)] {
			break
		}
		k++
		m, ok := si.mentionAt(k)
		if !ok && fw.definiteArticles[si.tokText(k)] {
			m, ok = si.mentionAt(k + 1)
		}
		if !ok || !exclusionSubject(m) {
			return nil, false // "X and the army": not a list of subjects this rule reads
		}
		heads, last = append(heads, m), m
	}
	if p-heads[len(heads)-1].end < 3 {
		return nil, false
	}
	for k := from; k < p; k++ {
		if k != h.start && (si.startsAt(catAttrVerb, k) || si.startsAt(catInclusion, k) || si.startsAt(catExclusion, k)) {
			return nil, false
		}
	}
	return heads, true
}

// opensSubject: m0 opens the subject starting at from, or is the complement of its head: right
// at from or after an article there ("The Africa Corps instructors"), after "of" or "from" ("Russian
// instructors of the Africa Corps"), or right after a force noun with no article between (the
// Arabic construct state: "عناصر الفيلق الأفريقي"). A name after an article after a noun
// opens a relative clause of its own ("the 760 fighters the Junta has registered").
func (ac *articleContext) opensSubject(si *sentInfo, from int, m0 mention) bool {
	fw := &ac.l.fw
	k := m0.start - 1
	if k < from || k == from && fw.definiteArticles[si.tokText(k)] {
		return true
	}
	if fw.definiteArticles[si.tokText(k)] {
		return fw.departurePrepositions[si.tokText(k-1)]
	}
	return fw.departurePrepositions[si.tokText(k)] || ac.forceHead(si, k)
}
