// Package gazdraft drafts the gazetteer file of a war nobody has written one for. It reads
// articles the way the extractor does (claims.Extractor.Read: same sentences, tokens and
// gazetteer matches) and lists the names the current gazetteer does not resolve that look like
// actors or places: capitalized English spans, the words after a cue noun («قبيلة X», «كتيبة
// X», "the town of X", "X gunmen"), persons after a title («الشيخ X», "Colonel X", "X,
// spokesman for ...") and the speakers of quotes the extractor gives to the outlet because it
// does not know them. Each candidate carries its article count, languages, a guessed type and
// two example sentences; Skeleton turns them into a gazetteer file a person then edits.
//
// Cue words are data (schemas/gazdraft_cues.json), as are the words that make no name on their
// own (schemas/generic_name_words.json).
package gazdraft

import (
	"reflect"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/claims"
)

// Candidate is one unresolved name with its evidence.
type Candidate struct {
	Name      string   // as written (the most frequent spelling)
	Type      string   // guessed gazetteer type; "unknown" when no cue tells
	Cue       string   // the cue word the type was read from, if any
	Title     string   // persons: the title written before or after the name
	Articles  int      // distinct articles naming it
	Mentions  int      // occurrences
	Speakers  int      // occurrences as the speaker of a claim the extractor gave to the outlet
	Languages []string // languages of the articles, sorted
	Examples  []Example
}

// Example is one sentence naming a candidate.
type Example struct {
	Article  string `json:"article"`
	Sentence string `json:"sentence"`
}

// occurrence is one span found in one sentence, before the corpus-wide filters.
type occurrence struct {
	article, lang, sentence string
	words                   []string // the span's tokens as written (Arabic: the name after its cue)
	name                    string   // the span as written
	head                    string   // Arabic: the cue heading the name («كتيبة»), "" when not part of it
	initial                 bool     // the span opens the sentence (its first word may be a capitalized common word)
	typ, cue, title         string
	speaker                 bool
}

// Drafter collects candidates over articles. It is not safe for concurrent use.
type Drafter struct {
	x       *claims.Extractor
	langs   map[string]*langCues
	occs    []occurrence
	lowered map[string]bool        // English words seen written in lower case inside a sentence
	truce   map[string]*truceTally // lang NUL folded noun → proposed truce name (truce_names.go)
}

// langCues is one language's cue data, indexed.
type langCues struct {
	before, after  map[string][]schemas.DraftCue // by cue word (first word of a phrase cue)
	stop, calendar map[string]bool               // stop: also every one-word entry of the language's lexicon
	generic        map[string]bool
	compound       map[string]bool // words that open a longer name («أم», «بني»)
	placing        map[string]bool // prepositions that place what follows (the lexicon's locatives: "in", "near")
	truce          *truceCues
}

// New builds a drafter over the extractor built from data (its gazetteer is what is resolved
// already; its lexicons' words are no names) and the embedded cue data.
func New(x *claims.Extractor, data *schemas.Data) (*Drafter, error) {
	cues, err := schemas.LoadDraftCues()
	if err != nil {
		return nil, err
	}
	generic, err := schemas.GenericNameWords()
	if err != nil {
		return nil, err
	}
	d := &Drafter{x: x, langs: map[string]*langCues{}, lowered: map[string]bool{}}
	for code, l := range cues.Languages {
		lc := &langCues{before: map[string][]schemas.DraftCue{}, after: map[string][]schemas.DraftCue{},
			stop: set(l.Stop), calendar: set(l.Calendar), generic: set(generic[code]), compound: set(l.CompoundHeads)}
		if lx := data.Lexicons[code]; lx != nil {
			lc.placing = set(append(append(append([]string(nil), lx.Locatives...), lx.PlacingPrepositions...), lx.LocatingPrepositions...))
		}
		if lx := data.Lexicons[code]; lx != nil && lx.Script == "latin" {
			// (Arabic name words are common words too: «سبل السلام». Its stops are listed.)
			for w := range lexiconWords(lx) {
				lc.stop[foldAr(w)] = true
			}
		}
		for _, c := range l.Cues {
			for _, w := range c.Words {
				first := strings.TrimSuffix(strings.Fields(foldAr(strings.ToLower(w)))[0], ".")
				if c.Position == "before" {
					lc.before[first] = append(lc.before[first], c)
				} else {
					lc.after[first] = append(lc.after[first], c)
				}
			}
		}
		lc.truce = newTruceCues(l, data.Lexicons[code], lc.placing)
		d.langs[code] = lc
	}
	return d, nil
}

func set(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[foldAr(strings.ToLower(w))] = true
	}
	return m
}

// Add reads one article.
func (d *Drafter) Add(a schemas.Article) {
	r := d.x.Read(a)
	outlet := map[int]bool{} // sentences with a claim the extractor gave to the outlet
	for _, c := range d.x.Analyze(a).Claims {
		if c.SpeakerRole == "media" && (c.Speaker == a.Source || c.Speaker == "outlet") {
			outlet[c.SentenceIndex] = true
		}
	}
	lc := d.langs[r.Lang]
	if lc == nil {
		return
	}
	for _, s := range r.Sentences {
		sr := newSentence(s)
		var found []occurrence
		if r.Lang == "ar" {
			found = arabicSpans(lc, sr, outlet[s.Index])
		} else {
			found = latinSpans(lc, sr, outlet[s.Index])
			for k, t := range s.Tokens {
				if k > 0 && !t.Punct && startsLower(t.Text) {
					d.lowered[strings.ToLower(t.Text)] = true
				}
			}
		}
		d.addTruceNames(lc.truce, sr, a.ID, r.Lang)
		for _, o := range found {
			o.article, o.lang, o.sentence = a.ID, r.Lang, s.Text
			d.occs = append(d.occs, o)
		}
	}
}

// sentence is a read sentence with what the span finders ask of it.
type sentence struct {
	claims.ReadSentence
	covered []bool // token covered by a gazetteer name
	offs    [][2]int
}

func newSentence(s claims.ReadSentence) *sentence {
	sr := &sentence{ReadSentence: s, covered: make([]bool, len(s.Tokens)), offs: make([][2]int, len(s.Tokens))}
	for _, e := range s.Entities {
		for k := e.Start; k < e.End && k < len(sr.covered); k++ {
			sr.covered[k] = true
		}
	}
	at := 0
	for k, t := range s.Tokens {
		i := strings.Index(s.Text[at:], t.Text)
		if i < 0 || t.Text == "" {
			sr.offs[k] = [2]int{at, at}
			continue
		}
		sr.offs[k] = [2]int{at + i, at + i + len(t.Text)}
		at += i + len(t.Text)
	}
	return sr
}

// text is tokens [a, b) as written.
func (s *sentence) text(a, b int) string {
	if a >= b {
		return ""
	}
	return strings.TrimSpace(s.Text[s.offs[a][0]:s.offs[b-1][1]])
}

// resolved: one gazetteer name covers tokens [a, b).
func (s *sentence) resolved(a, b int) bool {
	for _, e := range s.Entities {
		if e.Start <= a && e.End >= b {
			return true
		}
	}
	return false
}

// attributionAt: a verb or preposition of saying starts at k (or ends right before k when
// ending is set).
func (s *sentence) attributionAt(k int, ending bool) bool {
	for _, a := range s.Attributions {
		if !ending && a.Start == k || ending && a.End == k {
			return true
		}
	}
	return false
}

func (s *sentence) lower(k int) string {
	if k < 0 || k >= len(s.Tokens) {
		return ""
	}
	return strings.ToLower(s.Tokens[k].Text)
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// allCaps: a word of two or more letters with no lower-case one ("CORRECTION", "KUFRA").
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n > 1
}

func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// Candidates applies the corpus-wide filters and merges the occurrences by name, most articles
// first (then most mentions, then name).
func (d *Drafter) Candidates() []Candidate {
	type acc struct {
		c        Candidate
		articles map[string]bool
		langs    map[string]bool
		spelling map[string]int
		types    map[string]int
		cues     map[string]string
	}
	byKey := map[string]*acc{}
	var keys []string
	arLen := arabicLengths(d.occs, d.langs["ar"])
	for _, o := range d.occs {
		lc := d.langs[o.lang]
		words := o.words
		name := o.name
		if o.lang != "ar" && o.initial && len(words) > 0 {
			// A capitalized common word opening the sentence ("Fighting", "Elders") is no
			// name: it is written in lower case elsewhere in the corpus.
			// An all-capital dateline of several words ("UMM HIZRA") is kept whole.
			hyphenated := strings.HasPrefix(strings.TrimPrefix(name, words[0]), "-") // "SSC-Khatumo"
			if w := strings.ToLower(words[0]); !hyphenated && (d.lowered[w] || lc.generic[w] || lc.calendar[w] || lc.stop[w] || allCaps(words[0]) && (len(words) == 1 || !allCaps(words[1]))) {
				if len(words) == 1 {
					continue
				}
				name = strings.TrimSpace(strings.TrimPrefix(name, words[0]))
				words = words[1:]
			}
		}
		if o.lang != "ar" && d.commonWords(lc, words) {
			continue // "Ceasefire", "Cessation of Hostilities Agreement": common words capitalized
		}
		if o.lang == "ar" {
			words = words[:arLen(o)]
			name = strings.Join(words, " ")
			if o.head != "" {
				name = o.head + " " + name
			}
		}
		key := fold(name)
		if key == "" {
			continue
		}
		a := byKey[key]
		if a == nil {
			a = &acc{articles: map[string]bool{}, langs: map[string]bool{}, spelling: map[string]int{}, types: map[string]int{}, cues: map[string]string{}}
			byKey[key] = a
			keys = append(keys, key)
		}
		a.c.Mentions++
		if o.speaker {
			a.c.Speakers++
		}
		a.spelling[name]++
		if o.typ != "" {
			a.types[o.typ]++
			if a.cues[o.typ] == "" {
				a.cues[o.typ] = o.cue
			}
		}
		if o.title != "" && a.c.Title == "" {
			a.c.Title = o.title
		}
		a.langs[o.lang] = true
		if !a.articles[o.article] {
			a.articles[o.article] = true
			if len(a.c.Examples) < 2 {
				a.c.Examples = append(a.c.Examples, Example{Article: o.article, Sentence: o.sentence})
			}
		}
	}
	out := make([]Candidate, 0, len(keys))
	for _, k := range keys {
		a := byKey[k]
		c := a.c
		c.Articles = len(a.articles)
		c.Languages = sortedSet(a.langs)
		c.Name = mostCounted(a.spelling)
		c.Type = mostCounted(a.types)
		c.Cue = a.cues[c.Type]
		if c.Type == "" {
			c.Type = "unknown"
			if c.Speakers > 0 {
				c.Type = "person"
			}
		}
		out = append(out, c)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Articles != out[j].Articles {
			return out[i].Articles > out[j].Articles
		}
		if out[i].Mentions != out[j].Mentions {
			return out[i].Mentions > out[j].Mentions
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// commonWords: every word of an English span is a common word: written in lower case
// elsewhere in the corpus, a lexicon word or a generic one.
func (d *Drafter) commonWords(lc *langCues, words []string) bool {
	for _, w := range words {
		w = bare(strings.ToLower(w))
		if !d.lowered[w] && !lc.stop[w] && !lc.generic[w] {
			return false
		}
	}
	return true
}

// fold is the key names are merged by: lower case, single spaces, no possessive.
func fold(name string) string {
	name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
	return strings.Join(strings.Fields(strings.ToLower(name)), " ")
}

func sortedSet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// mostCounted is the key with the highest count, the first alphabetically on a tie; "" when
// empty.
func mostCounted(m map[string]int) string {
	best, n := "", 0
	for k, c := range m {
		if c > n || c == n && k < best {
			best, n = k, c
		}
	}
	return best
}

// lexiconWords are the one-word entries of every string list of a lexicon: the language's
// function words and cues, never names.
func lexiconWords(lx *schemas.Lexicon) map[string]bool {
	out := map[string]bool{}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer, reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		case reflect.Map:
			for _, k := range v.MapKeys() {
				walk(v.MapIndex(k))
			}
		case reflect.Slice, reflect.Array:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
		case reflect.String:
			w := strings.ToLower(strings.TrimSuffix(v.String(), "*"))
			if w != "" && !strings.ContainsAny(w, " \t") {
				out[w] = true
			}
		}
	}
	walk(reflect.ValueOf(lx))
	return out
}
