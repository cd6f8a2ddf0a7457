package claims

import (
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/tanaqud/tanaqud/schemas"
)

// attribution is one "X said" in a sentence: from token pos on, claims are X's.
type attribution struct {
	pos     int
	speaker *schemas.Entity // nil: the speaker is carried over (واضاف, "he added")
	prep    bool            // بحسب X, according to X: may follow what it attributes
	// participle: a verb of saying right after a noun that is no name, with no subject before
	// it ("the arrangement announced last night", "a draft circulated by X"): a reduced
	// relative clause, which yields to a speaker the sentence names later.
	participle bool
}

// articleContext carries what rules need across the sentences of one article.
type articleContext struct {
	x         *Extractor
	l         *language
	a         schemas.Article
	theater   string
	placed    map[string]int // the countries the article places its truce in, weighted (see theaterScores)
	event     string         // the claims' event key (see eventKey)
	infos     []*sentInfo
	ceasefire bool           // the article talks about a ceasefire at all (see init)
	loc       *time.Location // the theatre's civil time (UTC when unknown)
	locKnown  bool           // loc is the theatre's or its named countries' zone, not UTC by default
	// region is theatreRegion's answer, once regionDone.
	region     string
	regionDone bool
	// resolved speaker per sentence and attribution, after carry-over.
	speakers [][]*schemas.Entity
	sc       *scratch
	pub      time.Time // publication time, parsed once
	hasPub   bool
	seen     []claimKey // finalize's per-sentence dedup set
	// zoneLoc is the last time zone resolve used (one per article in practice).
	zoneLoc     *time.Location
	zoneMinutes int
	// truceStart is the theatre's day of the first resolved start time, so that "the 16th
	// day of the truce" can be dated (time_rules.go).
	truceStart    time.Time
	hasTruceStart bool
	// truceStartAt, truceStartIsDay, truceStartSent: that first start's beginning in the clock
	// it was told in (a day's civil date, or the instant), whether it was a day, and its
	// sentence, so that a later bare hour of the start takes its day (time_earlier_day.go).
	truceStartAt    time.Time
	truceStartIsDay bool
	truceStartSent  int
	// soleMediatorOf is articleMediator's answer, once mediatorDone.
	soleMediatorOf *schemas.Entity
	mediatorDone   bool
	// armies is articleArmies' answer, once armiesDone.
	armies     []*schemas.Entity
	armiesDone bool
	// fighters are the countries of the fighters the article names, gathered on first use
	// (forumAbroad).
	fighters fighterCountries
	// joints are the ids of the joint mentions resolveForces made (jointOf).
	joints []string
	// sides is articleSides' answer, once sidesDone.
	sides     []*schemas.Entity
	sidesDone bool
	// named is namedEntities' answer, once namedDone.
	named     []*schemas.Entity
	namedDone bool
	// truceSideIDs is truceSides' answer, once truceSidesDone.
	truceSideIDs   []string
	truceSidesDone bool
}

func (ac *articleContext) init() {
	ac.pub, ac.hasPub = parsePublished(ac.a.Published)
	for _, si := range ac.infos {
		if si.has[catCeasefire] {
			ac.ceasefire = true
		}
	}
	if !ac.ceasefire {
		ac.ceasefire = ac.x.titleNamesCeasefire(ac.sc, ac.l, ac.a.Title)
	}
	if !ac.ceasefire {
		ac.ceasefire = ac.agreementWithProvision() || ac.agreementBetweenSides()
	}
	ac.loc = ac.x.zones[ac.theater]
	if ac.loc == nil {
		ac.loc = ac.namedCountriesZone() // a short item placing the truce nowhere
	}
	ac.locKnown = ac.loc != nil
	if ac.loc == nil {
		ac.loc = ac.zone(0)
	}
}

// outletVoice marks an attribution to no one named ("both sides said", "according to the text
// of the agreement"): what follows is the outlet's, not carried over from an earlier speaker.
var outletVoice = &schemas.Entity{}

// earlierVoice marks an attribution to a pronoun ("، بحسب قوله،": according to his words): the
// speaker the sentence carried over from before it, not a name of this sentence.
var earlierVoice = &schemas.Entity{}

// personPronoun and thingPronoun mark an attribution to "he"/"she" or "it": the one quoted
// before when it is a person (a body), else the nearest person (body) quoted or named a few
// sentences back ("..., diplomats said. ..., it added": the ministry quoted before them).
var personPronoun, thingPronoun = &schemas.Entity{}, &schemas.Entity{}

// bothSidesSubject: the subject right before the verb of saying at pos is a both-word and a
// noun, no name ("..., both sides said", "neither side said").
func (ac *articleContext) bothSidesSubject(si *sentInfo, pos int) bool {
	if pos < 2 || !ac.l.fw.bothWords[si.tokText(pos-2)] || si.toks[pos-1].punct {
		return false
	}
	if pos > 2 && !si.toks[pos-3].punct {
		return false // "Officials on both sides said": the officials speak
	}
	_, named := si.mentionAt(pos - 1)
	return !named
}

// speakerEligible says whether a mention can be who speaks.
func speakerEligible(m mention) bool {
	if m.demonym || m.joint {
		return false
	}
	switch m.e.Type {
	case "person", "government", "military", "armed_group", "coalition", "organization", "media", "source", "country":
		return true
	case "city":
		return m.e.SpeaksFor != "" && !m.place
	}
	return false
}

// attributeSpeakers finds every attribution of every sentence and resolves carried-over ones.
func (ac *articleContext) attributeSpeakers() {
	var prev, lastNamed *schemas.Entity
	var asideLast *schemas.Entity // the trailing aside's speaker when prev skips it (speakers_trailing_aside.go)
	lastAt := 0
	sc := ac.sc
	ac.speakers = carveDirty(&sc.speakerRows, len(ac.infos))
	for i, si := range ac.infos {
		sc.attrTmp = ac.findAttributions(si, sc.attrTmp[:0])
		if len(sc.attrTmp) == 0 && prev != nil && ac.quoteGoesOn(i) {
			sc.attrTmp = append(sc.attrTmp, attribution{pos: 0}) // carried over
		}
		if len(sc.attrTmp) > 0 {
			si.attrs = carveDirty(&sc.attrs, len(sc.attrTmp))
			copy(si.attrs, sc.attrTmp)
		}
		resolved := carveDirty(&sc.speakers, len(si.attrs))
		cur := prev
		if cur == nil && lastNamed != nil && ac.sameParagraph(lastAt, i) {
			// "he told the Courier" after a quotation the sentences before opened: the last
			// speaker named in the paragraph.
			cur = lastNamed
		}
		if cur == nil && i > 0 && len(ac.infos[i-1].attrs) == 0 && ac.sameParagraph(i-1, i) {
			// "X ruled out a release. \"...,\" he told the Ledger": no one spoke before, so the
			// pronoun takes up the person the sentence before is about.
			cur = leadPerson(ac.infos[i-1])
		}
		carried := cur
		var beforeLast *schemas.Entity // the speaker before the last attribution (an aside's)
		for k, at := range si.attrs {
			before := cur
			switch {
			case at.speaker == resumeVoice:
				cur = beforeLast // after "as the mediators announced": the speaker before it
			case at.speaker == earlierVoice:
				cur = carried
				if k == 0 && asideLast != nil && ac.sameWordAfter(si, at.pos) {
					cur = asideLast // "، وفق الدبلوماسي نفسه،": the source the aside before named
				}
			case at.speaker == personPronoun || at.speaker == thingPronoun:
				cur = ac.pronounReferent(i, cur, k > 0, at.speaker == personPronoun)
			case at.speaker == outletVoice:
				cur = nil // said by no one named: the outlet, and nothing to carry over
			case at.speaker != nil:
				cur = at.speaker
			}
			resolved[k] = cur
			beforeLast = before
		}
		if len(si.attrs) > 0 && cur != nil {
			lastNamed, lastAt = cur, i
		}
		ac.speakers[i] = resolved
		if len(si.attrs) > 0 {
			prev, asideLast = cur, nil
			if sp := ac.trailingAsideSpeaker(si, resolved); sp != nil {
				prev, asideLast = sp, cur // "قال X إن ...، بحسب وكالة Y. وأوضح أن": X goes on (speakers_trailing_aside.go)
			}
		} else {
			prev, asideLast = nil, nil
		}
	}
	ac.quotesClosedLater()
	ac.interviewAnswers()
	ac.quoteBoxSignedNext()
	ac.statementTextSpeaks()
}

// quoteBoxSignedNext: a quotation ending its sentence, signed in the next one by a dash and a
// name ("\"... truce.\" — Name, title"), is that name's, back to the sentence that opened it.
//
// The signature may stand on a line of its own under the box ("«...».\n— أبو القسام، المتحدث
// باسم كتيبة جنين"): then the whole paragraph above it is the box, and a sentence in it that
// goes on with a pronoun subject ("وأضاف أن ...") is the signer's too.
//
// The signature may go on with an attribution of its own that names the signer again ("- Col.
// Ryan Hadley, spokesman for the coalition, at a briefing in Hasakah", "— مسؤول لبناني رفيع
// لقناة الريادة، طالباً عدم ذكر اسمه"), and the box may hold a verb of saying with no subject
// named ("Whoever says otherwise is misleading the people.\" — Sajjad Khattak"): neither is
// another speaker. (A signature past a blank line signs nothing: TestQuoteBoxSignedOnNextLine.)
func (ac *articleContext) quoteBoxSignedNext() {
	for i := 1; i < len(ac.infos); i++ {
		si := ac.infos[i]
		if len(si.toks) < 2 || !isDash(si.toks[0].text) {
			continue
		}
		inline := ac.sameParagraph(i-1, i)
		if !inline && !ac.nextLine(i-1, i) {
			continue
		}
		prev := ac.infos[i-1]
		if n := len(prev.toks); len(prev.attrs) > 0 && inline && !ac.carriedOnly(i-1) || n == 0 || !isQuote(prev.toks[n-1].text) && (n < 2 || !isQuote(prev.toks[n-2].text)) {
			continue
		}
		m, ok := ac.mentionWithin(si, 1, 1, true)
		if !ok {
			continue
		}
		speaker := ac.speakerOf(si, m)
		if !ac.onlySpeaker(i, speaker) {
			continue
		}
		for j := i - 1; j >= 0 && (inline && ac.sameParagraph(j, i) || !inline && (j == i-1 || ac.sameParagraph(j, i-1))); j-- {
			if len(ac.infos[j].attrs) > 0 && !ac.carriedOnly(j) {
				break
			}
			if len(ac.infos[j].attrs) > 0 {
				ac.speakers[j] = slices.Repeat([]*schemas.Entity{speaker}, len(ac.infos[j].attrs))
				continue
			}
			ac.infos[j].attrs = []attribution{{pos: 0, speaker: speaker}}
			ac.speakers[j] = []*schemas.Entity{speaker}
			if inline && (j < i-1 && quoteCount(ac.infos[j])%2 == 1 || j == i-1 && quoteCount(ac.infos[j]) == 2) {
				break // the sentence that opened the quotation
			}
		}
	}
}

// nextLine: sentence b starts on the line right after the one sentence a ends (one line break
// and spaces between them).
func (ac *articleContext) nextLine(a, b int) bool {
	x, y := ac.infos[a].s.End, ac.infos[b].s.Start
	return x <= y && y <= len(ac.a.Text) && strings.Count(ac.a.Text[x:y], "\n") == 1 && strings.TrimSpace(ac.a.Text[x:y]) == ""
}

// onlySpeaker: every attribution of sentence i resolves to sp (or to no one named).
func (ac *articleContext) onlySpeaker(i int, sp *schemas.Entity) bool {
	for _, e := range ac.speakers[i] {
		if e != nil && e != sp {
			return false
		}
	}
	return true
}

// carriedOnly: every attribution of sentence i carries the speaker over (a pronoun subject:
// "وأضاف أن", "he added") and none resolved to anyone.
func (ac *articleContext) carriedOnly(i int) bool {
	for k, at := range ac.infos[i].attrs {
		if at.speaker != nil || ac.speakers[i][k] != nil {
			return false
		}
	}
	return true
}

// leadPerson: the person a sentence opens on, as its subject ("Justice Minister X ruled out
// ...", "أكد وزير العدل X ..."), else nil: a sentence about a body or led by another noun
// gives a later pronoun no person to take up.
func leadPerson(si *sentInfo) *schemas.Entity {
	for _, m := range si.ents {
		if m.start > 5 || !speakerEligible(m) {
			return nil
		}
		if m.e.Type == "person" {
			return m.e
		}
		return nil
	}
	return nil
}

// quotesClosedLater: the sentences of a quotation that runs over several sentences of a
// paragraph, with no attribution of their own, are said by whoever the sentence opening it
// names, else by whoever the sentence closing it names ("\"Sixty days, renewable. Not three
// months,\" he said"; "X went further: \"There is no agreement. Nothing was signed. ...,\" he
// told the Courier").
func (ac *articleContext) quotesClosedLater() {
	open := false
	var opener *schemas.Entity
	var pending []int // sentences inside the open quotation, without attributions
	for i, si := range ac.infos {
		if i > 0 && !ac.sameParagraph(i-1, i) {
			open, opener, pending = false, nil, pending[:0]
		}
		n := quoteCount(si)
		switch {
		case !open && n%2 == 1:
			// The quotation opens here: its speaker is the last one this sentence attributes,
			// before or after the opening quote mark.
			open, opener, pending = true, nil, pending[:0]
			if sp := ac.speakers[i]; len(sp) > 0 {
				opener = sp[len(sp)-1]
			}
			if len(si.attrs) == 0 && len(si.toks) > 0 && isQuote(si.toks[0].text) {
				pending = append(pending, i)
			}
		case open && n == 0 && len(si.attrs) == 0:
			pending = append(pending, i)
		case open && n%2 == 1:
			// It closes here: the speaker named after the closing quote. A closing sentence
			// with no attribution of its own is the quotation's last ("... الجنوبي.»"), the
			// opener's.
			speaker := opener
			if len(si.attrs) == 0 && opener != nil {
				pending = append(pending, i)
			}
			if speaker == nil && len(si.attrs) > 0 {
				closing := -1
				for k, t := range si.toks {
					if t.punct && isQuote(t.text) {
						closing = k
						break
					}
				}
				if closing >= 0 && si.attrs[0].pos > closing {
					speaker = ac.speakers[i][0]
				}
			}
			if speaker != nil {
				for _, j := range pending {
					ac.infos[j].attrs = []attribution{{pos: 0, speaker: speaker}}
					ac.speakers[j] = []*schemas.Entity{speaker}
				}
			}
			open, pending = false, pending[:0]
		}
	}
}

// quoteCount: how many quotation marks the sentence has.
func quoteCount(si *sentInfo) int {
	if !hasQuoteMark(si.s.Text) {
		return 0 // most sentences: no token walk
	}
	n := 0
	for k := range si.toks {
		if si.toks[k].punct && si.quoteAt(k) {
			n++
		}
	}
	return n
}

// sameParagraph: no line break separates sentences a and b (a before b).
func (ac *articleContext) sameParagraph(a, b int) bool {
	x, y := ac.infos[a].s.End, ac.infos[b].s.Start
	return x <= y && y <= len(ac.a.Text) && !strings.Contains(ac.a.Text[x:y], "\n") && b-a <= 4
}

// quoteGoesOn: a sentence opening a quotation right after a quoted, attributed one in the same
// paragraph ("\"...,\" Mensah said. \"The agreement covers ...\"") goes on with its speaker.
func (ac *articleContext) quoteGoesOn(i int) bool {
	if i == 0 {
		return false
	}
	si, prev := ac.infos[i], ac.infos[i-1]
	if len(si.toks) == 0 || !isQuote(si.toks[0].text) || len(prev.attrs) == 0 {
		return false
	}
	if a, b := prev.s.End, si.s.Start; a > b || b > len(ac.a.Text) || strings.Contains(ac.a.Text[a:b], "\n") {
		return false
	}
	for _, t := range prev.toks {
		if t.punct && isQuote(t.text) {
			return true
		}
	}
	return false
}

// barePreposition: the token is a one-word preposition, also behind a conjunction prefix ("وعن
// إيغاد" in "ممثلين عن الطرفين وعن إيغاد", representatives of the two sides and of IGAD): it
// attributes only as the bare one does.
func (ac *articleContext) barePreposition(si *sentInfo, k int) bool {
	if si.tokIn(k, classPreposition, ac.l.fw.prepositions) {
		return true
	}
	w := si.tokText(k)
	for _, c := range ac.l.fw.conjunctionPrefixes {
		if len(w) > len(c) && w[:len(c)] == c && ac.l.fw.prepositions[w[len(c):]] {
			return true
		}
	}
	return false
}

// findAttributions appends the attributions of a sentence, in token order, to out (empty).
func (ac *articleContext) findAttributions(si *sentInfo, out []attribution) []attribution {
	subjectFirst := ac.l.lex.Grammar.SubjectBeforeVerb
	if subjectFirst && si.has[catReportNoun] {
		if sp, _ := ac.frontedStatement(si); sp != nil {
			out = append(out, attribution{pos: 0, speaker: sp, prep: true})
		}
	}
	for _, h := range si.hits {
		switch h.cat {
		case catAttrPrep:
			if h.idx == readingNounIdx {
				// "in the council's text", "the government's line is that": its owner
				// (speakers_reading_nouns.go); after a preposition it may follow what it frames.
				prep := ac.l.fw.readingPrepositions[si.tokText(h.start)]
				out = append(out, attribution{pos: h.start, speaker: ac.readingNounOwner(si, h), prep: prep})
				continue
			}
			if h.end-h.start == 1 && ac.barePreposition(si, h.start) && !ac.sayingBefore(si, h.start, 4) {
				// "عن" attributes only after a verb of transmission ("نقلت الوكالة عن الوزير");
				// elsewhere it is a plain preposition ("فضلاً عن إطلاق سراح الأسرى اللبنانيين").
				continue
			}
			if n := len(out); n > 0 && out[n-1].pos == h.start {
				// "بحسب ما" and "بحسب" both start here: keep the one that names a speaker, or
				// "بحسب ما" when a verb of saying follows ما ("بحسب ما أفاد عضو في اللجنة"): the
				// verb names the speaker.
				if out[n-1].speaker != nil || ac.l.fw.freeRelatives[si.tokText(h.end)] && si.startsAt(catAttrVerb, h.end+1) {
					continue
				}
				out = out[:n-1]
			}
			// A bare preposition (عن: "from", "about") attributes only to a name right after it
			// ("نقلت الوكالة عن مسؤول"), not to one further in what it is about ("تحدث عن هدنة لا
			// تشمل تنظيم القاعدة").
			gap := 3
			if h.end-h.start == 1 && ac.barePreposition(si, h.start) {
				gap = 0
			}
			if h.end >= len(si.toks) || si.toks[h.end].punct && !isQuote(si.toks[h.end].text) {
				continue // "أوقفت الرد فحسب،": "merely", naming no source
			}
			if ac.pronounSource(si, h.end) || ac.sameSourceAt(si, h.end) {
				// "، بحسب قوله،", "according to his account": the one quoted before.
				out = append(out, attribution{pos: h.start, speaker: earlierVoice, prep: true})
			} else if verb := si.startsAt(catAttrVerb, h.end); verb {
				out = append(out, attribution{pos: h.start, prep: true}) // the verb names the speaker
			} else if m, ok := ac.mentionWithin(si, h.end, gap, true); ok && !punctBetween(si, h.end, m.start) {
				out = append(out, attribution{pos: h.start, speaker: ac.speakerOf(si, m), prep: true})
			} else if body := ac.definiteBodyAt(si, h.end); body != nil {
				// "، بحسب البعثة": the body named before whose name has that noun.
				out = append(out, attribution{pos: h.start, speaker: body, prep: true})
			} else if st, ok := si.hitAt(catStatementNoun, h.end); ok {
				// "بحسب البيان", "according to the statement": the statement already quoted;
				// "according to a statement read out by X": X, who reads it.
				var reader *schemas.Entity
				for p := st.end; p <= st.end+2 && p < len(si.toks) && reader == nil; p++ {
					if m, ok := ac.passiveAgent(si, p); ok {
						reader = ac.speakerOf(si, m)
					}
				}
				out = append(out, attribution{pos: h.start, speaker: reader, prep: true})
			} else if reader := ac.textReader(si, h); reader != nil {
				// "according to the text read out by IGAD's envoy, Ambassador X": who reads
				// the agreement out states what it says.
				out = append(out, attribution{pos: h.start, speaker: reader, prep: true})
			} else if ac.agreementTextAt(si, h) {
				// "according to the text of the agreement", "ووفقاً لنص الاتفاق": the outlet
				// reads the text itself; no one earlier speaks on.
				out = append(out, attribution{pos: h.start, speaker: outletVoice, prep: true})
			}
		case catContinuation:
			if !ac.parentheticalContinuation(si, h) {
				continue // "Fighting continued": narration (speakers_parenthetical_continuation.go)
			}
			fallthrough
		case catAttrVerb:
			if isTrapped(si, h) || ac.l.fw.verbalNoun(si, h.start) || ac.l.fw.prepositionalClitic(si, h) || endsInTaMarbuta(si, h) || ac.namingVerb(si, h.start) || ac.carrierClause(si, h) || inName(si, h.start) {
				continue // «بينوه» (BINUH) is a name, not «بين» with a suffix
			}
			if negatedAt(si, h.start) && !ac.l.lex.Grammar.SubjectBeforeVerb {
				continue // "ولم يصدر أي تعليق عن الحكومة": nobody said anything
			}
			if !subjectFirst && h.end-h.start == 1 && ac.l.fw.futureVerb(ac.l.fw.withoutConjunction(si.tokText(h.start))) {
				continue // "إن اللجنة ستتابع الالتزام": will monitor; a future verb reports nothing said
			}
			if !subjectFirst && ac.possessedObjectOf(si, h, out) {
				continue // "جدد اللواء X تمسّكه بانسحاب ...": his holding on, the object of جدد
			}
			var sp *schemas.Entity
			participle := false
			if subjectFirst {
				before := si.tokText(h.start - 1)
				switch {
				case ac.l.fw.copulas[before] && h.end-h.start == 1:
					// "The deal was announced (by X)": a passive verb's subject is what is
					// said; only its agent, when named, speaks. ("was quoted as saying" is
					// one multi-word cue whose subject speaks.)
					m, ok := ac.passiveAgent(si, h.end)
					if !ok {
						continue
					}
					sp = ac.speakerOf(si, m)
				case ac.statementStartsAt(si, h.end) && !ac.statementOwnerAfter(si, h.end):
					// "said the statement, read out by X": the statement's owner, not who reads it.
					sp = ac.earlierStatementOwner(si.idx)
				case ac.statementEndsAt(si, h.start) && !ac.possessedStatement(si, h.start):
					// "..., the statement said": the owner of the statement named earlier, not
					// whoever spoke last (nil: carried over).
					sp = ac.earlierStatementOwner(si.idx)
				case ac.statementEndsAt(si, h.start) && ac.statementOfState(si, h.start) != nil:
					// "..., the Russian statement said": the statement quoted earlier if it is
					// that state's, else the state.
					state := ac.statementOfState(si, h.start)
					sp = ac.earlierStatementOwner(si.idx)
					if sp == nil || sp.ID != state.ID && sp.Country != state.ID && sp.Affiliation != state.ID {
						sp = state
					}
				case h.start >= 2 && ac.l.fw.sameWords[si.tokText(h.start-2)]:
					// "The same official said": the source quoted before, carried over.
				case ac.bothSidesSubject(si, h.start):
					// "..., both sides said": each side, no one speaker; the outlet reports it.
					sp = outletVoice
				case ac.l.fw.personPronouns[before]:
					sp = personPronoun // "..., she said": the person quoted before
				case ac.l.fw.thingPronouns[before]:
					sp = thingPronoun // "..., it added": the body quoted before
				case ac.l.fw.subjectPronouns[before] || ac.statementEndsAt(si, h.start):
					// "..., he said", "..., its statement said": the one named before speaks,
					// not a name earlier in this sentence.
				case isComma(before) && strings.HasSuffix(si.tokText(h.start), "ing"):
					// "The government issued a statement on the truce agreed in Nairobi, saying":
					// a participle after a comma has the main clause's subject; after "X said,"
					// it keeps X (carried from the attribution before).
					if len(out) == 0 {
						sp = ac.mainClauseSubject(si, h.start)
					}
				case ac.definiteNounSubject(si, h.start) && sourceNounBefore(si, h.start):
					// "The official said the Lebanese Red Cross may ...": the unnamed source
					// introduced before with that noun, else the speaker carried over; never a
					// body named in what is said.
					sp = ac.speakerOfNounBefore(si.idx, si.tokText(h.start-1))
				case ac.definiteNounSubject(si, h.start):
					// "..., the ministry said": a definite description refers back to the body
					// named earlier whose name has that noun; else to a name of this sentence
					// ("..., the group said"), but not the agent of a passive ("monitored by
					// the UN, the envoy said": the envoy carried over).
					sp = ac.anaphoricBody(si.idx, si.tokText(h.start-1))
					if sp == nil {
						// "..., the envoy said": the person named before with that title.
						sp = ac.anaphoricPerson(si.idx, si.tokText(h.start-1))
					}
					if sp == nil {
						// "the officer said" after "a Lebanese army officer ... told": the
						// unnamed speaker introduced with that noun (speakers_noun_anaphora.go).
						sp = ac.speakerOfNounBefore(si.idx, si.tokText(h.start-1))
					}
					if sp == nil && !ac.passiveAgentBefore(si, h.start) {
						sp = ac.subjectBackward(si, h.start, 8)
					}
				default:
					// ", drivers said": unnamed people, right before the verb, are its subject;
					// a name further back is in what they say (speakers_unnamed_people.go).
					sp = ac.unnamedPeopleSubject(si, h.start, h.end)
					if sp == nil {
						sp = ac.subjectBackward(si, h.start, 8)
					}
					if p := ac.indefiniteNamedLater(si, h.start, sp); p != nil {
						sp = p // "a PA security spokesman said" (speakers_titles.go)
					}
					if sp == nil {
						_, named := si.mentionAt(h.start - 1)
						participle = h.start > 0 && !si.toks[h.start-1].punct && !named
						// "The truce, Sissoko said, binds the army": a name the gazetteer does
						// not know is the subject; the names after the verb are what is said.
						// So too after a lower-case word ("media say Oman and ...":
						// speakers_noun_subject.go).
						if !unknownNameBefore(si, h.start) && !ac.nounSubjectBefore(si, h) {
							sp = ac.subjectForward(si, h.end, 6)
						}
					}
				}
			} else if circumstantialParticiple(si, h.start) {
				if len(out) == 0 {
					// "ويرفض الشهيبي أي دور تركي، قائلاً إن": with no verb of saying before it, the
					// participle has the subject of its clause's verb.
					sp = ac.clauseSubjectBefore(si, h.start)
				}
			} else {
				// "تحدث عن": a verb ending on its preposition has its content next, not its subject.
				if m, ok := ac.subjectAfterComplementizer(si, h.start); ok {
					// "أن الجزائر رحبت بالاتفاق ... بين X وY": after أن the subject comes
					// first; the names after the verb are its objects.
					sp = ac.speakerOf(si, m)
				} else if ac.statementStartsAt(si, h.end) && !ac.statementOwnerAfter(si, h.end) {
					// "وطالب البيان بانسحاب القوات التركية": the statement already quoted speaks,
					// not a name in what it says.
					sp = ac.earlierStatementOwner(si.idx)
				} else if ac.possessedNounAt(si, h.end) {
					// "فيما جدد مطالبته بانسحاب القوات الأوغندية": the object carries the
					// omitted subject's pronoun; the names after it are what is demanded.
				} else if !si.tokIn(h.end-1, classPreposition, ac.l.fw.prepositions) && !ac.complementBeforeSubject(si, h) {
					sp = ac.subjectForward(si, h.end, 14)
				}
				// "رحبت المنظمة بالاتفاق الذي توصلت إليه الحكومة ومقاتلو بانغسامورو، وأشادت في
				// بيان بالوساطة": a verb joined by a conjunction after a comma, in a sentence
				// whose verb of saying came before, goes on with that verb's subject (nil:
				// carried), not with a name ending the clause before.
				goesOn := len(out) > 0 && h.start > 0 && isComma(si.toks[h.start-1].text) && ac.l.fw.withoutConjunction(si.tokText(h.start)) != si.tokText(h.start)
				if sp == nil && !goesOn {
					sp = ac.subjectBackward(si, h.start, 3)
				}
				if sp == nil && !goesOn {
					sp = ac.statementOwnerBefore(si, h.start, 8)
				}
				if t := si.tokText(h.end); sp == nil && ac.l.fw.hasArticlePrefix(t) {
					// "وأضافت الوزارة": the body named earlier whose name has that noun.
					for _, p := range ac.l.fw.nounPrefixes {
						if n, ok := strings.CutPrefix(t, p); ok && sp == nil {
							sp = ac.anaphoricBody(si.idx, n)
						}
					}
				}
				// "، وقالوا إنهم": the plural actor named last (speakers_pronouns.go).
				sp = ac.pluralSayingSubject(si, h, sp, out)
			}
			if len(out) > 0 && out[len(out)-1].pos == h.start {
				continue
			}
			// "بحسب ما أفاد سكان": a verb after بحسب ما looks back like the preposition.
			prep := len(out) > 0 && out[len(out)-1].prep && out[len(out)-1].speaker == nil && h.start-out[len(out)-1].pos <= 3
			if prep {
				out = out[:len(out)-1]
			}
			out = append(out, attribution{pos: h.start, speaker: sp, prep: prep, participle: participle})
		}
	}
	out = dropParticiplesBeforeSpeaker(out)
	out = ac.withAsideEnds(si, out)
	out = ac.withStatementHeader(si, out)
	if len(out) == 0 {
		out = ac.colonQuotation(si, out)
	}
	if len(out) == 0 {
		out = ac.headlineColon(si, out)
	}
	if len(out) == 0 {
		out = ac.quoteBox(si, out)
	}
	return out
}

// dropParticiplesBeforeSpeaker: "Under the arrangement announced last night, operations are to
// halt ..., a PKK official said": the participle is no attribution when a later one of the
// sentence names who speaks; without one it stays (carrying the earlier speaker, as before).
func dropParticiplesBeforeSpeaker(out []attribution) []attribution {
	named := false
	keep := len(out)
	for k := len(out) - 1; k >= 0; k-- {
		switch {
		case out[k].participle && named:
			keep--
			copy(out[k:], out[k+1:])
		case out[k].speaker != nil:
			named = true
		}
	}
	return out[:keep]
}

// quoteBox: a quotation closed by a dash and its speaker ("\"...,\" - Name, title", "«...» —
// Name", the pull-quote of a box) is the speaker's, who is named after what he says.
func (ac *articleContext) quoteBox(si *sentInfo, out []attribution) []attribution {
	if !hasQuoteMark(si.s.Text) {
		return out // most sentences: no token walk
	}
	for k := 1; k+2 < len(si.toks); k++ {
		t := si.toks[k]
		if !t.punct || !isQuote(t.text) {
			continue
		}
		d := k + 1
		if isComma(si.tokText(d)) {
			d++
		}
		if !isDash(si.tokText(d)) {
			continue
		}
		if !si.toks[k-1].punct && !isQuote(si.toks[0].text) {
			continue // "the so-called \"Muscat formula\" - Oman's proposal": a term, not a quotation
		}
		if m, ok := ac.mentionWithin(si, d+1, 1, true); ok {
			return append(out, attribution{pos: d, speaker: ac.speakerOf(si, m), prep: true})
		}
		return out
	}
	return out
}

// sameSourceAt: what starts at pos is the source quoted before ("the same source", "المصدر
// ذاته"), named by a same-word rather than a name.
func (ac *articleContext) sameSourceAt(si *sentInfo, pos int) bool {
	if ac.l.fw.definiteArticles[si.tokText(pos)] {
		pos++
	}
	return ac.l.fw.sameWords[si.tokText(pos)] || ac.l.fw.hasArticlePrefix(si.tokText(pos)) && ac.l.fw.sameWords[si.tokText(pos+1)]
}

// isDash: a dash setting off who is quoted (hyphen, en dash, em dash).
func isDash(s string) bool { return s == "-" || s == "–" || s == "—" }

// colonQuotation: a sentence whose subject, named first, introduces a quotation after a colon
// ("Elchin Rzayev, an aide, went further: "There is no ceasefire agreement."", "The statement
// went on: "..."") quotes that subject from the colon on.
func (ac *articleContext) colonQuotation(si *sentInfo, out []attribution) []attribution {
	if strings.IndexByte(si.s.Text, ':') < 0 {
		return out // most sentences: no token walk
	}
	for k := 1; k+1 < len(si.toks); k++ {
		if t := si.toks[k]; !t.punct || t.text != ":" || !isQuote(si.toks[k+1].text) {
			continue
		}
		if ac.statementStartsAt(si, 0) || ac.l.fw.definiteArticles[si.tokText(0)] && ac.statementStartsAt(si, 1) {
			if sp := ac.earlierStatementOwner(si.idx); sp != nil {
				return append(out, attribution{pos: k, speaker: sp})
			}
			return out
		}
		// A live blog's time stamp may come first ("13:55 — TTP spokesman X, in a voice
		// message: \"...": speakers_stamp_colon_quote.go).
		if len(si.ents) == 0 || si.ents[0].start > ac.stampEnd(si)+1 || si.ents[0].start >= k || !speakerEligible(si.ents[0]) {
			return out
		}
		return append(out, attribution{pos: k, speaker: ac.speakerOf(si, si.ents[0])})
	}
	return out
}

// frontedStatement: "Under the AU statement, ...", "In the ministry's statement, ...": a phrase
// opening the sentence that names a statement after its owner, set off by a comma, attributes
// what follows to the owner.
func (ac *articleContext) frontedStatement(si *sentInfo) (*schemas.Entity, int) {
	for _, h := range si.hitsOf(catReportNoun) {
		if h.start > 6 {
			break
		}
		if !isComma(si.tokText(h.end)) || h.start == 0 {
			continue
		}
		if day := si.startsAt(catWeekday, h.start); day {
			continue
		}
		end := h.start
		if slices.Contains(ac.l.fw.possessives, si.tokText(end-1)) {
			end--
		}
		k := si.mentionsEndingBy(end) - 1
		if k < 0 || si.ents[k].end != end || si.ents[k].start > 3 || !speakerEligible(si.ents[k]) {
			continue
		}
		return ac.speakerOf(si, si.ents[k]), h.end
	}
	return nil, 0
}

// passiveAgent returns the speaker-eligible name right after a passive agent phrase (by X) at pos.
func (ac *articleContext) passiveAgent(si *sentInfo, pos int) (mention, bool) {
	for _, p := range ac.l.fw.passiveAgents {
		if pos+len(p) > len(si.toks) {
			continue
		}
		match := true
		for j, w := range p {
			if si.tokText(pos+j) != w {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		if m, ok := si.mentionAt(pos + len(p)); ok && speakerEligible(m) {
			return m, true
		}
	}
	return mention{}, false
}

// statementEndsAt: a statement noun ends right before pos ("the statement said").
func (ac *articleContext) statementEndsAt(si *sentInfo, pos int) bool {
	for _, h := range hitsStartingIn(si.hitsOf(catStatementNoun), pos-ac.l.longest, pos-1) {
		if h.end == pos {
			return true
		}
	}
	return false
}

// possessedStatement: the statement noun ending at pos has an owner of its own before it ("the
// ministry's statement said", "its statement"): not the one quoted earlier.
func (ac *articleContext) possessedStatement(si *sentInfo, pos int) bool {
	for _, h := range hitsStartingIn(si.hitsOf(catStatementNoun), pos-ac.l.longest, pos-1) {
		if h.end != pos || h.start == 0 {
			continue
		}
		t := si.tokText(h.start - 1)
		if _, ok := si.mentionAt(h.start - 1); ok || hasAnySuffix(t, ac.l.fw.possessives) || ac.l.fw.possessiveDeterminers[t] {
			return true
		}
		if k := si.mentionsEndingBy(h.start) - 1; k >= 0 && si.ents[k].end == h.start {
			return true
		}
	}
	return false
}

// statementOfState: the state whose adjective qualifies the statement noun ending at pos ("the
// Russian statement"), else nil.
func (ac *articleContext) statementOfState(si *sentInfo, pos int) *schemas.Entity {
	for _, h := range hitsStartingIn(si.hitsOf(catStatementNoun), pos-ac.l.longest, pos-1) {
		if h.end != pos {
			continue
		}
		for _, e := range si.ents {
			if e.demonym && e.e.Type == "country" && e.start < h.end && e.end > h.start-2 {
				return e.e
			}
		}
	}
	return nil
}

// statementStartsAt: a statement noun starts at pos ("said the statement").
func (ac *articleContext) statementStartsAt(si *sentInfo, pos int) bool {
	ok := si.startsAt(catStatementNoun, pos)
	return ok
}

// earlierStatementOwner: who spoke in the nearest earlier sentence naming a statement ("X said in
// a statement", "according to the statement"): the owner of "the statement" a later verb has for
// subject. nil when none is near: the speaker is then carried over.
func (ac *articleContext) earlierStatementOwner(i int) *schemas.Entity {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if !ac.infos[j].has[catStatementNoun] {
			continue
		}
		if owner := ac.statementBodyNamed(ac.infos[j]); owner != nil {
			return owner
		}
		for k := len(ac.speakers[j]) - 1; k >= 0; k-- { // the nearest speaker
			if sp := ac.speakers[j][k]; sp != nil {
				return sp
			}
		}
	}
	return nil
}

// statementBodyNamed: the body a statement noun of the sentence names as its owner ("a joint
// statement of the three mediators", "a statement read out by Turkish Foreign Ministry
// spokesman X", "بيان صادر عن وزارة الخارجية"): a statement is a body's, not its reader's. nil
// when no body is named right there.
func (ac *articleContext) statementBodyNamed(si *sentInfo) *schemas.Entity {
	body := func(m mention) bool {
		switch m.e.Type {
		case "government", "organization", "coalition", "military", "armed_group":
			return !m.demonym
		}
		return false
	}
	for _, h := range si.hitsOf(catStatementNoun) {
		for k := h.start; k < h.end; k++ {
			if m, ok := si.mentionAt(k); ok && m.end >= h.end && body(m) && !(m.context && namedBodyBesides(si, m, body)) {
				// The name holds the noun ("a joint statement of the three mediators"); a context
				// alias only when no body is named besides ("the AU and IGAD said in a joint statement").
				return m.e
			}
		}
		if k := si.firstMentionFrom(h.end); k < len(si.ents) {
			// Right after the noun ("بيان الجيش"), or after a preposition of origin ("بيان صادر
			// عن الوزارة"); not the object of what the statement demands ("طالب البيان بانسحاب
			// القوات التركية").
			if m := si.ents[k]; (m.start == h.end || m.start-h.end <= 2 && si.tokIn(m.start-1, classPreposition, ac.l.fw.prepositions)) && !si.boundaryIn(h.end, m.start) && body(m) {
				if m.context && !m.title && !m.demonym {
					// "بيان المكتب" after "المكتب السياسي للاتحاد الوطني": the body named before
					// whose name has the noun, as for a speaker (contextAliasReferent).
					if b := ac.contextAliasReferent(si, m); b != nil {
						return b
					}
				}
				return m.e
			}
		}
		for p := h.end; p <= h.end+2 && p < len(si.toks); p++ {
			m, ok := ac.passiveAgent(si, p)
			if ok && body(m) {
				return m.e
			}
			// "read out by Turkish Foreign Ministry spokesman X": the spokesman's body.
			if ok && m.e.Type == "person" && m.e.Affiliation != "" {
				if a := ac.x.data.Gazetteer.Entity(m.e.Affiliation); a != nil && body(mention{e: a}) {
					return a
				}
			}
		}
	}
	return nil
}

// namedBodyBesides: the sentence names a body, by a name of its own, other than m's entity.
func namedBodyBesides(si *sentInfo, m mention, body func(mention) bool) bool {
	for _, o := range si.ents {
		if o.e != m.e && !o.context && body(o) {
			return true
		}
	}
	return false
}

// statementOwnerAfter: the statement noun at pos names its owner right after it ("بيان الجيش").
func (ac *articleContext) statementOwnerAfter(si *sentInfo, pos int) bool {
	h, ok := si.hitAt(catStatementNoun, pos)
	if !ok {
		return false
	}
	m, ok := si.mentionAt(h.end)
	return ok && speakerEligible(m)
}

func isTrapped(si *sentInfo, h hit) bool {
	for k := h.start; k < h.end; k++ {
		if si.trap[k] {
			return true
		}
	}
	return false
}

// mentionWithin returns the first speaker-eligible mention starting in [from, from+gap].
func (ac *articleContext) mentionWithin(si *sentInfo, from, gap int, speaker bool) (mention, bool) {
	for _, m := range si.ents[si.firstMentionFrom(from):] {
		if m.start > from+gap {
			break
		}
		if !speaker || speakerEligible(m) {
			return m, true
		}
	}
	return mention{}, false
}

// subjectForward looks after a verb for its subject (Arabic verb-subject order): a person if
// one is named before the reported content starts (أن, a quote, a colon), else the first actor.
func (ac *articleContext) subjectForward(si *sentInfo, from, window int) *schemas.Entity {
	var first *schemas.Entity
	end := from + window
	for i := from; i < end && i < len(si.toks); i++ {
		t := si.toks[i].text
		if si.tokIn(i, classComplementizer, ac.l.fw.complementizers) {
			break
		}
		// "قال المتحدث باسم «عصبة الأنصار» الشيخ X إن": a name in quotes is no quotation.
		if si.toks[i].punct && (isQuote(t) && !quotedName(si, i) || t == ":" || t == "." || t == "(" || t == ";" || t == "؛") {
			break // a semicolon closes the clause: "thirty days, say the mediators; the TTP says ..."
		}
		if i > from {
			if si.startsAt(catAttrVerb, i) {
				break
			}
		}
		// "وأوضح البيان، الذي تلاه المتحدث ...، أن": the reader inside a relative clause does
		// not speak; the statement does.
		if isComma(t) {
			if rel := si.startsAt(catRelPron, i+1); rel {
				if j := nextComma(si, i+1, 16); j > 0 {
					i = j
					continue
				}
			}
		}
		m, ok := si.mentionAt(i)
		if !ok || !speakerEligible(m) {
			continue
		}
		if loc := si.startsAt(catLocative, i-1); loc && (m.e.Type == "city" || m.e.Type == "country" || m.e.Type == "region") {
			i = m.end - 1
			continue // "أُعلن في مسقط": a place, not who speaks ("مسؤول في الأمم المتحدة" is)
		}
		if m.e.Type == "media" && m.start == from && ac.l.lex.Grammar.SubjectBeforeVerb {
			i = m.end - 1
			continue // "a Houthi negotiator ... told GWS the group": who is told, not who tells
		}
		if ac.addressee(si, m) && !ac.bodyOfUnit(si, from, m) {
			i = m.end - 1
			continue // "أكد، في تصريح لوكالة الخليج، أن": who is told, not who tells
		}
		if m.e.Type == "person" {
			return ac.speakerOf(si, m)
		}
		if first == nil {
			first = ac.speakerOf(si, m)
		}
		i = m.end - 1
	}
	return first
}

// quotedName: the quote mark at token i opens or closes a name and nothing else ("«عصبة
// الأنصار»", "\"فيف أنسانم\""): a mention between two quote marks, so what follows is
// still the subject's noun phrase, not reported content. An outlet's name in quotes is not
// one ("قال لـ«الأفق» إن": who is told, never who tells).
func quotedName(si *sentInfo, i int) bool {
	quote := func(k int) bool { return k >= 0 && k < len(si.toks) && si.toks[k].punct && isQuote(si.toks[k].text) }
	named := func(m mention) bool { return m.e.Type != "media" }
	// The mention may take in the quote marks ("«عصبة الأنصار»" read as the name).
	if m, ok := si.mentionAt(i); ok && (quote(m.end) || quote(m.end-1)) {
		return named(m)
	}
	if m, ok := si.mentionAt(i + 1); ok && quote(m.end) {
		return named(m)
	}
	m, ok := si.mentionEndingAt(i)
	return ok && (quote(m.start-1) || quote(m.start)) && named(m)
}

// statementOwnerBefore: a statement noun and the name it is the statement of ("بيان الخارجية
// الأميركية الصادر مساء الثلاثاء تحدث عن"), within window tokens before a verb of saying in its
// clause: the statement's owner speaks.
func (ac *articleContext) statementOwnerBefore(si *sentInfo, pos, window int) *schemas.Entity {
	for _, h := range hitsStartingIn(si.hitsOf(catStatementNoun), pos-window, pos-1) {
		if si.boundaryIn(h.end, pos) {
			continue
		}
		if m, ok := si.mentionAt(h.end); ok && speakerEligible(m) {
			return ac.speakerOf(si, m)
		}
	}
	return nil
}

// addressee: the mention carries a preposition clitic (لوكالة, to the agency): it is what a
// verb of saying is addressed to, never its subject.
func (ac *articleContext) addressee(si *sentInfo, m mention) bool {
	for _, h := range si.entHits {
		if h.start == m.start && h.end == m.end && !h.exact {
			t := si.toks[m.start].text
			for _, p := range ac.l.fw.prepositionClitics {
				if strings.HasPrefix(t, p) {
					return true
				}
			}
		}
	}
	return false
}

// subjectBackward looks before a verb for its subject (subject-verb order), past a relative
// clause set off by commas ("X, who led the delegation in Stockholm, said").
func (ac *articleContext) subjectBackward(si *sentInfo, before, window int) *schemas.Entity {
	before = skipRelativeClause(si, before)
	before = skipQuestionClause(si, &ac.l.fw, before) // "X, asked by reporters whether ..., said"
	before = skipParenthetical(si, before)
	if c := ac.coalitionNamedBy(si, before); c != nil {
		return c // "Saudi and U.S. mediators announced"
	}
	var best *schemas.Entity
	bestStart := 0
	for k := si.mentionsEndingBy(before) - 1; k >= 0; k-- {
		m := si.ents[k]
		if before-m.end > window {
			break
		}
		blocked := false
		for i := m.end; i < before; i++ {
			if si.boundary[i] || (si.toks[i].punct && isQuote(si.toks[i].text)) {
				blocked = true
			}
		}
		if blocked {
			break
		}
		if !speakerEligible(m) {
			continue
		}
		if loc := si.startsAt(catLocative, m.start-1); loc && (m.e.Type == "city" || m.e.Type == "country") {
			continue // "talks are due to begin in Muscat, the envoy said": a place, not who speaks
		}
		if m.e.Type == "person" {
			return ac.speakerOf(si, m)
		}
		if best == nil && m.e.Type == "source" && ac.speakerOf(si, m) == nil {
			// "Egypt and Qatar mediated it, the official said": the source quoted before
			// speaks (carried over), not a name further back in what is said.
			return nil
		}
		if best == nil {
			best, bestStart = ac.speakerOf(si, m), m.start
		} else if ac.coordinatedBefore(si, m.end, bestStart) {
			// "the African Union and IGAD said in a joint statement": a joint statement is
			// credited to the first-named, as "according to Moscow and Baku" is.
			best, bestStart = ac.speakerOf(si, m), m.start
		}
	}
	return best
}

// coordinatedBefore: only a coordinator (and articles) stands between from and to, so the
// name ending at from is coordinated with the one starting at to.
func (ac *articleContext) coordinatedBefore(si *sentInfo, from, to int) bool {
	coord := false
	for i := from; i < to; i++ {
		t := si.tokText(i)
		switch {
		case ac.l.fw.coordinators[t]:
			coord = true
		case ac.l.fw.definiteArticles[t]:
		default:
			return false
		}
	}
	return coord
}

// skipRelativeClause: when ", <relative pronoun> ... ," ends right before pos, the position of
// its opening comma; else pos.
func skipRelativeClause(si *sentInfo, pos int) int {
	if pos < 1 || !isComma(si.tokText(pos-1)) {
		return pos
	}
	for k := pos - 2; k >= 0; k-- {
		t := si.toks[k]
		if t.punct && clauseBreakPunct(t.text) {
			return pos
		}
		if t.punct && isComma(t.text) {
			if rel := si.startsAt(catRelPron, k+1); rel {
				return k
			}
			return pos
		}
	}
	return pos
}

// speakerOf is who a speaker mention stands for: an unnamed source qualified by a body or a
// state's adjective speaks for it ("a UN official", "a Saudi official", "مصدر سعودي"); anyone
// else for himself.
func (ac *articleContext) speakerOf(si *sentInfo, m mention) *schemas.Entity {
	if m.context && !m.title && !m.demonym && m.e.Type != "person" && m.e.Type != "source" {
		if b := ac.contextAliasReferent(si, m); b != nil {
			return b
		}
		if m.otherEvent {
			// Another truce's body by a generic description ("the monitoring mechanism" of
			// Kordofan in Darfur coverage) is a body of this war the gazetteer does not know:
			// an unnamed source, as contextAliasesReferBack later drops it as a subject.
			if s := ac.x.data.Gazetteer.Entity("sources"); s != nil {
				return s
			}
		}
	}
	if m.e.Type == "person" {
		if p := ac.titleHolderIntroduced(si, m); p != nil {
			return p // "The U.N. special envoy for Libya, Ingrid Solheim, ... the envoy said"
		}
		// "أشاد المبعوث الشخصي للأمين العام مختار سانيه": a title another event's file gives
		// its holder, right before a person's name, is that person's title (speakers_titles.go).
		if n, ok := namedRightAfterTitle(si, m); ok {
			return n.e
		}
		if b := ac.titleStandsForBody(si, m); b != nil {
			return b
		}
	}
	if d, ok := ac.classNounQualifier(si, m); ok {
		return ac.speakerOf(si, d) // "UN aid agencies said" (speakers_class_noun.go)
	}
	if m.e.Type != "source" {
		return m.e
	}
	// "a UN official", "Lebanese security sources": the body or state before the noun, past
	// the source's field words (speakers_source_fields.go).
	before := ac.beforeSourceFields(si, m.start)
	if k := si.mentionsEndingBy(before) - 1; k >= 0 && si.ents[k].end == before && qualifiesSource(si.ents[k]) {
		return si.ents[k].e
	}
	// "مصدر مصري", "المصدر المصري", "مصدر دبلوماسي جزائري": the state's adjective after the
	// noun and its field words, read as the demonym or, when the gazetteer spells it among the
	// state's names, as the state itself.
	after := ac.pastSourceFields(si, m.end)
	if d, ok := si.mentionAt(after); ok && (d.demonym || d.e.Type == "country") {
		return d.e
	}
	// "مصدر في الجيش الوطني", "an official in the ministry", "a source within Hamas", "مصدر
	// عسكري في اللواء 444": a source placed in a body speaks for it.
	if ac.l.fw.sourceLinks[si.tokText(after)] {
		if d, ok := si.mentionAt(after + 1); ok && qualifiesSource(d) {
			return ac.speakerOf(si, d)
		}
		if d, ok := ac.bodyQualifiedAfter(si, after+1); ok {
			return d // "مصدر في فريق الوساطة الكيني": in the Kenyan mediation team
		}
	}
	if m.end-m.start == 1 && (ac.l.fw.definiteArticles[si.tokText(m.start-1)] || ac.l.fw.hasArticlePrefix(si.tokText(m.start))) {
		return nil // "the official added", "وأشار المصدر": the one quoted before, carried over
	}
	if ac.l.fw.sameWords[si.tokText(m.start-1)] || ac.l.fw.sameWords[si.tokText(m.end)] {
		return nil // "the same official said", "according to the same source": carried over
	}
	return m.e
}

// contextAliasReferent: a generic name the gazetteer knows as a context alias ("the ministry",
// "الوزارة", "the army") is a definite description: after a body was named outright ("Malaysia's
// foreign ministry said ... the ministry says") it refers back to that body, whichever entity
// the alias would name by default in the theatre. nil when no body named before has the noun.
func (ac *articleContext) contextAliasReferent(si *sentInfo, m mention) *schemas.Entity {
	// The alias's words, without the article: a body refers back only if its names hold them
	// all ("الحكومة الاتحادية" is not the army's "القوات الاتحادية").
	var words [4]string
	n := 0
	for k := m.start; k < m.end && n < len(words); k++ {
		w := foldCue(si.tokText(k))
		if ac.l.fw.definiteArticles[w] {
			continue
		}
		for _, p := range ac.l.fw.nounPrefixes {
			if rest, ok := strings.CutPrefix(w, p); ok && runeLen(rest) >= 3 {
				w = rest
				break
			}
		}
		if runeLen(w) >= 3 {
			words[n] = w
			n++
		}
	}
	if n == 0 {
		return nil
	}
	refers := func(e *schemas.Entity) bool {
		for _, w := range words[:n] {
			if !ac.nameHasNoun(e, w) {
				return false
			}
		}
		return true
	}
	// The speakers of the last few sentences first, then the bodies named outright before it.
	for j := si.idx - 1; j >= 0 && j >= si.idx-5; j-- {
		for k := len(ac.speakers[j]) - 1; k >= 0; k-- {
			e := ac.speakers[j][k]
			if e == nil || e.Type == "person" || e.Type == "source" || e.Type == "country" || e.Type == "city" {
				continue
			}
			if refers(e) {
				return e
			}
		}
	}
	for j := si.idx; j >= 0 && j >= si.idx-3; j-- {
		ents := ac.infos[j].ents
		for k := len(ents) - 1; k >= 0; k-- {
			o := ents[k]
			if j == si.idx && o.end > m.start {
				continue
			}
			// "a senior member of the sheikhs' mediation committee": a person named by the
			// body they belong to names the body.
			if o.e.Type == "person" && o.e.Affiliation != "" {
				if b := ac.x.data.Gazetteer.Entity(o.e.Affiliation); b != nil && b.Type != "country" && refers(b) {
					return b
				}
				continue
			}
			if o.context || o.demonym || o.e.Type == "person" || o.e.Type == "source" || o.e.Type == "city" || o.e.Type == "country" {
				continue
			}
			if refers(o.e) {
				return o.e
			}
		}
	}
	return nil
}

// titleStandsForBody: a person named only by a title ("المتحدث باسم الخارجية الروسية", "the
// Russian foreign minister") in an article that never names them is whoever holds the office
// there: the body the title belongs to, not the person the gazetteer knows from another event.
func (ac *articleContext) titleStandsForBody(si *sentInfo, m mention) *schemas.Entity {
	e := m.e
	if !m.title || e.Affiliation == "" || ac.namedInArticle(e) {
		return nil
	}
	// Two events' files may know two holders of one office ("وزير الإعلام"): the one the
	// article names is the one speaking.
	if p := ac.namedHolderOfTitle(e); p != nil {
		return p
	}
	if b := ac.x.data.Gazetteer.Entity(e.Affiliation); b != nil && b.Type != "person" {
		return b
	}
	return nil
}

// namedHolderOfTitle is another person with e's title in the article's language whom the
// article names outright (nil when none or several).
func (ac *articleContext) namedHolderOfTitle(e *schemas.Entity) *schemas.Entity {
	t := e.Title[ac.l.code]
	if t == "" {
		return nil
	}
	var found *schemas.Entity
	for _, si := range ac.infos {
		for _, m := range si.ents {
			if m.e != e && !m.title && m.e.Type == "person" && m.e.Title[ac.l.code] == t && found != m.e {
				if found != nil {
					return nil
				}
				found = m.e
			}
		}
	}
	return found
}

// namedInArticle: some mention of the person in the article is not just the title.
func (ac *articleContext) namedInArticle(e *schemas.Entity) bool {
	for _, si := range ac.infos {
		for _, m := range si.ents {
			if m.e == e && !m.title {
				return true
			}
		}
	}
	return false
}

// qualifiesSource: a name that can stand before "official" and make it its own.
func qualifiesSource(m mention) bool {
	switch m.e.Type {
	case "country", "organization", "government", "military", "armed_group", "coalition":
		return true
	}
	return false
}

// speakerAt returns who asserts what is said at token pos of sentence i: the last attribution
// before it, else the first one after it ("..., according to X"), else nil (the outlet).
func (ac *articleContext) speakerAt(i int, pos int) *schemas.Entity {
	si := ac.infos[i]
	sp := ac.speakers[i]
	// "said X, one of the MPs who brokered the deal": the outlet's description of X.
	if ac.inSpeakerDescription(si, pos) {
		return nil
	}
	// Attributions are in token order: the last one at or before pos holds.
	k := sort.Search(len(si.attrs), func(k int) bool { return si.attrs[k].pos > pos }) - 1
	// "- seven in all, according to the Red Cross -": an attribution in an aside holds inside it.
	for k >= 0 && asideAttribution(si, si.attrs[k].pos, pos) {
		k--
	}
	if k >= 0 {
		// An outlet's gloss after the quote ("في إشارة إلى ...") is the outlet's.
		if len(hitsStartingIn(si.hitsOf(catGloss), si.attrs[k].pos+1, pos)) > 0 {
			return nil
		}
		return sp[k]
	}
	// A speaker named after the content ("..., according to X") holds only within its clause;
	// unless the language's verbs of saying may close what they report, only a preposition
	// (بحسب X) looks back: a verb introduces its own content ("وتابعت مصادر أن ...").
	if len(sp) > 0 {
		if !ac.l.lex.Grammar.ReportAfterContent && !si.attrs[0].prep || asideAttribution(si, si.attrs[0].pos, pos) {
			return nil
		}
		from := pos
		if c := ac.headingLabelColon(si); c >= 0 && pos < c {
			from = c + 1 // a claim read at an opening label is its line's (speakers_heading_label.go)
		}
		if si.boundaryIn(from, si.attrs[0].pos) && !ac.closesSentence(si, from, si.attrs[0].pos) {
			return nil
		}
		if !si.attrs[0].prep && clauseWordOpensSubject(si, pos, si.attrs[0].pos) {
			return nil // "X appears to be holding, though the rebels reported shelling": theirs only
		}
		if ac.relativeClauseOpensBefore(si, pos, si.attrs[0].pos) || ac.pronounClauseOpensBefore(si, pos, si.attrs[0].pos) {
			return nil // "covers the road to X, where the rebels say they killed ...": theirs only
		}
		return sp[0]
	}
	return nil
}

// definiteNounSubject: the verb of saying at pos has a definite noun that is no name right
// before it ("the ministry said"; not "the Houthis said").
func (ac *articleContext) definiteNounSubject(si *sentInfo, pos int) bool {
	// The article, the noun, maybe one modifier between ("the foreign ministry said").
	art := -1
	for k := pos - 2; k >= 0 && k >= pos-3; k-- {
		if ac.l.fw.definiteArticles[si.tokText(k)] {
			art = k
			break
		}
	}
	if art < 0 {
		return false
	}
	for k := art + 1; k < pos; k++ {
		if si.toks[k].punct {
			return false
		}
	}
	// The noun phrase opens the clause of saying (", the ministry said"), not the end of a
	// longer subject ("two officials involved in the talks said").
	if art >= 1 && !si.toks[art-1].punct {
		return false
	}
	if k := si.mentionsEndingBy(pos) - 1; k >= 0 && si.ents[k].end > art && !genericSourceNoun(si.ents[k], art) {
		return false
	}
	return true
}

// genericSourceNoun: the mention is an unnamed source's noun after the article ("the official",
// "the diplomat", "المصدر"): a description that takes up the source introduced before, as "the
// ministry" does a body, not a name ("The official said the Lebanese Red Cross may evacuate
// ...": the official quoted before, not the Red Cross).
func genericSourceNoun(m mention, art int) bool {
	return m.e.Type == "source" && m.start > art
}

// sourceNounBefore: the word right before pos is an unnamed source's noun ("official" in "the
// official said").
func sourceNounBefore(si *sentInfo, pos int) bool {
	k := si.mentionsEndingBy(pos) - 1
	return k >= 0 && si.ents[k].end == pos && si.ents[k].start == pos-1 && si.ents[k].e.Type == "source"
}

// passiveAgentBefore: the nearest name before pos is the agent of a passive ("by the UN").
func (ac *articleContext) passiveAgentBefore(si *sentInfo, pos int) bool {
	k := si.mentionsEndingBy(pos) - 1
	if k < 0 {
		return false
	}
	m := si.ents[k]
	for p := max(m.start-3, 0); p < m.start; p++ {
		if ac.agentRightAfter(si, p, m.start) {
			return true
		}
	}
	return false
}

// anaphoricBody: a definite noun as the subject of a verb of saying ("the ministry said",
// "وأضافت الوزارة") refers back to the nearest speaker of the last few sentences that is a body
// whose name holds that noun ("Russia's foreign ministry", "وزارة الدفاع الروسية"); nil when
// none does (the speaker is then carried over).
func (ac *articleContext) anaphoricBody(i int, noun string) *schemas.Entity {
	noun = foldCue(noun)
	if runeLen(noun) < 3 {
		return nil
	}
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		for k := len(ac.speakers[j]) - 1; k >= 0; k-- {
			e := ac.speakers[j][k]
			if e == nil || e.Type == "person" || e.Type == "source" {
				continue
			}
			if slices.Contains(ac.l.nameWords[e], noun) {
				return e
			}
		}
	}
	// Else the nearest body named in this sentence before it or in the few before, speaker or
	// not ("اتفق الحوثيون والحكومة اليمنية ... تصر الحكومة على": the Yemeni government).
	for j := i; j >= 0 && j >= i-3; j-- {
		ents := ac.infos[j].ents
		for k := len(ents) - 1; k >= 0; k-- {
			e := ents[k].e
			if ents[k].demonym || e.Type == "person" || e.Type == "source" || e.Type == "city" || e.Type == "country" {
				continue
			}
			if ac.nameHasNoun(e, noun) {
				return e
			}
		}
	}
	return nil
}

// nameHasNoun: one of the words of the entity's names is the noun, maybe with the article
// ("الحكومة اليمنية" has حكومة).
func (ac *articleContext) nameHasNoun(e *schemas.Entity, noun string) bool {
	return ac.l.nameNouns[entityWord{e, noun}]
}

// closesSentence: the attribution at at closes the sentence and only clause words ("while",
// "but"), no punctuation, part it from pos ("X signed ..., while Y signed ..., two officials
// said"): the speaker reports both clauses.
func (ac *articleContext) closesSentence(si *sentInfo, pos, at int) bool {
	last := len(si.toks) - 1
	for last > at && si.toks[last].punct {
		last--
	}
	if si.boundaryIn(at, last) {
		return false
	}
	// A mark inside a quotation that closes before the verb ("\"X must leave; there is no
	// other way,\" Y told reporters") parts the quoted clauses, not the quote from its speaker.
	quoted, open := hasQuoteMark(si.s.Text), false
	cut := false // a boundary inside a quotation still open
	for k := 0; k < at; k++ {
		t := si.toks[k]
		if quoted && t.punct && isQuote(t.text) {
			open = !open
			if !open {
				cut = false
			}
			continue
		}
		// A full stop inside a sentence is an abbreviation's ("Feb. 23", "U.N."): no boundary.
		if k < pos || !si.boundary[k] || !t.punct || t.text == "." {
			continue
		}
		if !open {
			return false
		}
		cut = true
	}
	return !cut
}

// circumstantialParticiple: "، مشيراً إلى أن", "، نافياً أي دور للسعودية": an accusative
// participle after a comma continues the main clause, whose speaker it keeps; the names
// around it are objects, not its subject.
func circumstantialParticiple(si *sentInfo, i int) bool {
	t := si.toks[i].text
	if !isComma(si.tokText(i-1)) || !isArabicWord(t) {
		return false
	}
	// "مؤكداً" (masculine), "مؤكدةً" (feminine: a participle's م- with the ta marbuta, folded to ه).
	return strings.HasSuffix(t, "ا") && !strings.HasSuffix(t, "وا") ||
		strings.HasPrefix(t, "م") && (strings.HasSuffix(t, "ه") || strings.HasSuffix(t, "ة"))
}

// prepositionalClitic: the cue word was reached by stripping a preposition (بوصفها = "as it is",
// not the verb وصف "described"); verbs take no preposition.
func (fw *functionWords) prepositionalClitic(si *sentInfo, h hit) bool {
	if h.exact || h.end-h.start != 1 {
		return false
	}
	t := si.toks[h.start].text
	for _, p := range fw.prepositionClitics {
		// What the preposition would leave must be a word of three letters at least: "ولفت"
		// is و + لفت, not و + ل + فت.
		if strings.HasPrefix(t, p) && runeLen(t)-runeLen(p) >= 3 && runeLen(fw.bareStem(t[len(p):])) >= 3 {
			// Nor when the stem left is two letters and an inflection: "ولفتت" is و + لفتت
			// (she pointed out), not و + ل + فت + ت.
			return true
		}
	}
	return false
}

// verbalNoun: the cue word is a noun, not a verb: it has the article ("الإعلان عن") or follows
// a preposition ("في إشارة إلى"). Verbs take neither.
func (fw *functionWords) verbalNoun(si *sentInfo, i int) bool {
	t := si.toks[i].text
	for _, p := range fw.nounPrefixes {
		if strings.HasPrefix(t, p) && runeLen(t) > runeLen(p)+2 {
			return true
		}
	}
	return si.tokIn(i-1, classPreposition, fw.prepositions)
}

// hasArticlePrefix: the word carries the definite article as a prefix (المصدر, والمصدر).
func (fw *functionWords) hasArticlePrefix(t string) bool {
	for _, p := range fw.nounPrefixes {
		if strings.HasPrefix(t, p) && runeLen(t) > runeLen(p)+2 {
			return true
		}
	}
	return false
}

// sayingBefore: a verb of saying starts within window tokens before pos, with no complementizer
// after it ("نقلت الوكالة عن", not "ولفت إلى أن الإفراج عن").
func (ac *articleContext) sayingBefore(si *sentInfo, pos, window int) bool {
	for _, h := range hitsStartingIn(si.hitsOf(catAttrVerb), pos-window, pos-1) {
		clear := !negatedAt(si, h.start)
		for k := h.end; k < pos; k++ {
			if si.tokIn(k, classComplementizer, ac.l.fw.complementizers) {
				clear = false
			}
		}
		if clear {
			return true
		}
	}
	return false
}

// coalitionNamedBy: a mediators noun ending right before pos, qualified by the states that make
// up a mediating coalition ("Saudi and U.S. mediators", "الوسطاء السعوديون والأميركيون"):
// that coalition, which the gazetteer lists with those members.
func (ac *articleContext) coalitionNamedBy(si *sentInfo, pos int) *schemas.Entity {
	for _, h := range ac.cuesOf(si, refMediators) {
		if h.end != pos {
			continue
		}
		ms := nearestGroup(collectBackward(si, h.start, 6, func(m mention) bool { return m.e.Type == "country" }))
		if len(ms) == 0 || ms[0].end != h.start {
			// "..., mediators said", "the mediators say": no state qualifies them; the one
			// mediator the article names, if it names exactly one.
			if h.end-h.start == 1 || ac.l.fw.definiteArticles[si.tokText(h.start)] {
				return ac.articleMediator()
			}
			return nil
		}
		if len(ms) == 1 {
			return ms[0].e // "Egyptian mediators said"
		}
		states := make([]string, 0, len(ms))
		for _, m := range ms {
			states = append(states, m.e.ID)
		}
		return ac.coalitionOf(states)
	}
	return nil
}

// coalitionOf: the mediating coalition whose members are exactly states.
func (ac *articleContext) coalitionOf(states []string) *schemas.Entity {
	if len(states) < 2 {
		return nil
	}
	sort.Strings(states)
	g := &ac.x.data.Gazetteer
	for i := range g.Entities {
		e := &g.Entities[i]
		if e.Role != "mediator" || len(e.Members) != len(states) {
			continue
		}
		ms := append([]string(nil), e.Members...)
		sort.Strings(ms)
		if slices.Equal(ms, states) {
			return e
		}
	}
	return nil
}

// endsInTaMarbuta: a one-word cue written with a final ta marbuta (تابعة, "belonging to") is a
// noun or adjective: no verb ends in ة, though folding makes it look like a verb with a pronoun
// (تابعه). Participles of saying stay verbs (مؤكدة، مشيرة: the ones with م-).
func endsInTaMarbuta(si *sentInfo, h hit) bool {
	if h.end-h.start != 1 {
		return false
	}
	w := si.originalSpan(h.start, h.end)
	if !strings.HasSuffix(w, "ة") {
		return false
	}
	// A participle stands after a comma ("، مشيرة إلى"); elsewhere the م- word is the verbal
	// noun ("أن مطالبة القيادة بانسحاب القوات": the demand).
	return !strings.HasPrefix(strings.TrimLeft(w, "وف"), "م") || !isComma(si.tokText(h.start-1))
}

// nextComma: the position of the next comma within window tokens after pos, else -1.
func nextComma(si *sentInfo, pos, window int) int {
	for k := pos; k < len(si.toks) && k <= pos+window; k++ {
		if si.toks[k].punct && isComma(si.toks[k].text) {
			return k
		}
	}
	return -1
}

// mainClauseSubject: the first name that can speak in the sentence before pos, past a dateline
// ("ADDIS ABABA - ") and places after a locative.
func (ac *articleContext) mainClauseSubject(si *sentInfo, pos int) *schemas.Entity {
	// A quotation before the participle is what was said, not its subject ("\"... are Cuba,
	// Norway and Venezuela,\" it continued, describing ..."): only names after it.
	from := 0
	if quoteCount(si) > 0 {
		for k := 0; k < pos; k++ {
			if si.toks[k].punct && isQuote(si.toks[k].text) {
				from = k + 1
			}
		}
	}
	for _, m := range si.ents[si.firstMentionFrom(from):] {
		if m.start >= pos {
			break
		}
		if !speakerEligible(m) {
			continue
		}
		if t := si.tokText(m.end); t == "-" || t == "–" || t == "(" {
			continue // a dateline
		}
		if loc := si.startsAt(catLocative, m.start-1); loc {
			continue
		}
		return ac.speakerOf(si, m)
	}
	return nil
}

// agreementTextAt: the attribution phrase h has the agreement (its text) for source: an
// agreement noun right after it, or glued to its last word ("لنص").
func (ac *articleContext) agreementTextAt(si *sentInfo, h hit) bool {
	for p := h.end - 1; p <= h.end+2 && p < len(si.toks); p++ {
		if p > h.start && si.startsAt(catAgreement, p) {
			return true
		}
	}
	return false
}

// relativeClauseOpensBefore: a relative clause set off by a comma opens in (pos, at], a few
// words before the attribution at at: the attribution is inside it and says only what the
// clause says ("..., where the rebels say they killed dozens").
func (ac *articleContext) relativeClauseOpensBefore(si *sentInfo, pos, at int) bool {
	for k := max(pos+1, at-4); k < at; k++ {
		if isComma(si.tokText(k-1)) && si.startsAt(catRelPron, k) {
			// "the prisoner exchange, which the ICRC said could begin": a clause on the
			// claim's own noun, right before it, says the claim.
			return k-pos > 4
		}
	}
	return false
}

// subjectAfterComplementizer: a speaker-eligible name stands right before the verb at pos and
// right after a complementizer ("نقلت الوكالة أن الجزائر رحبت") or a punctuation mark that
// opens a clause ("...: فكييف تطالب"): the verb's subject.
func (ac *articleContext) subjectAfterComplementizer(si *sentInfo, pos int) (mention, bool) {
	k := si.mentionsEndingBy(pos) - 1
	if k < 0 {
		return mention{}, false
	}
	m := si.ents[k]
	// A quotation may open between the subject and its verb ("وإن إسلام آباد \"ترحب بدور ...\"").
	if quoted := m.end == pos-1 && isQuote(si.tokText(pos-1)); m.end != pos && !quoted || !speakerEligible(m) {
		return mention{}, false
	}
	// After a complementizer, or opening a clause after punctuation ("...: فكييف تطالب
	// بانسحاب القوات الروسية"): subject-verb order.
	if si.tokIn(m.start-1, classComplementizer, ac.l.fw.complementizers) || m.start > 0 && si.toks[m.start-1].punct && !isQuote(si.toks[m.start-1].text) {
		return m, true
	}
	return mention{}, false
}

// articleMediator: the one state, body or coalition the gazetteer knows as a mediator that the
// article names (its mediators speak as it), else nil; computed once per article.
func (ac *articleContext) articleMediator() *schemas.Entity {
	if ac.mediatorDone {
		return ac.soleMediatorOf
	}
	ac.mediatorDone = true
	var found *schemas.Entity
	for _, si := range ac.infos {
		for _, m := range si.ents {
			e := m.e
			if e.Role != "mediator" || e.Type == "person" || e.Type == "city" {
				continue
			}
			if found != nil && found != e {
				return nil // two mediators named: which one speaks is not said
			}
			found = e
		}
	}
	ac.soleMediatorOf = found
	return found
}

// namingVerb: the verb of saying at pos follows a free relative, maybe with a pronoun subject
// ("rejecting what it called \"any foreign presence\"", "ما وصفه"): it names a thing in the
// speaker's words and attributes nothing.
func (ac *articleContext) namingVerb(si *sentInfo, pos int) bool {
	for _, h := range hitsStartingIn(si.hitsOf(catAttrPrep), pos-3, pos-1) {
		if h.end >= pos-1 {
			return false // "بحسب ما أفاد سكان", "according to what residents said": a source
		}
	}
	if pos >= 1 && si.tokIn(pos-1, classFreeRelative, ac.l.fw.freeRelatives) {
		return true
	}
	if ac.relativeNaming(si, pos) {
		return true
	}
	return pos >= 2 && si.tokIn(pos-2, classFreeRelative, ac.l.fw.freeRelatives) && si.tokIn(pos-1, classSubjectPronoun, ac.l.fw.subjectPronouns)
}

// carrierClause: in a verb-first language, a verb of saying right after an indefinite statement
// noun ("في بيان نقلته وكالة شينخوا", "في تصريح لإذاعة محلية نقلته الوكالة") opens a relative
// clause on the statement: it names who carried or heard the statement, not who speaks. (A
// definite one is a subject: "البيان أكد أن".)
func (ac *articleContext) carrierClause(si *sentInfo, h hit) bool {
	if ac.l.lex.Grammar.SubjectBeforeVerb || h.end-h.start != 1 || !si.has[catStatementNoun] && !si.has[catReportNoun] {
		return false
	}
	nouns := hitsStartingIn(si.hitsOf(catStatementNoun), h.start-5, h.start-1)
	for _, st := range hitsStartingIn(si.hitsOf(catReportNoun), h.start-5, h.start-1) {
		// A report noun after a preposition ("في تصريح"), not a report word of another kind.
		if si.tokIn(st.start-1, classPreposition, ac.l.fw.prepositions) {
			nouns = append(nouns, st)
		}
	}
	for _, st := range nouns {
		if st.end > h.start || ac.l.fw.hasArticlePrefix(si.tokText(st.start)) {
			continue
		}
		clear := true
		for k := st.end; k < h.start; k++ {
			if si.toks[k].punct {
				clear = false
			}
		}
		if clear {
			return true
		}
	}
	return false
}

// pronounSource: the word after an attribution preposition is a bare noun naming no one, with
// punctuation right after it ("، بحسب قوله،", "، على حد تعبيرها،": his words): the source is
// someone named before, not a name further on. A definite noun ("بحسب البيان") or a name is not.
func (ac *articleContext) pronounSource(si *sentInfo, pos int) bool {
	if ac.l.lex.Grammar.SubjectBeforeVerb || pos < 1 || pos+1 >= len(si.toks) || si.toks[pos].punct || !isComma(si.tokText(pos+1)) {
		return false
	}
	if si.tokIn(pos-1, classPreposition, ac.l.fw.prepositions) {
		return false // a bare preposition (عن) is about what follows: "تتحدث عن هدنة،"
	}
	if _, named := si.mentionAt(pos); named || ac.l.fw.hasArticlePrefix(si.tokText(pos)) {
		return false
	}
	return !si.startsAt(catStatementNoun, pos) && !si.startsAt(catAgreement, pos) && !si.startsAt(catReportNoun, pos) && !si.startsAt(catCeasefire, pos)
}

// skipParenthetical: when a parenthetical of one to three words set off by commas and naming no
// one ends right before pos ("A senior official, however, said"), the position of its opening
// comma; else pos.
func skipParenthetical(si *sentInfo, pos int) int {
	if pos < 3 || !isComma(si.tokText(pos-1)) {
		return pos
	}
	for k := pos - 3; k >= 0 && k >= pos-5; k-- {
		t := si.toks[k+1]
		if t.punct {
			return pos
		}
		if _, named := si.mentionAt(k + 1); named {
			return pos
		}
		if isComma(si.tokText(k)) {
			return k
		}
	}
	return pos
}

// relativeNaming: in a subject-first language, a relative clause set off by a comma whose verb
// of saying has a name for subject and a noun phrase for object ("the border, which Pakistan
// calls the Working Boundary, is not part of it") names a thing in that one's words; it reports
// nothing, and what follows the clause is not theirs.
func (ac *articleContext) relativeNaming(si *sentInfo, pos int) bool {
	if !ac.l.lex.Grammar.SubjectBeforeVerb || pos < 3 {
		return false
	}
	k := si.mentionsEndingBy(pos) - 1
	if k < 0 || si.ents[k].end != pos {
		return false
	}
	rel := si.ents[k].start - 1
	if !si.startsAt(catRelPron, rel) || !isComma(si.tokText(rel-1)) {
		return false
	}
	next := si.tokText(pos + 1)
	_, named := si.mentionAt(pos + 1)
	return ac.l.fw.definiteArticles[next] || named
}

// clauseSubjectBefore: the first name that can speak in the clause that ends at pos (after the
// last boundary before it), past places after a locative; nil when there is none.
func (ac *articleContext) clauseSubjectBefore(si *sentInfo, pos int) *schemas.Entity {
	from := 0
	for k := pos - 1; k >= 0; k-- {
		if si.boundary[k] {
			from = k + 1
			break
		}
	}
	if owner, ok := ac.statementClauseSubject(si, from); ok {
		return owner // "وحذّر البيان من أن «...»، مطالباً ...": the statement's owner (speakers_statement_subject.go)
	}
	for _, m := range si.ents[si.firstMentionFrom(from):] {
		if m.start >= pos {
			break
		}
		if !speakerEligible(m) || si.startsAt(catLocative, m.start-1) || ac.addressee(si, m) {
			continue
		}
		return ac.speakerOf(si, m)
	}
	return nil
}

// bareStem: w without the longest inflection suffix that leaves two letters at least.
func (fw *functionWords) bareStem(w string) string {
	best := w
	for _, x := range fw.inflections {
		if strings.HasSuffix(w, x) && runeLen(w)-runeLen(x) >= 2 && len(w)-len(x) < len(best) {
			best = w[:len(w)-len(x)]
		}
	}
	return best
}
