package claims

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/sentences"
)

var (
	paradigmReport = flag.Bool("paradigms", false, "print the paradigm generator's report per cue list")
	paradigmVocab  = flag.String("paradigms.vocab", "", "write the development vocabulary's cue hits through a variant to this file")
	paradigmHits   = flag.String("paradigms.hits", "", "write every cue hit of the development sets' sentences to this file")
)

// contentCueLists are the lexicon lists the rules read as content cues, with the kind of word
// each holds when the list says.
func contentCueLists(l *language) []cueList {
	lx := l.lex
	var lists []cueList
	plain := func(name string, kind wordKind, words []string, c category) {
		cl := cueList{name: name, class: kind}
		for _, w := range words {
			cl.cues = append(cl.cues, cueEntry{text: w, p: payload{cat: c}})
		}
		lists = append(lists, cl)
	}
	plain("attribution_verbs", kindVerb, lx.AttributionVerbs, catAttrVerb)
	plain("continuation_verbs", kindVerb, lx.ContinuationVerbs, catContinuation)
	plain("report_nouns", kindNoun, lx.ReportNouns, catReportNoun)
	plain("statement_nouns", kindNoun, lx.StatementNouns, catStatementNoun)
	plain("denial", kindGuess, lx.Denial, catDenial)
	plain("exclusion", kindGuess, lx.Exclusion, catExclusion)
	plain("inclusion", kindGuess, lx.Inclusion, catInclusion)
	plain("negated_predicates", kindGuess, lx.NegatedPredicates, catNegPredicate)
	plain("ceasefire_nouns", kindGuess, lx.CeasefireNouns, catCeasefire)
	plain("agreement_nouns", kindNoun, lx.AgreementNouns, catAgreement)
	plain("talks_nouns", kindGuess, lx.TalksNouns, catTalks)
	plain("meeting_nouns", kindNoun, lx.MeetingNouns, catMeeting)
	mod := cueList{name: "modality"}
	for i, c := range lx.Modality {
		mod.cues = append(mod.cues, cueEntry{text: c.Cue, p: payload{cat: catModality, idx: int32(i)}})
	}
	lists = append(lists, mod)
	idx := int32(0)
	for _, topic := range sortedKeys(lx.Topics) {
		cl := cueList{name: "topics/" + topic}
		for _, c := range lx.Topics[topic] {
			cl.cues = append(cl.cues, cueEntry{text: c.Cue, p: payload{cat: catTopicCue, idx: idx}})
			idx++
		}
		lists = append(lists, cl)
	}
	for li := range lists {
		for ci := range lists[li].cues {
			lists[li].cues[ci].meaning = meaningOf(l, lists[li].cues[ci].p)
		}
	}
	return lists
}

// meaningOf names what a hit means: two cues of one meaning are interchangeable.
func meaningOf(l *language, p payload) string {
	switch p.cat {
	case catTopicCue:
		c := l.topicCue[p.idx]
		return fmt.Sprintf("topic %s value=%s slot=%s object=%s modality=%s", c.topic, c.Value, c.Slot, c.Object, c.Modality)
	case catModality:
		return "modality " + l.modality[p.idx]
	}
	return fmt.Sprintf("category %d", p.cat)
}

// readsAs reports whether text, read as an article sentence is (normalized, tokenized, its words'
// variants, scanned), holds over all its tokens a hit meaning the same as the cue.
func readsAs(x *Extractor, l *language, local *wordCache, text, meaning string) bool {
	toks := tokenize(x.norm.Normalize(text).Match)
	for i := range toks {
		toks[i].w = l.word(local, &toks[i])
	}
	for _, h := range l.m.appendScan(nil, toks) {
		if h.start == 0 && h.end == len(toks) && meaningOf(l, h.payload) == meaning {
			return true
		}
	}
	return false
}

// paradigmException is a class of generated forms deliberately not matched (or that the
// generator cannot write right), with why.
type paradigmException struct {
	why   string
	lang  string
	holds func(cue, form string) bool // cue folded, without its *
}

// paradigmExceptions: each names the forms it excuses; a miss outside them fails the test.
var paradigmExceptions = []paradigmException{
	{"dual and plural of a ta-marbuta noun (هدنتان، هدنتين، هدنات): not restored to the singular, " +
		"since الحكومتين, الجماعات, الهيئات would then read as the names الحكومة, الجماعة, الهيئة of one body",
		"ar", func(cue, form string) bool {
			first := strings.Fields(cue)[0]
			w := strings.Fields(form)[0]
			if !strings.HasSuffix(first, "ه") {
				return false
			}
			for _, s := range []string{"تان", "تين", "ات"} {
				if strings.HasSuffix(w, s) {
					return true
				}
			}
			return false
		}},
	{"a cue starting with ta (تابع، تحدث عن، تمخض عن، تصمت): the generator cannot tell a form V/VI " +
		"perfect from an imperfect, and writes person forms of the wrong one",
		"ar", func(cue, form string) bool { return strings.HasPrefix(cue, "ت") }},
	{"first person and second person imperfect of a three-letter imperfect (يصر، يصف، يقع، يري): " +
		"نصر (victory), نصف (half), تري are other words; the matcher maps only longer imperfects",
		"ar", func(cue, form string) bool {
			first := []rune(strings.Fields(cue)[0])
			if len(first) != 3 || first[0] != 'ي' {
				return false
			}
			w := []rune(strings.TrimLeft(strings.Fields(form)[0], "وف"))
			if len(w) > 0 && w[0] == 'س' {
				w = w[1:]
			}
			return len(w) == 3 && (w[0] == 'ن' || w[0] == 'ت')
		}},
	{"imperfect of ذكر (يذكر، تذكر): يذكر أن means \"it is worth noting\", not attribution",
		"ar", func(cue, form string) bool { return cue == "ذكر" }},
	{"first person perfect with an object (نفيناه) and dual perfect with an object (نفتاه): not in news",
		"ar", func(cue, form string) bool {
			return strings.HasSuffix(form, "ناه") || strings.HasSuffix(form, "ناها") || strings.HasSuffix(form, "تاه") || strings.HasSuffix(form, "تاها")
		}},
	{"weak final alef after وا/نا (دعوا، دعونا): restoring ا would read بدوا (they seemed) as بدأ (began)",
		"ar", func(cue, form string) bool { return cue == "دعا" }},
	{"نوقع (we sign): its other persons spell توقع (expectation, a modality cue) and يوقع; the lexicon " +
		"lists the first person for the we-frame only",
		"ar", func(cue, form string) bool { return cue == "نوقع" }},
	{"نسعى إلى (we seek): the we-frame; other persons are other cues", "ar",
		func(cue, form string) bool { return strings.HasPrefix(cue, "نسعي") }},
	{"a verb phrase read by its one-word cue (حذر من → يحذر is the cue يحذر alone): the hit does not " +
		"span the phrase, which the check asks", "ar",
		func(cue, form string) bool { return cue == "حذر من" || cue == "حذر ان" }},
	{"the transfer of prisoners as a verb (يتبادل الاسرى): the cue is the noun تبادل", "ar",
		func(cue, form string) bool { return strings.HasPrefix(cue, "تبادل") }},
	{"the irregular past or participle of a lemma cue when the lexicon lists that past itself " +
		"(took effect, began, came into force, left out): the listed past keeps the tense its own " +
		"cues give it, so \"will take effect\" and \"took effect\" stay apart (morphology.preferListed)", "en",
		func(cue, form string) bool {
			for _, w := range strings.Fields(form) {
				if _, ok := englishIrregularLemma(w); ok && (paradigmListed[w] || paradigmListed[pastOf(w)]) {
					return true
				}
			}
			return false
		}},
	{"irregular plural memoranda: rare in news", "en",
		func(cue, form string) bool { return strings.HasPrefix(form, "memoranda") }},
}

// paradigmListed holds the words the lexicon being checked lists in any phrase.
var paradigmListed = map[string]bool{}

// pastOf returns the past of an irregular participle (taken: took), or "".
func pastOf(w string) string {
	lemma, ok := englishIrregularLemma(w)
	if !ok || len(englishIrregular[lemma]) < 2 || englishIrregular[lemma][1] != w {
		return ""
	}
	return englishIrregular[lemma][0]
}

// excused returns the exception that covers a miss, if any.
func excused(lang, cue, form string) *paradigmException {
	c := strings.TrimSuffix(foldCue(cue), "*")
	for i := range paradigmExceptions {
		e := &paradigmExceptions[i]
		if e.lang == lang && e.holds(c, form) {
			return e
		}
	}
	return nil
}

type paradigmMiss struct{ list, cue, form string }

type paradigmCount struct {
	list               string
	generated, matched int
	misses             []paradigmMiss
}

// runParadigms generates the forms of every cue of every content list and reads each back.
func runParadigms(t *testing.T, x *Extractor, code string) []paradigmCount {
	l := x.langs[code]
	local := &wordCache{m: map[string]*wordInfo{}}
	clear(paradigmListed)
	for _, ph := range l.m.phrases {
		for _, w := range ph.words {
			paradigmListed[w.text] = true
		}
	}
	var out []paradigmCount
	for _, cl := range contentCueLists(l) {
		pc := paradigmCount{list: cl.name}
		seen := map[string]bool{}
		for _, c := range cl.cues {
			if !readsAs(x, l, local, strings.TrimSuffix(c.text, "*"), c.meaning) {
				continue // the cue itself is not read whole (an inner word another cue takes): no paradigm to check
			}
			for _, f := range phraseForms(code, c.text, cl.class) {
				key := f + "\x00" + c.meaning
				if seen[key] {
					continue
				}
				seen[key] = true
				pc.generated++
				if readsAs(x, l, local, f, c.meaning) {
					pc.matched++
					continue
				}
				pc.misses = append(pc.misses, paradigmMiss{cl.name, c.text, f})
			}
		}
		out = append(out, pc)
	}
	return out
}

// TestLexiconParadigms fails when a form the generator writes of a listed content cue is not
// read as that cue, unless paradigmExceptions lists it. With -paradigms it prints, per list, the
// forms generated and matched and the misses.
func TestLexiconParadigms(t *testing.T) {
	x := extractor(t)
	for _, code := range []string{"ar", "en"} {
		var total, matched int
		for _, pc := range runParadigms(t, x, code) {
			total += pc.generated
			matched += pc.matched
			var unexcused []paradigmMiss
			byException := map[string]int{}
			for _, m := range pc.misses {
				if e := excused(code, m.cue, m.form); e != nil {
					byException[e.why]++
					continue
				}
				unexcused = append(unexcused, m)
				t.Errorf("%s %s: %q (a form of %q) is not read as its cue", code, m.list, m.form, m.cue)
			}
			if *paradigmReport {
				fmt.Printf("%s %-40s generated %5d matched %5d missed %4d (excused %d)\n", code, pc.list, pc.generated, pc.matched,
					len(pc.misses), len(pc.misses)-len(unexcused))
				for _, m := range pc.misses {
					fmt.Printf("    miss %s  (cue %s)\n", m.form, m.cue)
				}
			}
		}
		if *paradigmReport {
			fmt.Printf("%s total generated %d matched %d missed %d\n", code, total, matched, total-matched)
		}
	}
}

// devVocabSets are the development sets whose words the collision check reads: every gold
// folder but the seeds (read from testdata/articles) and the blind sets (a folder holding a
// BLIND file), so a new development set is read without listing it here.
func devVocabSets(t *testing.T) []string {
	t.Helper()
	dirs, err := filepath.Glob("../../testdata/gold/*")
	if err != nil {
		t.Fatal(err)
	}
	var sets []string
	for _, dir := range dirs {
		if st, err := os.Stat(dir); err != nil || !st.IsDir() || filepath.Base(dir) == "seeds" {
			continue
		}
		if _, err := os.Stat(filepath.Join(dir, "BLIND")); err == nil {
			continue
		}
		sets = append(sets, filepath.Base(dir))
	}
	return sets
}

// devVocabArticles loads the seed articles and the development sets' articles.
func devVocabArticles(t *testing.T) []schemas.Article {
	arts := loadTestArticles(t, "../../testdata/articles/*.txt")
	for _, set := range devVocabSets(t) {
		f, err := os.Open(filepath.Join("../../testdata", set, "articles.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var a schemas.Article
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				t.Fatal(err)
			}
			arts = append(arts, a)
		}
		f.Close()
	}
	return arts
}

// TestParadigmHits writes every cue hit (not names) of every sentence of the development sets,
// as "article sentence: words → meaning": diff the files of two versions of the morphology to
// read each reading a change adds or removes in running text.
func TestParadigmHits(t *testing.T) {
	if *paradigmHits == "" {
		t.Skip("-paradigms.hits not set")
	}
	x := extractor(t)
	var out []string
	for _, a := range devVocabArticles(t) {
		l := x.language(a)
		local := &wordCache{m: map[string]*wordInfo{}}
		for i, s := range sentences.Split(a.Text) {
			toks := tokenize(x.norm.Normalize(s.Text).Match)
			for k := range toks {
				toks[k].w = l.word(local, &toks[k])
			}
			for _, h := range l.m.appendScan(nil, toks) {
				if h.cat == catEntity {
					continue
				}
				var ws []string
				for k := h.start; k < h.end; k++ {
					ws = append(ws, toks[k].text)
				}
				out = append(out, fmt.Sprintf("%s %d: %s → %s", a.ID, i, strings.Join(ws, " "), meaningOf(l, h.payload)))
			}
		}
	}
	sort.Strings(out)
	if err := os.WriteFile(*paradigmHits, []byte(strings.Join(out, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestParadigmVocabulary writes, for every distinct word of the development sets, the one-word
// cues it is read as through a variant (not as written): run before and after a morphology
// change and diff the files to see the new collisions (a common word turned into a cue).
func TestParadigmVocabulary(t *testing.T) {
	if *paradigmVocab == "" {
		t.Skip("-paradigms.vocab not set")
	}
	x := extractor(t)
	arts := devVocabArticles(t)
	lines := map[string]bool{}
	for _, a := range arts {
		l := x.language(a)
		for _, tk := range tokenize(x.norm.Normalize(a.Title + "\n" + a.Text).Match) {
			if tk.punct || tk.number {
				continue
			}
			w := l.addWord(&tk)
			for _, h := range w.singles {
				if !h.exact {
					lines[fmt.Sprintf("%s %s → %s", l.code, tk.text, meaningOf(l, h.payload))] = true
				}
			}
		}
	}
	out := make([]string, 0, len(lines))
	for s := range lines {
		out = append(out, s)
	}
	sort.Strings(out)
	if err := os.WriteFile(*paradigmVocab, []byte(strings.Join(out, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}
