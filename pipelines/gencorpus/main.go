// Command gencorpus writes a large, realistic, deterministic corpus of news articles for
// benchmarks: sentences of the seed articles recombined into many events over a year, many
// outlets, wire copies syndicated under several outlets, and a few broken records.
//
//	go run ./pipelines/gencorpus -n 100000 -out out/bench/100k -files 8
//
// writes out/bench/100k/articles-SSSSS-of-00008.jsonl and manifest.json; with -txt it also writes
// every article as out/bench/100k/txt/<id>.txt (plus a file with invalid UTF-8). The same flags
// always give byte-identical files.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"
)

// seedGlobs is a repeatable flag: each glob is one story family.
type seedGlobs []string

func (s *seedGlobs) String() string { return strings.Join(*s, ",") }
func (s *seedGlobs) Set(v string) error {
	*s = append(*s, v)
	return nil
}

func main() {
	var cfg Config
	var seeds seedGlobs
	flag.IntVar(&cfg.N, "n", 1000, "Records to write (articles, copies and broken records).")
	flag.StringVar(&cfg.Out, "out", "out/bench/corpus", "Output directory.")
	flag.IntVar(&cfg.Files, "files", 1, "JSONL files to spread the records over (round robin), so readers can work in parallel.")
	flag.BoolVar(&cfg.Text, "txt", false, "Also write every record that has a text as <out>/txt/<id>.txt, plus one file with invalid UTF-8.")
	flag.Uint64Var(&cfg.Seed, "seed", 1, "Random seed.")
	flag.IntVar(&cfg.Events, "events", 0, "Events (story instances); 0 means n/50.")
	flag.Float64Var(&cfg.SyndicationRate, "syndication", 0.15, "Share of records that are wire copies of an earlier article under another outlet.")
	flag.Float64Var(&cfg.BadRate, "bad", 0.002, "Share of broken records (malformed JSON, empty or missing text, bad date, binary junk).")
	flag.IntVar(&cfg.OversizedEvery, "oversized_every", 50000, "Every k-th record is over 1 MiB (0: never).")
	flag.StringVar(&cfg.Start, "start", "2024-01-01", "First day of the year of events.")
	flag.Var(&seeds, "seeds", "Glob of seed articles (.txt or .jsonl), one story family per glob; repeatable. Default testdata/articles/*.txt and testdata/heldout/articles.jsonl.")
	flag.Parse()
	cfg.Seeds = seeds
	if len(cfg.Seeds) == 0 {
		cfg.Seeds = []string{"testdata/articles/*.txt", "testdata/heldout/articles.jsonl"}
	}
	m, err := Generate(cfg)
	if err != nil {
		log.Fatalf("gencorpus: %v", err)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(m); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "gencorpus: %d records (%d original, %d syndicated, %d broken) in %d events, %.1f MB in %s\n",
		m.Records, m.Originals, m.Syndicated, m.Broken, m.Events, float64(m.JSONLBytes)/1e6, cfg.Out)
}
