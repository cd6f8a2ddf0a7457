package claims

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/sentences"
	"github.com/tanaqud/tanaqud/transforms/textnorm"
)

// Analysis is what Analyze finds in one article: its sentences and the claims they carry.
type Analysis struct {
	Sentences []sentences.Sentence
	Claims    []Claim
}

// Extractor turns articles into claims. It is built once from the data and is safe for
// concurrent use: Analyze only reads it.
type Extractor struct {
	data  *schemas.Data
	norm  *textnorm.Normalizer
	langs map[string]*language
	pool  sync.Pool // *scratch buffers lent to Analyze calls
	// speakerOf holds the claim fields of every gazetteer entity as a speaker.
	speakerOf map[*schemas.Entity]speakerInfo
	labelOf   map[string]string // entity id → English label
	// zones holds the civil time of every entity that has one (schemas.Entity.Location),
	// loaded once: an IANA zone is parsed from the embedded database.
	zones map[string]*time.Location
	// armyOf is each country's one army (militaryOf), computed once.
	armyOf map[string]*schemas.Entity
	// armyAffiliated is the one army affiliated with each body (armyAffiliatedWith), computed once.
	armyAffiliated map[string]*schemas.Entity
	// homeWars are the countries an armed group of the gazetteer fights in (homeWarTable).
	homeWars map[string]bool
	// spokenFor are the ids some entity speaks for (a capital's government, a ministry's),
	// computed once (spokenForTable).
	spokenFor map[string]bool
	// armedParties are the national organizations that command forces of their own,
	// computed once (armedPartyTable).
	armedParties map[string]bool
}

// wordInfo is what the matcher needs of one distinct word: its variants and the phrases that
// may start with it. Words repeat across articles, so it is computed once per language.
type wordInfo struct {
	text     string // the word
	variants []string
	// longer are the phrases of two or more words that may start at the word, longest first
	// (stably, so equal lengths keep their lexicon order): the scan then emits hits already in
	// its order without reordering.
	longer []candidate
	// singles are the hits of the one-word phrases the word is (start and end left zero), in
	// lexicon order: the scan copies them without reading the phrase table. They always come
	// after the longer hits of a start.
	singles []hit
	rest    []restMatch // interned phrase words (after the first) this word matches
	// negates: a variant after the word itself is a negation a contraction stands for
	// (isn't: not), so the word negates itself.
	negates bool
	// timeStart: the word may start a time expression the matcher does not index (noon, an
	// ordinal day, "10th"); looked up once per distinct word, not per token.
	timeStart bool
	// classes are the function-word sets rules most often test single tokens against that
	// hold the word (see sentInfo.tokIn); looked up once per distinct word, not per token.
	classes wordClass
	// forms are the variant sets rules test single tokens against that hold one of the word's
	// variants (see fightingWordAt); looked up once per distinct word, not per token.
	forms formClass
	// bySecond indexes longer by its candidates' second word, for a word that starts many
	// phrases ("the" starts about 150): the scan reads only the candidates the next word can
	// continue, in their order.
	bySecond map[int32][]int32
	// secondMask and restMask have bit id%64 set for the second word of each of longer and
	// for each of rest: when they share no bit, no candidate can go on with the next word.
	secondMask, restMask uint64
}

// candidate is a phrase that may start at a word, with what the scan needs to know without
// reading the phrase: its length, its second word and whether the word matches its first word
// as written.
type candidate struct {
	id         int32
	words      int32
	second     int32 // interned id of the phrase's second word
	third      int32 // interned id of its third word, -1 for a phrase of two words
	firstExact bool
}

// maxCachedWords bounds the per-language word cache (a year of news has far fewer words).
const maxCachedWords = 1 << 20

// language is one lexicon compiled into a matcher with its lookup tables.
type language struct {
	code     string
	lex      *schemas.Lexicon
	morph    morphology
	m        *matcher
	entities []*schemas.Entity // catEntity index → entity
	context  []bool            // catEntity index → matched through a context alias
	title    []bool            // catEntity index → the entity's title, not a name
	// nameWords: the folded words of each entity's label and aliases ("the ministry" points
	// back to the body whose name holds "ministry").
	nameWords map[*schemas.Entity][]string
	// nameNouns: each entity's name words and what is left of them past a noun prefix, built
	// once so nameHasNoun is one lookup, not a scan of the words and prefixes per call.
	nameNouns map[entityWord]bool
	// home: catEntity index → the country whose coverage a context alias or title resolves in:
	// the entity's country, else that of its affiliation (a minister's government's).
	home []string
	// generic: catEntity index → a context alias made of generic actor nouns ("the gunmen").
	generic []bool
	// event: catEntity index → the event file of an entity (eventFile), "" for one shared by
	// all (common.json) or loaded from no file.
	event []string
	// eventBody: catEntity index → a context alias of a body made for one event (eventBody)
	// whose file defines specific names to tell its coverage by (mentions_event_body.go).
	eventBody      []bool
	specificEvents map[string]bool // specificEventFiles, while names are added
	// genericPlain: catEntity index → a plain name (no context alias, title or demonym) made
	// only of generic words ("Joint Verification Team"): a description in any war's coverage
	// but its own (mentions_other_war.go). genericNames decides it while names are added.
	genericPlain []bool
	genericNames schemas.GenericNames
	// properCase: catEntity index → the name is written as a proper name, a word of it other
	// than an article starting with a capital letter ("the Monitor", "Houthi"; not "the
	// rebels"): names_inflected_lower.go.
	properCase []bool
	// hitWords: catEntity index → the name's words as the matcher reads them (folded):
	// names_definite_suffix.go compares a text's word with the name's.
	hitWords [][]string
	// truceFiles: the war files whose truce_names are ceasefire nouns of their own coverage
	// (truce_names.go). A catCeasefire hit with idx k > 0 is a name of truceFiles[k-1]'s truce.
	truceFiles []string
	// qualified: catEntity index → a name of two words or more besides articles ("المجلس
	// الرئاسي", "the Presidential Council"), not a bare head noun ("the council", "المجلس").
	qualified []bool
	demonym   []bool // catEntity index → an adjective (روسية), not a name
	acronym   []bool // catEntity index → an all-capitals name (IS, US, AU): not the word is, us
	// nisbaFinal: catEntity index → the name's last word ends in a nisba suffix itself
	// («الشرقية»): a word so ending matches it as written, not as its adjective (names_nisba.go).
	nisbaFinal []bool
	// vocalMarks: catEntity index → the Arabic marks a vocalized context alias is written with
	// («عمّان»): that entry names the entity outright only so written (names_vocalized.go).
	vocalMarks []string
	modality   []string
	// modalityCall: catModality index → a call on someone (lexicon object "call": called on,
	// urged, دعت): a demand only of the act its object is called to (see calledTo).
	modalityCall []bool
	shadowable   []bool // catEntity index → a name, no homograph demonym itself, of an entity with one
	weekdays     []int
	relDays      []int
	months       []int
	tzOffset     []int
	// tzRules: catTimezone index → the IANA zone of a named zone ("Eastern time"), nil for a
	// fixed offset; tzLocal: the cue names the event's own clock ("local time").
	tzRules  []*time.Location
	tzLocal  []bool
	numWords []float64
	multipl  []float64
	approx   []string
	durUnits []float64
	// durSingular: the unit word is the shortest of those of its value ("week", not "weeks";
	// "اسبوع", not "اسابيع"): alone it counts one.
	durSingular []bool
	// relDayForms: each relative day as the lexicon writes it, folded (see relDayByArticle).
	relDayForms    []string
	fw             functionWords // closed word lists rules compare tokens against
	topicCue       []topicCue
	pastSplit      [][]string      // per topic cue: past verbs a verb-first clause splits from it (time_split_past.go)
	untensedWords  [][]string      // per topic cue: its words when its tense is read from the text (time_inflected_past.go)
	mediationWords map[string]bool // one-word cues of mediation, folded (sets_mediator_body_speaking.go)
	gapCues        gapCueSet       // multi-word cues of mediation a gap word may split (sets_cue_gap.go)
	// regionWords: the folded region_of cues of the topics ("northern", "شمال"), looked up
	// per mention without folding each cue again.
	regionWords map[string]bool
	// statementHeads: the folded last words of the statement nouns ("statement" of "a joint
	// statement"), built once (speakers_statement_text.go).
	statementHeads map[string]bool
	longest        int            // words in the longest phrase
	topics         map[string]int // topic id → dense index, for per-sentence grouping of cue hits
	// topicOfRef is the dense index of each topic the rules name (-1: no cues for it).
	topicOfRef [numTopicRefs]int
	cueTopic   []int // topicCue index → topic index
	// provisionTopic: topic index → its cues say what a ceasefire provides (provisionRefs).
	provisionTopic []bool
	// surnames: catSurname index → the persons whose surname or kunya it is.
	surnames [][]*schemas.Entity
	// surnameAliases: a person's one-word alias that is the last word of the label, in a
	// script without capitals; addSurnames decides whether it is a name or a surname.
	surnameAliases []surnameAlias

	// words maps a word to its *wordInfo, filled as words are met. Reads take no lock, so
	// workers on several cores do not contend on it.
	words     sync.Map
	wordCount atomic.Int64
}

// wordCache is a scratch's own cache of a language's words. A direct-mapped table of recent
// words, indexed by a cheap hash of the word, answers most tokens before the map (whose
// lookup cost as much as the rest of a token's preparation).
type wordCache struct {
	m     map[string]*wordInfo
	slots [1 << wordSlotBits]wordSlot
}

// wordSlot is one entry of wordCache.slots: the word's key (wordKey) beside its entry, so a
// hit is told from a miss without reading the entry's text, which lies elsewhere in memory
// (comparing it cost as much as the rest of the lookup).
type wordSlot struct {
	a, b uint64
	n    int
	w    *wordInfo
}

const wordSlotBits = 13

// wordKey is a word's length and its first and last eight bytes (four below eight bytes;
// below four, its first, middle and last byte). Up to sixteen bytes the three hold every byte
// of the word, so equal keys are equal words.
func wordKey(s string) (n int, a, b uint64) {
	n = len(s)
	switch {
	case n >= 8:
		a, b = load64(s[:8]), load64(s[n-8:])
	case n >= 4:
		a, b = load32(s[:4]), load32(s[n-4:])
	case n > 0:
		a = uint64(s[0])<<16 | uint64(s[n/2])<<8 | uint64(s[n-1])
	}
	return n, a, b
}

// maxKeyedWord is the longest word wordKey holds whole.
const maxKeyedWord = 16

// slotOf is a word's place in wordCache.slots: a hash of its key (a collision only sends the
// word on to the map). A hash of the length and five bytes sent 13% of the tokens of the
// generated corpus on to the map even when every word was cached (5% now): half the words
// begin with ال, and the bytes it took in the middle and at the end of a word are often lead
// bytes (D8, D9), so words crowded into few slots.
func slotOf(n int, a, b uint64) uint {
	return uint(mix64(mix64(uint64(n), a), b) >> (64 - wordSlotBits))
}

// load64 reads eight bytes as a little-endian word.
func load64(b string) uint64 {
	b = b[:8] // of known length: the compiler makes one load of the eight bytes
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// load32 reads four bytes as a little-endian word.
func load32(b string) uint64 {
	b = b[:4]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24
}

// word returns the cached variants and candidate phrases of a word: from the caller's own
// cache when it has met the word, else from the shared one (filled on first sight). Entries
// are never changed once made, so any entry for the word is as good as another.
func (l *language) word(local *wordCache, t *token) *wordInfo {
	n, a, b := wordKey(t.text)
	slot := &local.slots[slotOf(n, a, b)]
	if w := slot.w; w != nil && slot.n == n && slot.a == a && slot.b == b && (n <= maxKeyedWord || w.text == t.text) {
		return w
	}
	w := l.wordOf(local.m, t)
	*slot = wordSlot{a: a, b: b, n: n, w: w}
	return w
}

// wordOf is word past the direct-mapped table.
func (l *language) wordOf(local map[string]*wordInfo, t *token) *wordInfo {
	if w, ok := local[t.text]; ok {
		return w
	}
	var w *wordInfo
	if v, ok := l.words.Load(t.text); ok {
		w = v.(*wordInfo)
	} else {
		w = l.addWord(t)
	}
	if len(local) >= maxLocalWords {
		clear(local)
	}
	local[w.text] = w // the entry's own copy of the word: the key pins no article
	return w
}

// maxLocalWords bounds a scratch's own word cache.
const maxLocalWords = 1 << 16

func (l *language) addWord(t *token) *wordInfo {
	// The entry keeps its own copy of the word: caches key on it, and it must not pin the
	// article's text.
	w := &wordInfo{text: strings.Clone(t.text)}
	if t.punct || t.number {
		w.variants = []string{w.text}
	} else {
		w.variants = l.morph.variants(w.text) // from the copy: variants may be slices of it
		// Only a contraction makes a word negate itself: stripping a suffix can also leave
		// "not" (noted, notes), which is no negation.
		for _, c := range l.morph.contractions {
			if strings.HasSuffix(t.text, c.suffix) && l.fw.contractedNegations[c.word] {
				w.negates = true
			}
		}
	}
	w.timeStart = l.fw.mayStartTime(w.text)
	w.classes = l.fw.classesOf(w.text) | l.fw.ruleClassesOf(w.text)
	w.forms = l.fw.formsOf(w.variants)
	if l.gapCues.firstOfAny(w.variants) {
		w.forms |= formGapCueFirst
	}
	w.rest = l.m.restMatches(w.variants, t.punct, t.text)
	for _, id := range l.m.candidates(w.variants, t.punct, t.text) {
		ph := &l.m.phrases[id]
		first := ph.words[0]
		exact := first.text == t.text || (first.stem && strings.HasPrefix(t.text, first.text))
		if len(ph.words) == 1 {
			for _, p := range ph.payloads {
				w.singles = append(w.singles, hit{payload: p, exact: exact})
			}
			continue
		}
		third := int32(-1)
		if len(ph.words) > 2 {
			third = ph.ids[2]
		}
		w.longer = append(w.longer, candidate{id: int32(id), words: int32(len(ph.words)), second: ph.ids[1], third: third, firstExact: exact})
	}
	sort.SliceStable(w.longer, func(a, b int) bool { return w.longer[a].words > w.longer[b].words })
	for _, c := range w.longer {
		w.secondMask |= 1 << (uint32(c.second) % 64)
	}
	for _, r := range w.rest {
		w.restMask |= 1 << (uint32(r.id) % 64)
	}
	if len(w.longer) > bySecondFrom {
		w.bySecond = map[int32][]int32{}
		for k, c := range w.longer {
			w.bySecond[c.second] = append(w.bySecond[c.second], int32(k))
		}
	}
	if l.wordCount.Load() < maxCachedWords {
		// Two workers meeting a new word at once compute the same value; the first stored wins.
		if v, loaded := l.words.LoadOrStore(w.text, w); loaded {
			return v.(*wordInfo)
		}
		l.wordCount.Add(1)
	}
	return w
}

// topicCue is one trigger of one topic.
type topicCue struct {
	topic string
	schemas.Cue
}

var (
	defaultOnce sync.Once
	defaultX    *Extractor
	defaultErr  error
)

// Default returns the extractor over the embedded data, built once per process.
func Default() (*Extractor, error) {
	defaultOnce.Do(func() {
		d, err := schemas.Load()
		if err != nil {
			defaultErr = err
			return
		}
		defaultX, defaultErr = New(d)
	})
	return defaultX, defaultErr
}

// New compiles the data into an extractor.
func New(d *schemas.Data) (*Extractor, error) {
	if d == nil || len(d.Lexicons) == 0 {
		return nil, fmt.Errorf("claims: no lexicons in data")
	}
	x := &Extractor{data: d, langs: map[string]*language{}, speakerOf: speakerTable(&d.Gazetteer), labelOf: labelTable(&d.Gazetteer),
		zones: map[string]*time.Location{}, armyOf: armyTable(&d.Gazetteer), armyAffiliated: affiliatedArmyTable(&d.Gazetteer), homeWars: homeWarTable(&d.Gazetteer),
		spokenFor: spokenForTable(&d.Gazetteer), armedParties: armedPartyTable(&d.Gazetteer)}
	for i := range d.Gazetteer.Entities {
		e := &d.Gazetteer.Entities[i]
		if loc := e.Location(); loc != nil {
			x.zones[e.ID] = loc
		}
	}
	generic, err := schemas.LoadGenericNames()
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	var vocab []string
	for _, code := range d.Languages() {
		lx := d.Lexicons[code]
		l := compileLanguage(code, lx, &d.Gazetteer, generic)
		x.langs[code] = l
		vocab = append(vocab, d.Gazetteer.Names(code)...)
		for _, ph := range l.m.phrases {
			if len(ph.words) == 1 && !ph.words[0].stem {
				vocab = append(vocab, ph.words[0].text)
			}
		}
	}
	sort.Strings(vocab)
	x.norm = textnorm.New(vocab)
	return x, nil
}

// entityWord keys nameNouns.
type entityWord struct {
	e *schemas.Entity
	w string
}

func compileLanguage(code string, lx *schemas.Lexicon, g *schemas.Gazetteer, generic schemas.GenericNames) *language {
	l := &language{code: code, lex: lx, morph: newMorphology(lx.Clitics, lx.Grammar), m: newMatcher(), fw: compileFunctionWords(lx), genericNames: generic}
	addAll := func(words []string, c category) {
		for _, w := range words {
			l.m.add(w, payload{cat: c})
		}
	}
	l.specificEvents = specificEventFiles(g)
	l.nameWords = make(map[*schemas.Entity][]string, len(g.Entities))
	l.nameNouns = make(map[entityWord]bool, 4*len(g.Entities))
	homographs := wordSet(lx.HomographDemonyms) // a demonym also a common word: context-only
	for i := range g.Entities {
		e := &g.Entities[i]
		var words []string
		for _, n := range append([]string{e.Label[code]}, e.Aliases[code]...) {
			for _, w := range strings.Fields(foldCue(n)) {
				if !slices.Contains(words, w) {
					words = append(words, w)
				}
			}
		}
		l.nameWords[e] = words
		for _, w := range words {
			l.nameNouns[entityWord{e, w}] = true
			for _, p := range l.fw.nounPrefixes {
				if rest, ok := strings.CutPrefix(w, p); ok {
					l.nameNouns[entityWord{e, rest}] = true
				}
			}
		}
		add := func(n string, context, demonym bool) { l.addName(g, e, n, context, demonym) }
		add(e.Label[code], false, false)
		for _, n := range e.Aliases[code] {
			if l.bareSurnameAlias(e, n) {
				// Decided by addSurnames, once every cue and name is known.
				l.surnameAliases = append(l.surnameAliases, surnameAlias{e: e, name: n})
				continue
			}
			add(n, false, false)
		}
		// A title ("government spokesman") is the office anyone may hold: it names this person
		// only in coverage of their own country, like a context alias.
		if t := e.Title[code]; t != "" {
			add(t, true, false)
			l.title[len(l.title)-1] = true
		}
		for _, n := range e.Demonyms[code] {
			add(n, homographs[foldCue(n)], true)
		}
		for _, n := range e.ContextAliases[code] {
			if l.bareSurnameAlias(e, n) {
				// Decided by addSurnames, as a plain alias is.
				l.surnameAliases = append(l.surnameAliases, surnameAlias{e: e, name: n, context: true})
				continue
			}
			add(n, true, false)
			l.addVocalized(g, e, n)
		}
	}
	addAll(lx.AttributionVerbs, catAttrVerb)
	for _, w := range lx.StanceVerbs {
		l.m.add(w, payload{cat: catAttrVerb, idx: stanceVerbIdx}) // kept only in their frame (settleStanceVerbs)
	}
	for _, w := range lx.ReadingNouns {
		l.m.add(w, payload{cat: catAttrPrep, idx: readingNounIdx}) // kept only in their frame (settleReadingNouns)
	}
	addAll(lx.AttributionPrepositions, catAttrPrep)
	addAll(lx.ContinuationVerbs, catContinuation)
	addAll(lx.OutletGlosses, catGloss)
	addAll(lx.ReportNouns, catReportNoun)
	addAll(lx.StatementNouns, catStatementNoun)
	l.statementHeads = map[string]bool{}
	for _, n := range lx.StatementNouns {
		f := foldCue(n)
		l.statementHeads[f[strings.LastIndexByte(f, ' ')+1:]] = true
	}
	addAll(lx.Negation, catNegation)
	addAll(lx.NegationTraps, catNegTrap)
	addAll(lx.Denial, catDenial)
	addAll(lx.NegatedPredicates, catNegPredicate)
	addAll(lx.Dismissals, catDismissal)
	addAll(lx.Exclusion, catExclusion)
	addAll(lx.Inclusion, catInclusion)
	addAll(lx.Including, catInclusion)
	addAll(lx.Including, catIncluding)
	addAll(lx.Alongside, catAlongside)
	addAll(lx.Only, catOnly)
	addAll(lx.ExceptOnly, catExceptOnly)
	for _, c := range lx.Modality {
		l.m.add(c.Cue, payload{cat: catModality, idx: int32(len(l.modality))})
		l.modality = append(l.modality, c.Modality)
		l.modalityCall = append(l.modalityCall, c.Object == "call")
	}
	addAll(lx.HedgeParticles, catHedgeParticle)
	addAll(lx.PastMarkers, catPastMarker)
	addAll(lx.Background, catBackground)
	addAll(lx.Retraction, catRetraction)
	addAll(lx.Correcting, catCorrecting)
	addAll(lx.PluperfectAux, catPlupAux)
	addAll(lx.PluperfectParticle, catPlupParticle)
	addAll(lx.ClauseBreaks, catClauseBreak)
	addAll(lx.AreaNouns, catArea)
	addAll(lx.Locatives, catLocative)
	addAll(lx.RelativePronouns, catRelPron)
	addAll(lx.Conditionals, catConditional)
	addAll(lx.Designations, catDesignation)
	addAll(lx.CeasefireNouns, catCeasefire)
	l.addTruceNames(code, g)
	addAll(lx.AgreementNouns, catAgreement)
	addAll(lx.TalksNouns, catTalks)
	addAll(lx.MeetingNouns, catMeeting)
	for _, w := range lx.RemoteMeetingNouns {
		l.m.add(w, payload{cat: catMeeting, idx: remoteMeeting}) // held nowhere (talks_hosted_meeting.go)
	}
	addAll(lx.TalksVerbs, catTalksVerb)
	addAll(lx.JointBodies, catJointBody)
	addAll(lx.RoundNouns, catRound)
	addAll(lx.DualForces, catDualForce)
	addAll(lx.GroupAnaphors, catGroupAnaphor)
	addAll(lx.PlannedTalksMarkers, catPlanned)
	addAll(lx.HeldTalksMarkers, catHeldTalks)
	addAll(lx.PronounTalksVerbs, catPronounTalks)
	t := lx.Time
	for _, k := range sortedKeys(t.Weekdays) {
		l.m.add(k, payload{cat: catWeekday, idx: int32(len(l.weekdays))})
		l.weekdays = append(l.weekdays, t.Weekdays[k])
	}
	for _, k := range sortedKeys(t.RelativeDays) {
		l.m.add(k, payload{cat: catRelDay, idx: int32(len(l.relDays))})
		l.relDays = append(l.relDays, t.RelativeDays[k])
		l.relDayForms = append(l.relDayForms, foldCue(k))
	}
	addAll(t.Tonight, catTonight)
	addAll(t.Midnight, catMidnight)
	addAll(t.Night, catNight)
	addAll(t.Eve, catEve)
	for _, k := range sortedKeys(t.Months) {
		l.m.add(k, payload{cat: catMonth, idx: int32(len(l.months))})
		l.months = append(l.months, t.Months[k])
	}
	addAll(t.NextWords, catNext)
	addAll(t.LastWords, catLast)
	for _, k := range sortedKeys(t.Timezones) {
		l.m.add(k, payload{cat: catTimezone, idx: int32(len(l.tzOffset))})
		l.tzOffset = append(l.tzOffset, t.Timezones[k])
		l.tzRules = append(l.tzRules, nil)
		l.tzLocal = append(l.tzLocal, false)
	}
	for _, k := range sortedKeys(t.NamedZones) {
		z := t.NamedZones[k]
		loc, _ := time.LoadLocation(z) // checked when the lexicon loads
		if z == schemas.LocalZone {
			loc = nil
		}
		l.m.add(k, payload{cat: catTimezone, idx: int32(len(l.tzOffset))})
		l.tzOffset = append(l.tzOffset, 0)
		l.tzRules = append(l.tzRules, loc)
		l.tzLocal = append(l.tzLocal, z == schemas.LocalZone)
	}
	addAll(t.TimezoneOfPlace, catTimezoneOfPlace)
	addAll(t.Hours, catHour)
	n := lx.Numbers
	for _, k := range sortedKeys(n.Words) {
		for _, form := range numberCases(k, n.CaseEndings) {
			l.m.add(form, payload{cat: catNumWord, idx: int32(len(l.numWords))})
		}
		l.numWords = append(l.numWords, n.Words[k])
	}
	for _, k := range sortedKeys(n.Multipliers) {
		l.m.add(k, payload{cat: catMultiplier, idx: int32(len(l.multipl))})
		l.multipl = append(l.multipl, n.Multipliers[k])
	}
	addAll(n.Conjunctions, catNumConj)
	for _, c := range n.Approximators {
		l.m.add(c.Cue, payload{cat: catApprox, idx: int32(len(l.approx))})
		l.approx = append(l.approx, c.Value)
	}
	for _, k := range sortedKeys(n.DurationUnits) {
		l.m.add(k, payload{cat: catDurUnit, idx: int32(len(l.durUnits))})
		l.durUnits = append(l.durUnits, n.DurationUnits[k])
		singular := true
		for k2, v2 := range n.DurationUnits {
			if v2 == n.DurationUnits[k] && runeLen(foldCue(k2)) < runeLen(foldCue(k)) {
				singular = false
			}
		}
		l.durSingular = append(l.durSingular, singular)
	}
	l.topics = map[string]int{}
	for _, topic := range sortedKeys(lx.Topics) {
		l.topics[topic] = len(l.topics)
		for _, c := range lx.Topics[topic] {
			l.m.add(c.Cue, payload{cat: catTopicCue, idx: int32(len(l.topicCue))})
			l.topicCue = append(l.topicCue, topicCue{topic: topic, Cue: c})
			if c.Object == "region_of" {
				if l.regionWords == nil {
					l.regionWords = map[string]bool{}
				}
				l.regionWords[foldCue(c.Cue)] = true
			}
			l.cueTopic = append(l.cueTopic, l.topics[topic])
		}
	}
	l.pastSplit = pastVerbsSplitFrom(l.topicCue)
	l.untensedWords = untensedCueWords(l.topicCue)
	l.mediationWords = mediationCueWords(l.topicCue)
	l.gapCues = mediationGapCues(l.topicCue)
	addCompounds(l.m, lx.Clitics.CompoundParticles)
	l.addSurnames(g) // after every cue and name: a surname that is already one is left out
	l.shadowable = shadowableNames(l)
	listed := map[string]bool{}
	for _, ph := range l.m.phrases {
		for _, w := range ph.words {
			listed[w.text] = true
		}
	}
	l.morph.preferListed(func(w string) bool { return listed[w] })
	for _, ph := range l.m.phrases {
		l.longest = max(l.longest, len(ph.words))
	}
	l.m.index()
	for r, name := range topicRefNames {
		l.topicOfRef[r] = -1
		if t, ok := l.topics[name]; ok {
			l.topicOfRef[r] = t
		}
	}
	l.provisionTopic = make([]bool, len(l.topics))
	for _, r := range provisionRefs {
		if t := l.topicOfRef[r]; t >= 0 {
			l.provisionTopic[t] = true
		}
	}
	return l
}

// addName puts one of entity e's names in the matcher.
func (l *language) addName(g *schemas.Gazetteer, e *schemas.Entity, n string, context, demonym bool) {
	if n == "" {
		return
	}
	l.m.add(n, payload{cat: catEntity, idx: int32(len(l.entities))})
	l.entities = append(l.entities, e)
	l.context = append(l.context, context)
	l.title = append(l.title, false)
	l.home = append(l.home, homeCountry(g, e))
	l.generic = append(l.generic, context && l.fw.genericActorName(n))
	l.event = append(l.event, eventFile(g, e))
	l.eventBody = append(l.eventBody, context && eventBody(e) && l.specificEvents[eventFile(g, e)])
	l.genericPlain = append(l.genericPlain, !context && !demonym && l.genericNames.GenericName(l.code, n))
	l.properCase = append(l.properCase, l.fw.writtenAsProperName(n))
	l.hitWords = append(l.hitWords, wordTexts(n))
	l.qualified = append(l.qualified, l.fw.contentWords(n) > 1)
	l.demonym = append(l.demonym, demonym)
	l.acronym = append(l.acronym, isAcronym(n))
	l.nisbaFinal = append(l.nisbaFinal, hasAnySuffix(lastWord(foldCue(n)), l.fw.nisbaSuffixes))
	l.vocalMarks = append(l.vocalMarks, "")
}

// isAcronym: a one-word name written in two to five capital Latin letters ("IS", "US", "RSF").
// Matching folds case, so such a name would also match the word "is" or "us".
func isAcronym(name string) bool {
	if len(name) < 2 || len(name) > 5 {
		return false
	}
	for i := 0; i < len(name); i++ {
		if name[i] < 'A' || name[i] > 'Z' {
			return false
		}
	}
	return true
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// homeCountry is the country an entity belongs to (schemas.Gazetteer.HomeCountry).
func homeCountry(g *schemas.Gazetteer, e *schemas.Entity) string { return g.HomeCountry(e) }
