package gazdraft

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
)

// A war's coverage may call its truce by a noun that is neither a lexicon ceasefire noun nor an
// agreement noun (Pattani's "the initiative", «المبادرة»): what is said of it is lost until the
// war's gazetteer file lists it under truce_names. The drafter proposes such nouns: a definite
// noun right before a truce predicate of gazdraft_cues.json ("the initiative covers", "the
// initiative lasts"; Arabic also right after one, the verb first: «وتشمل المبادرة»), which no
// lexicon ceasefire, agreement or talks noun is. A person keeps those that name the truce
// ("the fighting began" does not).

// TruceName is one proposed truce name with its evidence.
type TruceName struct {
	Name       string   // as written (the most frequent spelling)
	Lang       string   //
	Articles   int      // distinct articles
	Mentions   int      // occurrences before (or after) a truce predicate
	Predicates []string // the predicates it came with, sorted
	Examples   []Example
}

type truceCues struct {
	preds   [][]string      // truce predicates, folded words
	lexical map[string]bool // folded lexicon ceasefire, agreement and talks nouns (Arabic: without ال)
	placing map[string]bool // the language's placing prepositions: "in the town lasts" is no subject
}

type truceTally struct {
	spellings  map[string]int
	articles   map[string]bool
	mentions   int
	predicates map[string]bool
	examples   []Example
}

func newTruceCues(l schemas.DraftLanguage, lx *schemas.Lexicon, placing map[string]bool) *truceCues {
	tc := &truceCues{lexical: map[string]bool{}, placing: placing}
	for _, p := range l.TrucePredicates {
		tc.preds = append(tc.preds, strings.Fields(foldAr(strings.ToLower(p))))
	}
	if lx != nil {
		for _, list := range [][]string{lx.CeasefireNouns, lx.AgreementNouns, lx.TalksNouns} {
			for _, n := range list {
				for _, w := range strings.Fields(foldAr(strings.ToLower(n))) {
					tc.lexical[strings.TrimPrefix(w, "ال")] = true
				}
			}
		}
	}
	return tc
}

// predicateAt: a truce predicate starts at token k (Arabic: maybe behind و or ف); its text.
func (tc *truceCues) predicateAt(s *sentence, k int, arabic bool) (string, bool) {
	for _, p := range tc.preds {
		if k+len(p) > len(s.Tokens) {
			continue
		}
		ok := true
		for i, w := range p {
			t := foldAr(strings.ToLower(s.Tokens[k+i].Text))
			if i == 0 && arabic && t != w {
				t = strings.TrimPrefix(strings.TrimPrefix(t, "و"), "ف")
			}
			if t != w {
				ok = false
				break
			}
		}
		if ok {
			return strings.Join(p, " "), true
		}
	}
	return "", false
}

// nounAt: token k is a definite common noun that no lexicon noun is and no gazetteer name
// covers; its folded key. English: written in lower case after "the" (at most two modifiers
// between: "the Ramadan peace initiative"), not after a placing preposition. Arabic: with the article, maybe behind a conjunction.
func (tc *truceCues) nounAt(s *sentence, k int, arabic bool) (string, bool) {
	if k < 0 || k >= len(s.Tokens) || s.Tokens[k].Punct || s.covered[k] {
		return "", false
	}
	w := foldAr(strings.ToLower(s.Tokens[k].Text))
	if arabic {
		for _, c := range []string{"و", "ف", "ب", "ل"} {
			if rest, ok := strings.CutPrefix(w, c); ok && strings.HasPrefix(rest, "ال") {
				w = rest
			}
		}
		stem, ok := strings.CutPrefix(w, "ال")
		if !ok || len([]rune(stem)) < 3 || tc.lexical[stem] {
			return "", false
		}
		return w, true
	}
	if !startsLower(s.Tokens[k].Text) || tc.lexical[w] || len(w) < 3 {
		return "", false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if strings.ToLower(s.Tokens[j].Text) == "the" {
			if j > 0 && tc.placing[strings.ToLower(s.Tokens[j-1].Text)] {
				return "", false // "an initiative for calm in the town lasts": the town is no subject
			}
			return w, true
		}
		if s.Tokens[j].Punct {
			break
		}
	}
	return "", false
}

// addTruceNames tallies the sentence's candidate truce names.
func (d *Drafter) addTruceNames(tc *truceCues, s *sentence, article, lang string) {
	arabic := lang == "ar"
	for k := range s.Tokens {
		pred, ok := tc.predicateAt(s, k, arabic)
		if !ok {
			continue
		}
		cands := []int{k - 1}
		if arabic {
			cands = append(cands, k+len(strings.Fields(pred)))
		}
		for _, n := range cands {
			key, ok := tc.nounAt(s, n, arabic)
			if !ok {
				continue
			}
			if d.truce == nil {
				d.truce = map[string]*truceTally{}
			}
			t := d.truce[lang+"\x00"+key]
			if t == nil {
				t = &truceTally{spellings: map[string]int{}, articles: map[string]bool{}, predicates: map[string]bool{}}
				d.truce[lang+"\x00"+key] = t
			}
			t.spellings[s.Tokens[n].Text]++
			t.mentions++
			t.predicates[pred] = true
			if !t.articles[article] && len(t.examples) < 2 {
				t.examples = append(t.examples, Example{Article: article, Sentence: s.Text})
			}
			t.articles[article] = true
		}
	}
}

// TruceNames are the proposed truce names found in at least minArticles articles, most
// articles first.
func (d *Drafter) TruceNames(minArticles int) []TruceName {
	var out []TruceName
	for k, t := range d.truce {
		if len(t.articles) < minArticles {
			continue
		}
		lang, _, _ := strings.Cut(k, "\x00")
		out = append(out, TruceName{Name: mostCounted(t.spellings), Lang: lang, Articles: len(t.articles),
			Mentions: t.mentions, Predicates: sortedSet(t.predicates), Examples: t.examples})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Articles != out[j].Articles {
			return out[i].Articles > out[j].Articles
		}
		if out[i].Mentions != out[j].Mentions {
			return out[i].Mentions > out[j].Mentions
		}
		return out[i].Lang+out[i].Name < out[j].Lang+out[j].Name
	})
	return out
}

// ReportTruceNames writes the proposed truce names after the names table.
func ReportTruceNames(w io.Writer, names []TruceName) error {
	if _, err := fmt.Fprintf(w, "\n%d nouns said of the truce that no lexicon noun is: candidates for the file's truce_names (keep those that name the truce)\n\n", len(names)); err != nil {
		return err
	}
	for i, n := range names {
		if _, err := fmt.Fprintf(w, "%3d. %s  [%s]  articles %d, mentions %d, with: %s\n", i+1, n.Name, n.Lang, n.Articles, n.Mentions, strings.Join(n.Predicates, ", ")); err != nil {
			return err
		}
		for _, e := range n.Examples {
			if _, err := fmt.Fprintf(w, "       %s: %s\n", e.Article, e.Sentence); err != nil {
				return err
			}
		}
	}
	return nil
}
