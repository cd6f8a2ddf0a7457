package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/tanaqud/tanaqud/transforms/articles"
	"github.com/tanaqud/tanaqud/transforms/sentences"
)

// seedDoc is one real article the corpus is recombined from, cut into sentences and paragraphs.
type seedDoc struct {
	id, lang, title string
	paras           [][]string // paragraphs of sentences, in order
}

// family is a set of seed articles about one story (one input glob): generated articles mix
// sentences only within a family, so a Syrian text never quotes a Yemeni negotiator.
type family struct {
	name  string
	docs  map[string][]*seedDoc // by language
	pool  map[string][]string   // every sentence of the family, by language
	langs []string              // sorted keys of docs
	text  string                // all text, to find which gazetteer names occur
}

// loadFamily reads one glob of .txt or .jsonl seed files into a family.
func loadFamily(glob string) (*family, error) {
	paths, err := filepath.Glob(glob)
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("seed glob %q matches no files", glob)
	}
	sort.Strings(paths)
	f := &family{name: glob, docs: map[string][]*seedDoc{}, pool: map[string][]string{}}
	var all strings.Builder
	add := func(id, lang, title, text string) {
		if lang == "" {
			lang = articles.DetectLang(text)
		}
		d := &seedDoc{id: id, lang: lang, title: title, paras: paragraphs(text)}
		f.docs[lang] = append(f.docs[lang], d)
		for _, p := range d.paras {
			f.pool[lang] = append(f.pool[lang], p...)
		}
		all.WriteString(text)
		all.WriteByte('\n')
	}
	for _, p := range paths {
		switch articles.FormatOf(p) {
		case articles.FormatText:
			b, err := os.ReadFile(p)
			if err != nil {
				return nil, err
			}
			add(articles.IDFromPath(p), "", "", string(b))
		case articles.FormatJSONL:
			if err := readSeedJSONL(p, add); err != nil {
				return nil, err
			}
		default:
			return nil, fmt.Errorf("seed file %s: want .txt or .jsonl", p)
		}
	}
	for l := range f.docs {
		f.langs = append(f.langs, l)
	}
	sort.Strings(f.langs)
	f.text = all.String()
	return f, nil
}

func readSeedJSONL(path string, add func(id, lang, title, text string)) error {
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 4<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var rec struct {
			ID, Lang, Title, Text string
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		add(rec.ID, articles.NormalizeLang(rec.Lang, rec.Text), rec.Title, rec.Text)
	}
	return sc.Err()
}

// paragraphs cuts a text at blank lines (or single line breaks) and each paragraph into
// sentences with the project's splitter, so that recombined text keeps real sentence units.
func paragraphs(text string) [][]string {
	var out [][]string
	for _, block := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		var sents []string
		for _, s := range sentences.Split(block) {
			sents = append(sents, s.Text)
		}
		if len(sents) > 0 {
			out = append(out, sents)
		}
	}
	return out
}
