package claims

// settlePronounTalks reads a verb of holding with its place (lexicon pronoun_talks_verbs: "be
// held in", "take place in", "تُعقد في", "ستُعقد في", "بعقدها في") as talks when a pronoun stands
// for talks the sentence names before it: news names the round once, then says where "it" will
// be held ("Accounts differ on the second round of talks: Oman says it will be held in Muscat",
// "ترحب بانعقاد الجولة المقبلة من المحادثات، لكنها تفضّل أن تُعقد في دمشق", "إذ تتمسك الحكومة
// بعقدها في جوبا", "يؤكد الجانب الماليزي أنها ستُعقد في كوالالمبور"). The pronoun is a subject
// pronoun before the verb, past its modals ("it will be held in"), the verb's elided or
// attached subject after a complementizer ("أن تُعقد", "أنها ستُعقد"), or the verb's object
// suffix ("بعقدها"). Without it the verb has a subject of its own ("the funeral will be held
// in Aden", "جلسة البرلمان ستعقد في عدن"). Between the talks and the verb no truce, agreement
// or meeting noun: the pronoun would stand for that ("the agreement ... it was signed in"). Nor
// does a meeting or statement noun follow the place: then the verb holds that, its subject the
// speaker ("أعلنت الحكومة أنها ستعقد في بورتسودان مؤتمراً صحفياً").
func settlePronounTalks(l *language, si *sentInfo, hits []hit) []hit {
	for i, h := range hits {
		if h.cat != catPronounTalks {
			continue
		}
		hits[i].cat = catDropped
		if pronounHeld(l, si, h) && talksAntecedent(hits, h.start) && !otherEventBetween(l, si, hits, h.start) && !objectAfterPlace(si, hits, h.end) {
			hits[i].cat = catTalks
		}
	}
	return hits
}

// pronounHeld: the verb of holding at h has a pronoun for its subject or object: a subject
// pronoun right before it or before its modals ("it will", "they would"), a complementizer
// right before it (its subject elided or attached: "أن تُعقد", "أنها ستُعقد"), or an object
// suffix on its first word ("بعقدها").
func pronounHeld(l *language, si *sentInfo, h hit) bool {
	fw := &l.fw
	if hasAnySuffix(si.toks[h.start].text, fw.objectSuffixes) {
		return true
	}
	k := h.start - 1
	for ; k >= 0 && k >= h.start-2 && fw.modalAuxiliaries[si.tokText(k)]; k-- {
	}
	if k < 0 {
		return false
	}
	w := si.tokText(k)
	return fw.subjectPronouns[w] || k == h.start-1 && fw.complementizers[w]
}

// talksAntecedent: a talks noun ends before pos in the sentence, with no truce, agreement or
// meeting noun after it before pos.
func talksAntecedent(hits []hit, pos int) bool {
	found := false
	for _, o := range hits {
		if o.start >= pos {
			break
		}
		switch o.cat {
		case catTalks:
			found = o.end <= pos
		case catCeasefire, catAgreement, catMeeting:
			found = false
		}
	}
	return found
}

// otherEventBetween: after the last talks noun before pos, the sentence names another event
// that is held or takes place (lexicon watched_events: elections, a trial; term_actions: an
// exchange, a release): the pronoun stands for it ("The talks in Jeddah also discussed the
// planned elections, and the council said they would take place in Khartoum", «وبحثت المفاوضات
// صفقة التبادل، وقالت حماس إنها ستعقد في رفح»). Not the talks' own topic, after a topic
// preposition ("talks on the release of the hostages resumed; they will be held in Cairo").
func otherEventBetween(l *language, si *sentInfo, hits []hit, pos int) bool {
	from := -1
	for _, o := range hits {
		if o.start >= pos {
			break
		}
		if o.cat == catTalks {
			from = o.end
		}
	}
	for k := max(from, 0); k < pos; k++ {
		if l.fw.topicPrepositions[si.tokText(k)] {
			return false
		}
		for _, v := range si.toks[k].variants() {
			if l.fw.watchedEvents[v] || l.fw.termActions[v] {
				return true
			}
		}
	}
	return false
}

// objectAfterPlace: a meeting or statement noun starts within five tokens after pos, before any
// punctuation: the object the verb holds at its place ("ستعقد في بورتسودان مؤتمراً صحفياً").
func objectAfterPlace(si *sentInfo, hits []hit, pos int) bool {
	for k := pos; k < len(si.toks) && k < pos+5 && !si.toks[k].punct; k++ {
		for _, o := range hitsStartingAt(hits, k) {
			if o.cat == catMeeting || o.cat == catStatementNoun {
				return true
			}
		}
	}
	return false
}
