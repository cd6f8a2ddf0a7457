// Command gazdraft drafts the gazetteer file of a new war from its coverage: the names of
// actors and places the current gazetteer does not resolve, most articles first, with a guessed
// type and example sentences (transforms/gazdraft).
//
//	go run ./pipelines/gazdraft -input 'news/*.jsonl' [-out draft.json] [-min_articles 2]
//
// The report goes to stdout; -out writes a skeleton in the gazetteer file format
// (schemas/gazetteer/<war>.json) for a person to edit. -hide drops gazetteer files from the data
// first (-hide kufra: what the tool finds for a war nobody has written a file for).
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"slices"
	"strings"

	"github.com/tanaqud/tanaqud/schemas"
	"github.com/tanaqud/tanaqud/transforms/articles"
	"github.com/tanaqud/tanaqud/transforms/claims"
	"github.com/tanaqud/tanaqud/transforms/gazdraft"
)

func main() {
	input := flag.String("input", "", "Comma-separated globs of input files (.txt, .jsonl, .parquet).")
	out := flag.String("out", "", "Write a gazetteer skeleton (JSON) of the candidates to this file.")
	minArticles := flag.Int("min_articles", 1, "List only names found in at least this many articles.")
	hide := flag.String("hide", "", "Comma-separated gazetteer files to leave out (war names: kufra).")
	flag.Parse()
	if *input == "" {
		log.Fatal("gazdraft: -input is required")
	}
	data, err := loadData(*hide)
	if err != nil {
		log.Fatalf("gazdraft: %v", err)
	}
	x, err := claims.New(data)
	if err != nil {
		log.Fatalf("gazdraft: %v", err)
	}
	d, err := gazdraft.New(x, data)
	if err != nil {
		log.Fatalf("gazdraft: %v", err)
	}
	files, err := articles.LocalFiles(strings.Split(*input, ","))
	if err != nil {
		log.Fatalf("gazdraft: %v", err)
	}
	read, rejected := 0, 0
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			log.Fatalf("gazdraft: %v", err)
		}
		sink := articles.Sink{Article: func(a schemas.Article) { read++; d.Add(a) }, Reject: func(schemas.RejectRow) { rejected++ }}
		if err := articles.Parse(path, f, articles.Limits{}, sink); err != nil {
			log.Fatalf("gazdraft: %v", err)
		}
		f.Close()
	}
	cands := slices.DeleteFunc(d.Candidates(), func(c gazdraft.Candidate) bool { return c.Articles < *minArticles })
	fmt.Printf("gazdraft: %d articles read (%d rejected) from %d files\n", read, rejected, len(files))
	if err := gazdraft.Report(os.Stdout, cands); err != nil {
		log.Fatal(err)
	}
	if err := gazdraft.ReportTruceNames(os.Stdout, d.TruceNames(*minArticles)); err != nil {
		log.Fatal(err)
	}
	if *out != "" {
		b, err := gazdraft.Skeleton(cands)
		if err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(*out, append(b, '\n'), 0o644); err != nil {
			log.Fatalf("gazdraft: %v", err)
		}
	}
}

// loadData is the embedded data, with the hidden wars' gazetteer files left out.
func loadData(hide string) (*schemas.Data, error) {
	if hide == "" {
		return schemas.Load()
	}
	var hidden []string
	for _, h := range strings.Split(hide, ",") {
		f := schemas.WarFile(strings.TrimSpace(h))
		// A typo would hide nothing and read as the war's own file missing nothing.
		if _, err := fs.Stat(schemas.EmbeddedFS(), f); err != nil {
			return nil, fmt.Errorf("-hide %s: no such gazetteer file: %w", h, err)
		}
		hidden = append(hidden, f)
	}
	return schemas.LoadFS(schemas.HidingFS{FS: schemas.EmbeddedFS(), Hidden: hidden})
}
