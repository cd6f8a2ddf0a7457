package claims

import (
	"slices"
	"sort"
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/sentences"
)

// Analyze splits an article into sentences and extracts its claims. It is deterministic.
func (x *Extractor) Analyze(a schemas.Article) Analysis {
	sc := x.getScratch()
	defer x.putScratch(sc)
	var ac articleContext // one per article; calls through the topicRules table move it to the heap (one small allocation)
	sents := x.resolveMentions(sc, a, &ac)
	// Claims are large: collect them in the scratch, then copy once into an exact-size slice.
	all := ac.appendClaims(sc.claims[:0])
	sc.claims = all
	sc.seen = ac.seen
	out := make([]Claim, len(all))
	copy(out, all)
	stampContext(out, ac.infos)
	ac.rekeyWithoutThirdStates(out)
	stampWarCountries(out, ac.tiedCountries())
	return Analysis{Sentences: sents, Claims: out}
}

// resolveMentions splits, matches and resolves the article's sentences up to their speakers:
// everything topic rules read.
func (x *Extractor) resolveMentions(sc *scratch, a schemas.Article, ac *articleContext) []sentences.Sentence {
	sents := sentences.Split(a.Text)
	l := x.language(a)
	values := carveDirty(&sc.infos, len(sents)) // prepare overwrites each
	infos := carveDirty(&sc.ptrs, len(sents))
	// Normalize every sentence first, then match them: each pass keeps its own tables warm
	// in the cache.
	for i, s := range sents {
		infos[i] = &values[i]
		infos[i].norm = x.norm.NormalizeIn(&sc.norm, s.Text)
	}
	sc.activeTruces, sc.warTruceSeen = nil, false
	for i, s := range sents {
		x.prepare(sc, l, s, i, infos[i])
	}
	if sc.warTruceSeen {
		// A war's own name for its truce is read only in coverage of that war: once the
		// article's specific names are known, match again with those wars' names active.
		if sc.activeTruces = namedTruceFiles(l, infos); len(sc.activeTruces) > 0 {
			for i, s := range sents {
				x.prepare(sc, l, s, i, infos[i])
			}
		}
	}
	// A stray generic name's words are cues again: its sentences are matched again without
	// it (mentions_other_war.go).
	if sc.strays = strayGenericNames(l, infos, sc.strays[:0]); len(sc.strays) > 0 {
		for k, st := range sc.strays {
			if k == 0 || st.sent != sc.strays[k-1].sent {
				x.prepare(sc, l, sents[st.sent], st.sent, infos[st.sent])
			}
		}
		sc.strays = sc.strays[:0]
	}
	sc.activeTruces = nil
	placed := x.theaterScores(l, infos)
	theater := mostCounted(placed)
	present := countriesNamed{l: l, infos: infos, list: sc.present[:0]}
	for _, si := range infos {
		si.selectEntities(sc, l, theater, &present)
		si.markScopes(sc, l)
	}
	sc.present = present.list
	*ac = articleContext{x: x, l: l, a: a, theater: theater, placed: placed, infos: infos, sc: sc,
		seen: sc.seen[:0]}
	ac.init()
	ac.resolveNames()
	ac.missionsReferBack() // "البعثة الأممية" after "يونامي" is UNAMI (mentions_mission_refer_back.go)
	ac.attributeSpeakers()
	ac.contextAliasesReferBack()
	ac.resolveForces()
	ac.resolvePossessiveOwners()
	ac.event = ac.eventKey()
	return sents
}

// language picks the lexicon for the article: its declared language, else the first (by code)
// whose script most of the text is in, else the first.
func (x *Extractor) language(a schemas.Article) *language {
	if l, ok := x.langs[a.Lang]; ok {
		return l
	}
	arabic, latin := scriptCounts(a.Text, 4000)
	script := "latin"
	if arabic >= latin {
		script = "arabic"
	}
	codes := sortedKeys(x.langs)
	for _, c := range codes {
		if x.langs[c].lex.Script == script {
			return x.langs[c]
		}
	}
	if len(codes) > 0 {
		return x.langs[codes[0]]
	}
	return nil
}

// prepare tokenizes sentence number idx (si.norm holds its normalized text) and finds its
// lexicon and gazetteer phrases, with the indexes rules look them up by.
func (x *Extractor) prepare(sc *scratch, l *language, s sentences.Sentence, idx int, si *sentInfo) {
	*si = sentInfo{s: s, idx: idx, norm: si.norm}
	first := len(sc.toks)
	sc.toks = appendTokens(sc.toks, si.norm.Match)
	si.toks = sc.toks[first:len(sc.toks):len(sc.toks)]
	local := sc.localWords(l)
	for i := range si.toks {
		si.toks[i].w = l.word(local, &si.toks[i])
	}
	sc.found = l.m.appendScan(sc.found[:0], si.toks)
	sc.found = l.m.appendAcrossQuotes(sc.found, si.toks, &sc.across)
	if len(sc.strays) > 0 {
		dropStrays(sc.strays, idx, sc.found)
	}
	dropInflectedLowerNames(l, si, sc.found)
	dropDefiniteSuffixedNames(l, si, sc.found)
	all := dropInsideNames(l, si, sc.found)
	settleReadingNouns(l, si, all)
	dropInsideAttributions(all)
	settleStanceVerbs(l, si, all)
	all = settleTalksVerbs(l, si, all)
	all = settlePronounTalks(l, si, all)
	all = promoteNamedMeetings(l, si, all)
	all = promoteNamedRounds(l, si, all)
	// Split entity hits from cue hits, and index cue hits by category (a counting sort keeps
	// each category in token order).
	var count [numCategories + 1]int32
	nEnt := 0
	for k, h := range all {
		if h.cat == catEntity {
			if l.acronym[h.idx] && !writtenInCapitals(l, si, h) {
				all[k].cat = catDropped // "is", "us": a word, not the acronym
				continue
			}
			if l.vocalMarks[h.idx] != "" && !writtenVocalized(l, si, h) {
				all[k].cat = catDropped // «عمان» unvocalized: also Oman, the context alias decides
				continue
			}
			if nisbaNotPlace(l, si, h) {
				all[k].cat = catDropped // «محمد الحلبي»: a surname, no Aleppo (names_nisba.go)
				continue
			}
			if shadowedByHomograph(l, si, all, k) {
				all[k].cat = catDropped // مالي in "وزير المالية": the homograph adjective
				continue
			}
			nEnt++
			continue
		}
		if h.cat == catCeasefire && h.idx > 0 {
			if !sc.activeTruces[l.truceFiles[h.idx-1]] {
				sc.warTruceSeen = true
				all[k].cat = catDropped // "the initiative" outside coverage of the war it names the truce of
				continue
			}
			all[k].idx = 0
		}
		if h.cat == catCeasefire && verbHomographAt(l, si, all, h) {
			all[k].cat = catDropped // "قلّد الرئيس الضابط وساماً": the verb, no qalad
			continue
		}
		if h.cat == catCeasefire && ownedWorkPause(l, si, h) {
			all[k].cat = catDropped // "a suspension of operations at its hospital": the body's own pause
			continue
		}
		if h.cat == catAttrVerb && priceNounAt(l, si, all, h) {
			all[k].cat = catDropped // «ثمن الاتفاق كان ...»: the price of the deal, no verb of saying
			continue
		}
		if h.cat == catAttrVerb && adjectiveNotSaying(l, si, all, h) {
			all[k].cat = catDropped // «التابع للأمم المتحدة»: affiliated, no verb of saying
			continue
		}
		if h.cat == catAttrVerb && afterGenericDeterminer(l, si, h.start) {
			all[k].cat = catDropped // "بأي ثمن": a noun after "any" (ثمن, a price), no verb of saying
			continue
		}
		if h.cat == catModality && monthNotModal(l, si, all, h) {
			all[k].cat = catDropped // "agreed in May 2019": the month, no hedge
			continue
		}
		if h.cat != catDropped {
			count[h.cat+1]++
		}
	}
	for c := 1; c <= int(numCategories); c++ {
		count[c] += count[c-1]
	}
	si.catStart = count
	si.entHits = carveDirty(&sc.hits, nEnt)[:0]
	si.hits = carveDirty(&sc.hits, len(all)-nEnt)[:0]
	si.byCatFlat = carveDirty(&sc.hits, len(all)-nEnt)
	si.starts = carve(&sc.masks, len(si.toks))
	next := count
	for _, h := range all {
		if h.cat == catEntity {
			si.entHits = append(si.entHits, h)
			continue
		}
		if h.cat == catDropped {
			continue
		}
		si.hits = append(si.hits, h)
		si.has[h.cat] = true
		si.byCatFlat[next[h.cat]] = h
		next[h.cat]++
		si.starts[h.start] |= 1 << h.cat
	}
	nNouns := count[catCeasefire+1] - count[catCeasefire] + count[catAgreement+1] - count[catAgreement] + count[catTalks+1] - count[catTalks]
	si.nouns = carveDirty(&sc.hits, int(nNouns))[:0]
	for _, h := range si.hits {
		switch h.cat {
		case catCeasefire, catAgreement, catTalks:
			si.nouns = append(si.nouns, h)
		}
	}
}

// writtenInCapitals: the original text of hit h has no lower-case Latin letter.
//
// A possessive clitic after the acronym is no part of it ("the AU's monitoring team", "IGAD's
// envoy"; lexicon clitics.possessives): the letters before it decide.
func writtenInCapitals(l *language, si *sentInfo, h hit) bool {
	span := si.originalSpan(h.start, h.end)
	for _, p := range l.fw.possessives {
		cut, ok := strings.CutSuffix(span, p)
		if !ok {
			cut, ok = strings.CutSuffix(span, strings.ReplaceAll(p, "'", "’")) // folding made "’s" "'s"
		}
		if ok && len(cut) >= 2 {
			span = cut
			break
		}
	}
	for _, r := range span {
		if r >= 'a' && r <= 'z' {
			return false
		}
	}
	return true
}

// breakBetween: a clause-breaking punctuation token lies in [a, b).
func breakBetween(si *sentInfo, a, b int) bool {
	for k := a; k < b && k < len(si.toks); k++ {
		if t := &si.toks[k]; t.punct && clauseBreakPunct(t.text) {
			return true
		}
	}
	return false
}

// theaterScores weighs the countries an article places its truce in; the theatre, the country
// the ceasefire is about, is the heaviest (mostCounted): countries named right after a ceasefire
// noun weigh most, then places located in a country; a tie goes to the first alphabetically,
// and it is unplaced when none.
func (x *Extractor) theaterScores(l *language, infos []*sentInfo) map[string]int {
	score := map[string]int{}
	fighters := fighterCountries{g: &x.data.Gazetteer, l: l, infos: infos, homeWars: x.homeWars}
	var capitals map[string]int // made only when a capital is placed: most articles name none
	var evidence map[string]int // homonymPlace's, made only when a homonym is named
	for _, si := range infos {
		cease := si.hitsOf(catCeasefire)
		// afterCeasefire: the name at h is placed after a ceasefire noun ("وقف إطلاق النار في
		// مدينة الأبيض", "a ceasefire in and around the city of X").
		// (Clause boundaries are marked later, by markScopes: punctuation is read here.)
		afterCeasefire := func(h hit, window int) bool {
			// Only nouns starting in [h.start-window-longest, h.start] can end within window
			// before h: a binary search keeps a sentence of thousands of names linear.
			for _, ch := range hitsStartingIn(cease, h.start-window-l.longest, h.start) {
				if c := ch.end; h.start >= c && h.start-c <= window && !breakBetween(si, c, h.start) && !clauseWordBetween(si, c, h.start) {
					return true
				}
			}
			return false
		}
		// coveredFront: the name at h, of a place in country, is where a truce is to extend
		// or the home of an actor it covers, not where it is: a coverage cue stands between the
		// ceasefire noun and h, and either the truce is any truce ("any truce must cover the
		// support fronts in Lebanon and Yemen") or the place locates a covered actor of that
		// very country, with allies in another ("the truce covers Hezbollah in Lebanon and Ansar
		// Allah in Yemen"). Areas a truce covers in the
		// war ("the truce covers Qandil and the party's positions in northern Iraq") and
		// places it leaves out stay placed.
		coveredFront := func(h hit, window int, country string) bool {
			if !si.has[catInclusion] && !si.has[catExclusion] {
				return false
			}
			for _, ch := range hitsStartingIn(cease, h.start-window-l.longest, h.start) {
				if c := ch.end; h.start < c || h.start-c > window || !coverageCueIn(si, c, h.start) {
					continue
				}
				if si.tokIn(ch.start-1, classGenericDeterminer, l.fw.genericDeterminers) || coveredActorHome(l, si, h, country) && alliesAbroad(l, si, country) {
					return true
				}
			}
			return false
		}
		// "الهدنة البحرية بين روسيا وأوكرانيا", "a truce between Armenia and Azerbaijan": a
		// truce between two states is fought on both their grounds; each counts as placed.
		betweenStates(l, si, cease, score)
		// Each name counts once: not again through a shorter name inside it ("جدة" in
		// "منبر جدة") nor through a second alias of the same span.
		// A homonym place ("طرابلس": Libya's capital, Lebanon's Tripoli) is the place of the
		// country the rest of the article names (homonymPlace).
		lastEnd := -1
		for k, h := range si.entHits {
			if h.end <= lastEnd {
				continue
			}
			if alt, ok := homonymPlace(l, si, k, infos, &evidence); ok {
				h = alt
			} else if l.context[h.idx] {
				continue
			}
			lastEnd = h.end
			e := l.entities[h.idx]
			switch {
			case e.Type == "country":
				// Only a country placed after a ceasefire noun ("وقف إطلاق النار في سوريا")
				// counts: mediators and guarantors are countries too.
				// Placed by a locative at most three words before ("في كامل الأراضي السورية",
				// "across all of Yemen", "في شمال شرقي سوريا"). A multi-word name alone is not
				// placed: "guaranteed by Saudi Arabia" names a guarantor.
				// A placed country may close a longer phrase ("الهدنة التي رعتها واشنطن بين
				// أنقرة وقسد في شمال شرقي سوريا"): it looks further than a city does.
				placed := false
				for k := h.start - 1; k >= 0 && k >= h.start-3 && !placed; k-- {
					placed = si.startsAt(catLocative, k)
				}
				if placed && afterCeasefire(h, 12) && !coveredFront(h, 12, e.ID) {
					score[e.ID] += 4
				}
			case (e.Type == "city" || e.Type == "region") && e.Country != "" && e.SpeaksFor == "":
				if venueOrDateline(si, h) || forumCity(l, si, h) && fighters.abroad(e) {
					continue // where the talks were held or the report was filed, not the war
				}
				switch {
				case coveredFront(h, 6, e.Country):
					// a front the truce extends to, or a covered actor's home: not counted
				case afterCeasefire(h, 6):
					score[e.Country] += 4 // the place the truce is about
				default:
					score[e.Country]++
				}
			case e.Type == "city" && e.Country != "":
				// A capital that speaks for its state is a place only where it is named as one
				// ("fighting in Khartoum", "midnight Khartoum time"); named bare it is its state
				// speaking or acting ("Moscow said", "Washington will guarantee it").
				if venueOrDateline(si, h) || forumCity(l, si, h) && fighters.abroad(e) || !capitalAsPlace(si, h, true) {
					continue
				}
				// "a ceasefire in Khartoum": the truce placed in the capital itself.
				if truceInCapital(si, cease, h) {
					score[e.Country] += 4
					continue
				}
				if capitals == nil {
					capitals = map[string]int{}
				}
				if afterCeasefire(h, 6) {
					capitals[e.Country] += 4
				} else {
					capitals[e.Country]++
				}
			}
		}
	}
	// A capital confirms a country the article places the truce in, never makes one: the
	// capitals a report places things in are as often the mediators' (talks in Doha, a truce
	// signed in Havana) as the war's own.
	for _, id := range sortedKeys(capitals) {
		if score[id] > 0 {
			score[id] += capitals[id]
		}
	}
	return score
}

// capitalAsPlace: a capital (a city that speaks for its state) at h is named as the city, not
// as its state: a locative stands at most two words before it with no punctuation between ("in
// Khartoum", "في العاصمة صنعاء", "in central Kyiv"), or, when clock is set, it names a civil
// time ("Khartoum time", "بتوقيت صنعاء"). Only the tokens around the name are read.
func capitalAsPlace(si *sentInfo, h hit, clock bool) bool {
	if clock && (si.startsAt(catTimezoneOfPlace, h.start-1) || si.startsAt(catTimezoneOfPlace, h.end)) {
		return true
	}
	return locativeBefore(si, h) >= 0
}

// locativeBefore is the token of the locative at most two words before the name at h with no
// punctuation between ("in Khartoum", "في العاصمة صنعاء"), or -1.
func locativeBefore(si *sentInfo, h hit) int {
	for k := h.start - 1; k >= 0 && k >= h.start-2; k-- {
		if si.toks[k].punct {
			return -1
		}
		if si.startsAt(catLocative, k) {
			return k
		}
	}
	return -1
}

// capitalNamedAsPlace: the capital at h follows a preposition that places it ("زيارة إلى
// طوكيو", "arrived in Moscow") or a locative, not one that points at the state ("ضغوط على
// موسكو", "رسالة من دمشق", "نقلاً عن موسكو").
func capitalNamedAsPlace(si *sentInfo, l *language, h hit) bool {
	if capitalAsPlace(si, h, false) || capitalNamesDeal(si, l, h) {
		return true
	}
	if !l.fw.placingPrepositions[si.tokText(h.start-1)] {
		return false
	}
	for _, a := range hitsStartingIn(si.hitsOf(catAttrPrep), h.start-l.longest, h.start-1) {
		if a.end == h.start {
			return false // "according to Moscow"
		}
	}
	return true
}

// capitalNamesDeal: the capital at h names a truce, an agreement or talks by where they were
// made, as a modifier of their noun: before it where adjectives come first ("the Kuala Lumpur
// ceasefire", "the Doha agreement"), right after it where they follow ("مفاوضات جوبا", "اتفاق
// الدوحة"). It is that place, not the state that signed.
func capitalNamesDeal(si *sentInfo, l *language, h hit) bool {
	for _, c := range []category{catCeasefire, catAgreement, catTalks} {
		if l.lex.Grammar.AdjectiveAfterNoun {
			for _, n := range hitsStartingIn(si.hitsOf(c), h.start-l.longest, h.start-1) {
				if n.end == h.start {
					return true
				}
			}
		} else if si.startsAt(c, h.end) {
			return true
		}
	}
	return false
}

// truceInCapital: the ceasefire noun is followed right away by the locative that places the
// capital at h ("a ceasefire in Khartoum", "هدنة في العاصمة صنعاء"), not by a verb that names
// where it was made ("a ceasefire agreed in Doha").
func truceInCapital(si *sentInfo, cease []hit, h hit) bool {
	k := locativeBefore(si, h)
	if k < 0 {
		return false
	}
	for _, c := range hitsStartingIn(cease, k-8, k) {
		if c.end == k {
			return true
		}
	}
	return false
}

// ownNameOverlapsAfter: a name of entity e itself (no context alias) starts inside hit h, the
// k-th, and runs past its end: a context alias ("rebel coalition") that a longer proper name
// of the same body overlaps ("the rebel Coalition of Patriots for Change") yields to it.
func ownNameOverlapsAfter(si *sentInfo, l *language, k int, h hit, e *schemas.Entity) bool {
	for j := k + 1; j < len(si.entHits) && si.entHits[j].start < h.end; j++ {
		o := si.entHits[j]
		if o.start > h.start && o.end > h.end && l.entities[o.idx] == e && !l.context[o.idx] && !l.demonym[o.idx] {
			return true
		}
	}
	return false
}

// selectEntities keeps the longest non-overlapping names, dropping context aliases of actors
// from another country than the theater's. A span is a demonym only when no name of the same
// entity matches it too (سورية is both the country and its adjective).
func (si *sentInfo) selectEntities(sc *scratch, l *language, theater string, present *countriesNamed) {
	si.ents = carveDirty(&sc.ents, len(si.entHits))[:0]
	lastEnd := 0
	yielded := hit{start: -1}
	for k, h := range si.entHits {
		if h.start < lastEnd || h.start == yielded.start && h.end == yielded.end {
			continue
		}
		// One span may name several entities ("government forces", "the army" in the files of
		// two events): the theatre's own entity wins, then one named outright; a context-only
		// alias names only the theatre's.
		// Of two war files' entities, the one of the war the article names (mentions_other_war.go).
		best := bestOfSpan(l, si, k, theater, present)
		if best < 0 {
			continue
		}
		h = si.entHits[best]
		// "the Aïr and Azawagh Liberation Front": the article opens the longer name
		// (mentions_article_longer_name.go).
		if longerNameAfterArticle(si, l, best, h) {
			continue
		}
		e := l.entities[h.idx]
		ctx := l.context[h.idx]
		if ctx && ownNameOverlapsAfter(si, l, k, h, e) {
			yielded = h // nor another entity's reading of the same span
			continue    // "the rebel Coalition of Patriots for Change": the name, not "rebel coalition"
		}
		dem, title := l.demonym[h.idx], l.title[h.idx]
		for _, o := range si.entHits[k:] {
			if o.start != h.start || o.end != h.end {
				break
			}
			if l.entities[o.idx] == e && !l.demonym[o.idx] {
				dem = false
			}
			if l.entities[o.idx] == e && !l.title[o.idx] {
				title = false // the title is also one of the person's names
			}
		}
		place := e.Type == "city" && e.SpeaksFor != "" && capitalNamedAsPlace(si, l, h)
		// «آلية المراقبة» of Kordofan's truce is not Darfur's: only a description that may
		// refer back to the body the article named (mentions_event_body.go).
		foreign := ctx && l.eventBody[h.idx] && present.otherEventCovered(l.event[h.idx], l.home[h.idx])
		si.ents = append(si.ents, mention{start: h.start, end: h.end, e: e, context: ctx, demonym: dem, title: title, place: place, qualified: l.qualified[h.idx], otherEvent: foreign})
		lastEnd = h.end
	}
	si.dropForeignQualifiedAliases(&l.fw)
	si.entAt = carveDirty(&sc.ints, len(si.toks))
	si.indexMentions()
}

// backgroundInRelativeClause: a background cue inside a relative clause set off by commas
// ("X, who has negotiated three previous truces, said ...") describes the one it qualifies: that
// clause asserts nothing about this ceasefire, the rest of the sentence still does. It marks
// the clause's tokens as asserting nothing and reports whether it did.
func backgroundInRelativeClause(si *sentInfo, pos int) bool {
	start, end, ok := commaRelative(si, pos)
	if !ok {
		return false
	}
	for k := start; k < end; k++ {
		si.cond[k] = true
	}
	return true
}

// commaRelative finds the relative clause set off by commas that token pos lies in (", which
// did not sign the agreement,"): its tokens [start, end), end being the closing comma. ok is
// false when pos is in none, or when the clause is not closed by a comma before the next
// punctuation (it then carries the rest of the sentence).
func commaRelative(si *sentInfo, pos int) (start, end int, ok bool) {
	start = -1
	for k := pos - 1; k >= 0; k-- {
		t := &si.toks[k]
		if t.punct && clauseBreakPunct(t.text) {
			return 0, 0, false
		}
		if t.punct && isComma(t.text) {
			start = k + 1
			break
		}
	}
	if start < 0 {
		return 0, 0, false
	}
	if rel := si.startsAt(catRelPron, start); !rel {
		return 0, 0, false
	}
	for end = pos; end < len(si.toks); end++ {
		if t := &si.toks[end]; t.punct {
			return start, end, isComma(t.text)
		}
	}
	return 0, 0, false
}

// backgroundInLaterSegment: a background cue after a comma of its clause ("the ceasefire came
// into force at 8am, the military said, adding that troops had been instructed ...") belongs to
// what follows it: from the comma before it on the sentence asserts nothing, before that comma
// it still does. It marks those tokens and reports whether it did.
func backgroundInLaterSegment(si *sentInfo, pos int) bool {
	start := -1
	for k := pos - 1; k >= 0; k-- {
		t := si.toks[k]
		if t.punct && clauseBreakPunct(t.text) {
			break
		}
		if t.punct && isComma(t.text) {
			start = k + 1
			break
		}
	}
	if start < 0 {
		return false
	}
	for k := start; k < len(si.toks); k++ {
		si.cond[k] = true
	}
	return true
}

// markConditionals marks the tokens of conditional clauses: from the conditional word (a
// matcher hit, so sentences without one cost nothing) to the next comma or clause break.
func markConditionals(si *sentInfo, fw *functionWords) {
	if !si.has[catConditional] {
		return
	}
	for _, h := range si.hitsOf(catConditional) {
		for i := h.start; i < len(si.toks); i++ {
			t := &si.toks[i]
			if t.punct && (isComma(t.text) || clauseBreakPunct(t.text)) {
				break
			}
			// "وفي حال نجاحها ستشكل أساساً لمفاوضات": after the condition's first word, a
			// future verb opens the main clause, which is asserted.
			if i > h.end && fw.futureVerb(t.text) {
				break
			}
			si.cond[i] = true
		}
	}
}

// aliasRank orders the entities one span may name: 10 = the theatre's, named outright; 8 = the
// theatre's, by a context-only alias ("the army"); 6 = named outright, elsewhere; 5 = by a
// context-only alias of a country whose own actors the article names outright (the SPLM-N,
// the RSF: Sudan's "the army"); 4 = by a context-only alias of a country the article names
// outright otherwise (a venue, Juba: South Sudan's "the army" comes after), or a person's short
// name; 2 = named outright, of a country the article names nowhere else; 0 = not here.
func aliasRank(l *language, idx int32, theater string, present *countriesNamed) int {
	e, ctx := l.entities[idx], l.context[idx]
	switch {
	case e.Country == theater && !ctx:
		return 10
	case !ctx && l.home[idx] != "" && l.home[idx] != theater && !slices.Contains(present.get(), l.home[idx]):
		// "اللجنة الأمنية المشتركة" is one event's committee by name and another's by
		// context: in an article that names the second one's country (its ministry, its
		// armed groups) and never the first's, the span is the second's.
		return 2
	case !ctx:
		return 6
	case l.generic[idx] && !present.namesActor(e):
		// "the gunmen" of one war's armed wing are not the gunmen of another war of the
		// same country (the PKK's in northern Iraq): a generic name of an armed group
		// names it only where the article names the group or those it belongs with.
		return 0
	case l.home[idx] == theater:
		return 8
	case l.home[idx] != "" && slices.Contains(present.get(), l.home[idx]):
		// A generic name of a side's body is the body of the side whose actors the article
		// names, before that of a country it names only by a place (brokers excepted: the
		// mediators of a truce signed in Juba are Juba's): "the Juba truce ... the army" with the
		// SPLM-N named is Sudan's army, not South Sudan's (kadugli kd_034).
		if !thirdParty(e.Role) && slices.Contains(present.actorHomes(), l.home[idx]) {
			return 5
		}
		return 4
	case e.Type == "person" && present.namesPerson(e):
		// "The truce, Sissoko said, binds ..." after "Boubacar Sissoko": a person's short
		// name, once the article names the person outright, whatever country the person is of.
		return 4
	}
	return 0
}

// actorHomes are the countries of the sides' actors (not places, outlets, sources nor third
// parties) the article names outright: not by a context alias, a title or a demonym.
func (c *countriesNamed) actorHomes() []string {
	if !c.homesDone {
		c.homesDone = true
		for _, si := range c.infos {
			for _, h := range si.entHits {
				l := c.l
				switch e := l.entities[h.idx]; {
				case e.Type == "country" || e.Type == "city" || e.Type == "region" || e.Type == "media" || e.Type == "source" || thirdParty(e.Role):
					continue // places, those who report, brokers and monitors: no side
				}
				if hc := l.home[h.idx]; hc != "" && !l.context[h.idx] && !l.title[h.idx] && !l.demonym[h.idx] && !slices.Contains(c.homes, hc) {
					c.homes = append(c.homes, hc)
				}
			}
		}
	}
	return c.homes
}

// namesPerson: the article names person e outright: by a name that is neither a context alias
// nor a title.
func (c *countriesNamed) namesPerson(e *schemas.Entity) bool {
	for _, si := range c.infos {
		for _, h := range si.entHits {
			if c.l.entities[h.idx] == e && !c.l.context[h.idx] && !c.l.title[h.idx] {
				return true
			}
		}
	}
	return false
}

// namesActor: the article names outright (not by a context alias or a title) the entity e, a
// body or person that belongs to it, or the body it belongs to (not a country): the war it
// fights is the article's.
func (c *countriesNamed) namesActor(e *schemas.Entity) bool {
	if !c.actorsDone {
		c.actors, c.actorsDone = namedOutright(c.l, c.infos, c.actors), true
	}
	for _, o := range c.actors {
		if o == e || o.Affiliation == e.ID || e.Affiliation != "" && o.ID == e.Affiliation && o.Type != "country" {
			return true
		}
	}
	return false
}

// namedOutright are the entities, not places, an article names by a name that is neither a
// context alias nor a title. Appended to out, distinct.
func namedOutright(l *language, infos []*sentInfo, out []*schemas.Entity) []*schemas.Entity {
	for _, si := range infos {
		for _, h := range si.entHits {
			e := l.entities[h.idx]
			if l.context[h.idx] || l.title[h.idx] || e.Type == "country" || e.Type == "city" || e.Type == "region" || slices.Contains(out, e) {
				continue
			}
			out = append(out, e)
		}
	}
	return out
}

// countriesNamed are the countries an article names outright, worked out only when a
// context-only alias of another country's entity needs them (rare): most articles never do.
type countriesNamed struct {
	l     *language
	infos []*sentInfo
	done  bool
	list  []string
	// actors: namedOutright, once a generic context alias ("the gunmen") needs them.
	actorsDone bool
	actors     []*schemas.Entity
	// homes: the countries of the actors the article names outright (actorHomes).
	homesDone bool
	homes     []string
	// events: the event files the article names specific names of (otherEventCovered), once
	// an event body's context alias needs them.
	eventsDone bool
	events     []namedEvent
	// wars: the entities of war files the article names outright (namesWar), once a name two
	// war files share needs them.
	warsDone bool
	wars     []warName
}

func (c *countriesNamed) get() []string {
	if !c.done {
		c.list, c.done = presentCountries(c.l, c.infos, c.list), true
	}
	return c.list
}

// presentCountries are the countries an article names outright: a country, or anything placed in
// one, named by a name that is not context-only. Appended to out, distinct.
func presentCountries(l *language, infos []*sentInfo, out []string) []string {
	for _, si := range infos {
		for k, h := range si.entHits {
			if l.context[h.idx] || l.demonym[h.idx] || sharedSpan(l, si, k) || insideOwnContextAlias(l, si.entHits, k) {
				continue
			}
			e := l.entities[h.idx]
			c := e.Country
			if e.Type == "country" {
				c = e.ID
			}
			if c != "" && !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	return out
}

// insideOwnContextAlias: hit k lies inside a longer context-only alias of the same entity ("the
// Presidential Council" around "Presidential Council"): the name the text gives is the context
// alias, no outright evidence of the entity's country ("the Presidential Council of the EU" in
// Ukraine coverage is not Libya's). Hits are in order of their start.
func insideOwnContextAlias(l *language, hits []hit, k int) bool {
	h := hits[k]
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		o := hits[j]
		if o.start <= h.start && o.end >= h.end && o.end-o.start > h.end-h.start && l.context[o.idx] && l.entities[o.idx] == l.entities[h.idx] {
			return true
		}
	}
	return false
}

// sharedSpan: hit k's span also names an entity of another country (one event's committee by name,
// another's by context), or a span that differs from it only by a leading article does ("the
// ADF" of one war's file, "ADF" of another's: sameName): it is no evidence of either's country.
// Hits of one span are adjacent.
func sharedSpan(l *language, si *sentInfo, k int) bool {
	hits := si.entHits
	h := hits[k]
	for j := k - 1; j >= 0 && hits[j].start >= h.start-maxArticles; j-- {
		if l.home[hits[j].idx] != l.home[h.idx] && sameName(l, si, hits[j], h) {
			return true
		}
	}
	for j := k + 1; j < len(hits) && hits[j].start <= h.start+maxArticles; j++ {
		if l.home[hits[j].idx] != l.home[h.idx] && sameName(l, si, h, hits[j]) {
			return true
		}
	}
	return false
}

// plainName: the name at entity index idx is given outright: no context alias, title nor
// demonym.
func plainName(l *language, idx int32) bool {
	return !l.context[idx] && !l.title[idx] && !l.demonym[idx]
}

// maxArticles bounds the leading articles sameName reads.
const maxArticles = 2

// sameName: hits a and b (a starting no later) name one span, or are plain names (no context
// alias, title or demonym) that end together with only definite articles before b's start
// ("the ADF" and "ADF").
func sameName(l *language, si *sentInfo, a, b hit) bool {
	if a.end != b.end || b.start < a.start || b.start-a.start > maxArticles {
		return false
	}
	if a.start == b.start {
		return true
	}
	if !plainName(l, a.idx) || !plainName(l, b.idx) {
		return false
	}
	for t := a.start; t < b.start; t++ {
		if !l.fw.definiteArticles[si.tokText(t)] {
			return false
		}
	}
	return true
}

// markScopes computes per-token negation traps and scope boundaries, and background.
func (si *sentInfo) markScopes(sc *scratch, l *language) {
	n := len(si.toks)
	si.trap = carve(&sc.flags, n)
	si.boundary = carve(&sc.flags, n)
	si.cond = carve(&sc.flags, n)
	si.content = nil
	if (si.has[catDenial] || si.has[catDismissal]) && len(l.fw.contentNouns) > 0 {
		si.content = carve(&sc.flags, n)
		for i := range si.toks {
			si.content[i] = si.tokIn(i, classContentNoun, l.fw.contentNouns)
		}
		markDeniedFreeRelatives(si, &l.fw, l.lex.Grammar.SubjectBeforeVerb)
	}
	si.told, si.manner = nil, nil
	if si.has[catDismissal] {
		si.told = carve(&sc.flags, n)
		si.manner = carve(&sc.flags, n)
		for i := range si.toks {
			si.told[i] = si.tokForms(i, formFighting, l.fw.fightingWords)
			for _, p := range l.fw.mannerAdjuncts {
				si.manner[i] = si.manner[i] || tokensAt(si, i, p)
			}
		}
	}
	markConditionals(si, &l.fw)
	markQuestionClauses(si, &l.fw)
	corr := correctionStart(si)
	si.corr = max(corr, 0)
	for i, t := range si.toks {
		if t.punct && clauseBreakPunct(t.text) && !abbreviationDot(si, i) && !clockColon(si, i) {
			si.boundary[i] = true
		}
	}
	for _, h := range si.hits {
		switch h.cat {
		case catNegTrap:
			for k := h.start; k < h.end; k++ {
				si.trap[k] = true
			}
		case catClauseBreak:
			if !si.trap[h.start] { // "not only X but also Y" is one clause
				si.boundary[h.start] = true
			}
		case catBackground:
			// "من قبل X" is the passive agent ("by X"), not "before".
			if h.end < n && l.fw.passiveAgentAt(si, h) {
				if _, ok := si.mentionAt(h.end); ok {
					continue
				}
			}
			if backshiftedPluperfect(si, h) {
				continue
			}
			if errorOnAccusation(si, &l.fw, h) {
				continue
			}
			if h.start < corr {
				// "ورد خطأ أن ...، والصحيح أن": the error is retracted, the correction read.
				markRetracted(si, corr)
				continue
			}
			if !backgroundInRelativeClause(si, h.start) && !backgroundInLaterSegment(si, h.start) {
				si.bg = true
			}
		case catPlupAux:
			// كان ... قد + verb reports an earlier event, unless the verb is one of saying
			// ("وكانت مصادر قد قالت": an earlier report about this ceasefire).
			for k := h.end; k < h.end+3 && k < n; k++ {
				if p, ok := si.hitAt(catPlupParticle, k); ok {
					if say := si.startsAt(catAttrVerb, p.end); !say && !pluperfectOfThisTruce(si, &l.fw, h, p) {
						si.bg = true
					}
				}
			}
		}
	}
	// Prefix counts of boundaries answer "is there a boundary in [a, b)" in constant time.
	si.bcount = carveDirty(&sc.ints, n+1)
	si.bcount[0] = 0
	for i, b := range si.boundary {
		si.bcount[i+1] = si.bcount[i]
		if b {
			si.bcount[i+1]++
		}
	}
}

// dropInsideAttributions marks dropped the nouns read inside an attribution phrase: "according
// to" is not the noun "accord". Hits come in start order, longest first.
func dropInsideAttributions(hits []hit) {
	end := -1 // furthest end of an attribution phrase seen so far
	for k, h := range hits {
		switch h.cat {
		case catAttrPrep:
			end = max(end, h.end)
		case catAgreement, catCeasefire, catTalks:
			if h.end <= end {
				hits[k].cat = catDropped
			}
		}
	}
}

// abbreviationDot: token i is the dot of an abbreviation ("U.S.", "U.N.", "a.m."): it follows
// a single Latin letter written against it, and ends no clause.
func abbreviationDot(si *sentInfo, i int) bool {
	if i == 0 || si.toks[i].text != "." {
		return false
	}
	p := si.toks[i-1]
	return len(p.text) == 1 && p.text[0] >= 'a' && p.text[0] <= 'z' && p.end == si.toks[i].start
}

// dropInsideNames removes cue hits that lie inside an entity name: the talks noun of
// "الهيئة العليا للمفاوضات" is part of a name, not talks. A name of several words contains a
// hit when it starts before it and ends at or after it, or starts with it and ends after it.
// Hits come in start order, so one sweep with the furthest name end seen so far decides.
// A plain name made only of generic words written as a description ("a joint verification
// team", genericDescription) contains no hit, as a context alias does not: its words are the
// cues. Before the group of the first such name nothing is dropped: the sweep starts there.
func dropInsideNames(l *language, si *sentInfo, hits []hit) []hit {
	first := -1
	for i := range hits {
		if h := hits[i]; h.cat == catEntity && h.end-h.start > 1 && !l.context[h.idx] && !genericDescription(l, si, h) {
			first = i
			break
		}
	}
	if first < 0 {
		return hits
	}
	g0 := first
	for g0 > 0 && hits[g0-1].start == hits[first].start {
		g0--
	}
	out := hits[:g0]
	endBefore := -1 // furthest end of a name starting before the current group
	for g := g0; g < len(hits); {
		start := hits[g].start
		endAt := -1 // furthest end of a name starting at start
		g1 := g
		for ; g1 < len(hits) && hits[g1].start == start; g1++ {
			if h := hits[g1]; h.cat == catEntity && h.end-h.start > 1 && !l.context[h.idx] && h.end > endAt && !genericDescription(l, si, h) {
				endAt = h.end
			}
		}
		for k := g; k < g1; k++ {
			h := hits[k]
			if h.cat == catEntity || !(endBefore >= h.end || endAt > h.end) {
				out = append(out, h)
			}
		}
		endBefore = max(endBefore, endAt)
		g = g1
	}
	return out
}

// monthNotModal: a modal cue that is also a month's name ("may", "May") is the month when a
// number follows it ("May 12", "May 2019") or a preposition of time or place comes before it ("in
// May", "since May"), capitalised or not: a title-case headline ("Truce May Collapse") keeps the
// modal.
func monthNotModal(l *language, si *sentInfo, hits []hit, h hit) bool {
	month := false
	for _, o := range hitsStartingAt(hits, h.start) {
		month = month || o.cat == catMonth
	}
	if !month {
		return false
	}
	if h.end < len(si.toks) && si.toks[h.end].number {
		return true
	}
	if h.start == 0 {
		return false
	}
	for _, o := range hitsStartingAt(hits, h.start-1) {
		if o.cat == catLocative {
			return true
		}
	}
	return l.fw.dayPrepositions[si.tokText(h.start-1)]
}

// settleTalksVerbs reads a verb of convening ("would convene in Batken", "سينعقد ... في
// دوشنبه") as talks only in a sentence that names a truce, an agreement, talks, a meeting or a
// joint body of the sides ("a joint commission would convene"): alone it is any body's sitting ("Parliament convened in Aden to approve the budget", "تنعقد
// القمة الاقتصادية في الرياض").
func settleTalksVerbs(l *language, si *sentInfo, hits []hit) []hit {
	verb, noun := false, false
	for _, h := range hits {
		switch h.cat {
		case catTalksVerb:
			verb = true
		case catCeasefire, catAgreement, catTalks, catJointBody:
			noun = true
		case catMeeting:
			// A parliament's or cabinet's sitting is no meeting of the sides
			// (talks_organ_sitting.go): "وتنعقد جلسة البرلمان في عدن".
			noun = noun || !organSitting(l, si, h)
		}
	}
	if !verb {
		return hits
	}
	for i := range hits {
		if hits[i].cat != catTalksVerb {
			continue
		}
		if noun && !organSubject(l, si, hits[i]) {
			hits[i].cat = catTalks
		} else {
			hits[i].cat = catDropped
		}
	}
	return hits
}

// promoteNamedMeetings turns a meeting noun followed by a place name ("اجتماع أستانة",
// "الاجتماع في أستانة", "a meeting held in Kunming") into a talks noun: meetings somewhere are the
// talks held there (the gold convention since stop 12). A capital right after the noun, with no
// locative, is its state acting ("لقاء موسكو وأنقرة"), not a place; after a locative it is the
// place of the talks only when the meeting is between sides ("اجتماعات تدور في العاصمة التركية
// أنقرة بين المعارضة ...") or the sentence is about an agreement ("meetings in the Egyptian
// capital" that produced the truce): capitals host every kind of meeting.
func promoteNamedMeetings(l *language, si *sentInfo, hits []hit) []hit {
	agreement, agreementKnown := false, false // read only for a capital after a meeting noun
	for i, h := range hits {
		if h.cat != catMeeting || organSitting(l, si, h) {
			continue // "جلسة البرلمان في عدن": the organ's own sitting (talks_organ_sitting.go)
		}
		// One word may stand before the locative: "a meeting held in Cairo", "اجتماعات تدور في";
		// before a district or a building, up to three words of the verb phrase ("اجتماع موسع
		// عُقد في دار الفتوى", "a session to be held in al-Madina").
		at, words := h.end, 0
		for from := h.end; from <= h.end+3 && from < len(si.toks) && at == h.end; from++ {
			for _, loc := range hitsStartingAt(hits, from) {
				if (loc.cat == catLocative || venueLocative(l, loc)) && at == h.end {
					at, words = loc.end, from-h.end
				}
			}
			if si.toks[from].punct || len(hitsStartingAt(hits, from)) > 0 && at == h.end && entityStartsAt(hits, from) {
				break // "اجتماع أستانة المقرر": a name before any locative
			}
		}
		for _, e := range hitsStartingAt(hits, at) {
			if e.cat != catEntity {
				continue
			}
			ent := l.entities[e.idx]
			if ent.Type != "city" || words > 1 {
				// "اجتماع موسع عُقد في دار الفتوى", "a meeting in al-Madina": a district or a
				// building hosts meetings of every kind; one in a sentence about the agreement
				// is its talks.
				// "a meeting at the governor's office in Basra": past the body whose premises
				// they are, the place.
				// A city keeps the one word of the rule below: a city farther from the noun
				// hosts its cabinet's and parliament's meetings too ("held a meeting on Monday
				// in Baghdad and approved the ceasefire agreement").
				place := venueSite(ent) || ent.Type != "city" && placeAfter(l, hits, e.end)
				if at > h.end && place && !statementOccasion(l, si, hits, h) && agreementNamed(&agreement, &agreementKnown, hits) {
					hits[i].cat = catTalks
				}
				continue
			}
			// "said at a news conference in Port Sudan", "قال في مؤتمر صحفي في بورتسودان": a
			// city after a locative is where the speaker spoke, as a building is
			// (statementOccasion); "في إشارة إلى اجتماع أستانة" names the meeting.
			if at > h.end && statementOccasion(l, si, hits, h) {
				continue
			}
			if ent.SpeaksFor == "" || at > h.end && (agreementNamed(&agreement, &agreementKnown, hits) || si.tokIn(cityEnd(l, hits, e), classBetween, l.fw.between)) {
				hits[i].cat = catTalks
			}
		}
		// "الاجتماع المقبل للهيئة سيُعقد يوم الاثنين المقبل في بيروت", "the session will be held
		// in Baghdad": a verb of holding places the meeting (talks_meeting_held_in.go).
		if hits[i].cat == catMeeting && heldInPlace(l, si, hits, h) && !statementOccasion(l, si, hits, h) {
			hits[i].cat = catTalks
		}
		// Verb first, the place before the noun: "عُقد مساء اليوم في دار الفتوى اجتماع",
		// "عُقد أمس في دار الفتوى الاجتماع الثاني".
		if hits[i].cat == catMeeting && !l.lex.Grammar.SubjectBeforeVerb && siteBefore(l, hits, h.start) && !statementOccasion(l, si, hits, h) && agreementNamed(&agreement, &agreementKnown, hits) {
			hits[i].cat = catTalks
		}
		// "احتضنت العاصمة دمشق اجتماعات", "لقاءات احتضنتها العاصمة طرابلس", "meetings it hosted":
		// a hosted meeting in a sentence about the agreement is its talks (talks_hosted_meeting.go).
		if hits[i].cat == catMeeting && hostedMeeting(l, si, hits, h) && agreementNamed(&agreement, &agreementKnown, hits) {
			hits[i].cat = catTalks
		}
		// "في القرنة، حيث عُقد الاجتماع الحاسم", "in al-Qurna, where the meeting was held": the
		// place before a relative clause on the meeting.
		if hits[i].cat == catMeeting && placeBeforeRelative(l, si, hits, h.start) >= 0 && agreementNamed(&agreement, &agreementKnown, hits) {
			hits[i].cat = catTalks
		}
	}
	return hits
}

// statementOccasion: the meeting is where someone spoke, named between a verb of saying and
// what was said ("أوضح النائب، في مؤتمر صحافي عقده في مكتب اللجنة، أن", "told a news conference
// at the ministry that"): a verb of saying ends shortly before it with no truce, agreement or
// talks noun between, and no complementizer or quote: after "أن", "that" the meeting is what is said
// ("وأشار إلى أن اللجنة ستعقد اجتماعاً").
func statementOccasion(l *language, si *sentInfo, hits []hit, h hit) bool {
	// Subject first, the occasion follows the verb closely ("said at a press conference",
	// "told a news conference"); farther on, with "that" left out, it is what was said ("a
	// source said sheikhs signed a pledge at a meeting in Basra"). Verb first, the speaker's
	// name and titles stand between ("أوضح عضو اللجنة النائب X، في مؤتمر صحافي").
	window := 10
	if l.lex.Grammar.SubjectBeforeVerb {
		window = 3
	}
	said := -1
	for _, o := range hits {
		if o.start >= h.start {
			break
		}
		switch o.cat {
		case catAttrVerb:
			// A noun right after an article ("signed a pledge") says nothing. (Past an
			// adjective it cannot be told from a subject: "a handwritten pledge", "a spokesman
			// said".)
			prev := si.tokText(o.start - 1)
			if h.start-o.end <= window && !l.fw.definiteArticles[prev] && !l.fw.indefiniteArticles[prev] {
				said = o.end
			}
		case catCeasefire, catAgreement, catTalks:
			said = -1
		}
	}
	if said < 0 {
		return false
	}
	for k := said; k < h.start; k++ {
		// A quote opened after the verb is what was said as well ("وتابع لافروف "سنبدأ ...
		// الاعداد للقاء في إستانا"").
		if si.tokIn(k, classComplementizer, l.fw.complementizers) || isQuote(si.toks[k].text) {
			return false
		}
	}
	return true
}

// entityStartsAt: an entity hit starts at token i.
func entityStartsAt(hits []hit, i int) bool {
	for _, e := range hitsStartingAt(hits, i) {
		if e.cat == catEntity {
			return true
		}
	}
	return false
}

// agreementNamed is namesAgreement over hits, read once.
func agreementNamed(agreement, known *bool, hits []hit) bool {
	if !*known {
		*agreement, *known = namesAgreement(hits), true
	}
	return *agreement
}

// placeAfter: a locative starts at pos and a city or venueSite right after it ("the governor's
// office in Basra").
func placeAfter(l *language, hits []hit, pos int) bool {
	for _, loc := range hitsStartingAt(hits, pos) {
		if loc.cat != catLocative && !venueLocative(l, loc) {
			continue
		}
		for _, e := range hitsStartingAt(hits, loc.end) {
			if e.cat == catEntity && (l.entities[e.idx].Type == "city" || venueSite(l.entities[e.idx])) {
				return true
			}
		}
	}
	return false
}

// placeBeforeRelative: the talks or meeting noun at pos opens, at most three tokens after it, a
// relative clause set off by a comma from the place before it: the index of that place's hit
// (a city or venueSite ending right before the comma), else -1.
func placeBeforeRelative(l *language, si *sentInfo, hits []hit, pos int) int {
	for _, r := range hits {
		if r.start >= pos {
			break
		}
		if r.cat != catRelPron || pos-r.end > 3 || r.start < 2 || !isComma(si.tokText(r.start-1)) {
			continue
		}
		for k, e := range hits {
			if e.cat == catEntity && e.end == r.start-1 && (l.entities[e.idx].Type == "city" || venueSite(l.entities[e.idx])) {
				return k
			}
		}
	}
	return -1
}

// venueLocative: a talks-venue cue that is a bare preposition of place ("at", "في").
func venueLocative(l *language, h hit) bool {
	t := l.topicOfRef[refTalksVenue]
	return h.cat == catTopicCue && t >= 0 && int(l.cueTopic[h.idx]) == t && l.topicCue[h.idx].Object == "" && h.end-h.start == 1
}

// siteBefore: a locative, then a place (a city or venueSite) ending right before pos.
func siteBefore(l *language, hits []hit, pos int) bool {
	for _, e := range hits {
		if e.start >= pos {
			break
		}
		if e.cat != catEntity || e.end != pos {
			continue
		}
		if ent := l.entities[e.idx]; ent.Type != "city" && !venueSite(ent) {
			continue
		}
		for _, loc := range hits {
			if loc.cat == catLocative && loc.end == e.start {
				return true
			}
		}
	}
	return false
}

// venueSite: a place below a city where talks may sit: a district or a building (a religious
// seat, an office), named in the gazetteer as a region that speaks for nobody or as an
// organization of one country that is no UN, press or jihadist body.
func venueSite(e *schemas.Entity) bool {
	switch e.Type {
	case "region":
		return e.SpeaksFor == ""
	case "organization":
		// A body of one country (a religious seat, a committee's office); an international
		// organization ("talks at the African Union") names who convenes, not a building.
		return e.Country != "" && e.Role != "un" && e.Role != "media" && e.Role != "jihadist" && len(e.Members) == 0
	}
	return false
}

// timeLeadBefore: a time lead ("after", "since", بعد, منذ) stands right before pos, or before
// an article right before it ("since the truce"): the noun there dates something else.
func timeLeadBefore(l *language, si *sentInfo, pos int) bool {
	for k := pos - 1; k >= 0 && k >= pos-2; k-- {
		t := si.tokText(k)
		if si.toks[k].punct {
			return false
		}
		if l.fw.timeLeads[l.fw.withoutConjunction(t)] {
			return true
		}
		if !l.fw.definiteArticles[t] {
			return false
		}
	}
	return false
}

// namesAgreement: a ceasefire or agreement noun is among the hits.
func namesAgreement(hits []hit) bool {
	for _, h := range hits {
		if h.cat == catCeasefire || h.cat == catAgreement {
			return true
		}
	}
	return false
}

// cityEnd is the end of a city's name, past the same city named again ("العاصمة التركية أنقرة").
func cityEnd(l *language, hits []hit, e hit) int {
	end := e.end
	for _, o := range hitsStartingAt(hits, end) {
		if o.cat == catEntity && l.entities[o.idx] == l.entities[e.idx] {
			end = max(end, o.end)
		}
	}
	return end
}

// hitsStartingAt returns the hits of a start-ordered list that start at token i.
func hitsStartingAt(hits []hit, i int) []hit {
	lo := sort.Search(len(hits), func(k int) bool { return hits[k].start >= i })
	hi := lo
	for hi < len(hits) && hits[hi].start == i {
		hi++
	}
	return hits[lo:hi]
}

// venueOrDateline: the place at h is where the talks met ("after three days of talks in
// Istanbul", "محادثات ... في إسطنبول": a talks or meeting noun ends at most three tokens before
// it) or the dateline of the report ("ISTANBUL, March 24 (Pontus Wire) -", "إسطنبول -"): a
// host city abroad would otherwise outweigh the places of the war.
func venueOrDateline(si *sentInfo, h hit) bool {
	if dateline(si, h) {
		return true
	}
	for _, c := range []category{catTalks, catMeeting} {
		for _, t := range hitsStartingIn(si.hitsOf(c), h.start-4-3, h.start-1) {
			if t.end <= h.start && h.start-t.end <= 3 {
				return true
			}
		}
	}
	return false
}

// dateline: the name at h opens the article, punctuation right after it ("BEIRUT, May 14",
// "طرابلس - «وكالة ...»"): where the report was filed.
func dateline(si *sentInfo, h hit) bool {
	return si.s.Index == 0 && h.start == 0 && h.end < len(si.toks) && si.toks[h.end].punct
}

// betweenStates adds 4 to each of two or more countries named right after a between word that
// follows a ceasefire noun ("a truce between Russia and Ukraine"). A truce between a state and
// a group ("between Israel and Hamas") places nothing: the group's ground is not the state's.
// The sides are read as a list of names joined by "and" ("between the Islamic Republic of Iran
// and the State of Israel"), ended by any other word ("between Israel and Hamas mediated by
// Egypt"), punctuation or a locative ("between Turkey and the SDF in Syria": Syria is where, not
// a side). Only the few tokens after each ceasefire noun are read.
func betweenStates(l *language, si *sentInfo, cease []hit, score map[string]int) {
	for _, ch := range cease {
		for b := ch.end; b < len(si.toks) && b <= ch.end+3; b++ {
			if !si.tokIn(b, classBetween, l.fw.between) {
				continue
			}
			var states []string
			last, sides := b, 0 // end of the chain so far, names in it
			for _, h := range hitsStartingIn(si.entHits, b+1, b+16) {
				if h.start < last || l.context[h.idx] {
					continue // inside a name already chained, or a part of a longer name
				}
				// Two sides: a third name joined by "and" is another's ("between Sudan and South
				// Sudan and Ethiopia's mediation").
				if sides == 2 || last == b && h.start > b+5 || last > b && !sideJoined(l, si, last, h.start) || chainBroken(si, last, h.start) {
					break
				}
				last, sides = h.end, sides+1
				if e := l.entities[h.idx]; e.Type == "country" && !l.context[h.idx] && !slices.Contains(states, e.ID) {
					states = append(states, e.ID)
				}
			}
			if len(states) >= 2 {
				for _, id := range states {
					score[id] += 4
				}
			}
			break
		}
	}
}

// sideJoined: the name starting at to is joined by "and" to the one ending at from, at most four
// words apart ("and the State of Israel", "وأوكرانيا"): a name after any other word ("mediated
// by Egypt") is no side.
func sideJoined(l *language, si *sentInfo, from, to int) bool {
	if to-from > 4 {
		return false
	}
	if hasAnyPrefix(si.tokText(to), l.fw.conjunctionPrefixes) {
		return true
	}
	for k := from; k < to; k++ {
		if l.fw.conjunctions[si.tokText(k)] {
			return true
		}
	}
	return false
}

// coverageCueIn: a coverage cue (include, cover, exclude) starts in [from, to).
func coverageCueIn(si *sentInfo, from, to int) bool {
	for k := from; k < to; k++ {
		if si.startsAt(catInclusion, k) || si.startsAt(catExclusion, k) {
			return true
		}
	}
	return false
}

// coveredActorHome: the name at h follows a locative right after an actor of country ("حزب
// الله في لبنان", "Hezbollah in Lebanon"): it says where the actor is from.
func coveredActorHome(l *language, si *sentInfo, h hit, country string) bool {
	k := h.start - 1
	if k < 1 || !si.startsAt(catLocative, k) {
		return false
	}
	for _, a := range hitsStartingIn(si.entHits, k-l.longest, k-1) {
		e := l.entities[a.idx]
		if a.end == k && !l.context[a.idx] && e.Type != "country" && e.Type != "city" && e.Type != "region" && e.Country == country {
			return true
		}
	}
	return false
}

// coveredHomeCountries counts the distinct countries named as the home of an actor of theirs
// ("حزب الله في لبنان وأنصار الله في اليمن": two). Allies on several fronts are what a truce
// extends to; one actor in its own country ("the truce covers Hezbollah in Lebanon") may well be
// a side of the war the truce is in.
func coveredHomeCountries(l *language, si *sentInfo) int {
	var seen [4]string
	n := 0
	for _, h := range si.entHits {
		e := l.entities[h.idx]
		if e.Type != "country" || l.context[h.idx] || slices.Contains(seen[:n], e.ID) || !coveredActorHome(l, si, h, e.ID) {
			continue
		}
		seen[n] = e.ID
		if n++; n == len(seen) {
			break
		}
	}
	return n
}

// alliesAbroad: an actor of country covered in its home is an ally abroad of the war, not one
// of its sides, when the sentence also names allies in another country or places something in
// another country ("the ceasefire in Syria ... covers Hezbollah in Lebanon"); alone ("the truce
// covers Hezbollah in Lebanon, the Israeli army said") its home may be the war's ground.
func alliesAbroad(l *language, si *sentInfo, country string) bool {
	if coveredHomeCountries(l, si) > 1 {
		return true
	}
	for _, h := range si.entHits {
		e := l.entities[h.idx]
		c := e.Country
		if e.Type == "country" {
			c = e.ID
		} else if e.Type != "city" && e.Type != "region" {
			continue
		}
		if c != "" && c != country && !l.context[h.idx] && h.start > 0 && si.startsAt(catLocative, h.start-1) {
			return true
		}
	}
	return false
}

// chainBroken: punctuation or a locative between tokens from and to ends a list of sides.
func chainBroken(si *sentInfo, from, to int) bool {
	for k := from; k < to; k++ {
		if si.toks[k].punct || si.startsAt(catLocative, k) {
			return true
		}
	}
	return false
}

// afterGenericDeterminer: token k follows "any" ("أي", also with a glued preposition: "بأي"):
// a noun, not a verb ("بأي ثمن", at any price).
func afterGenericDeterminer(l *language, si *sentInfo, k int) bool {
	if k == 0 {
		return false
	}
	for _, v := range si.toks[k-1].variants() {
		if l.fw.genericDeterminers[v] {
			return true
		}
	}
	return false
}
